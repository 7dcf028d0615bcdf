/**
 * Funding (issue 14): per funded project, the concession (CUP, COR from the national state-aid register, DURC valid
 * on the day, anti-mafia documentation above EUR 150,000, the Line B commitment), the signed funding decision with the
 * grant per partner and its computation, the beneficiary's acceptance or renunciation (whole or partial) within the
 * call's term, the Line B obligation to join a cluster (proof, the officer's confirmation, notice before revocation,
 * revocation), and the money each of these frees for the reserve list.
 *
 * <p>Offers: {@link org.openbando.funding.Awards} (acts and reads), {@link org.openbando.funding.FundingSteps} (the
 * funding process's service tasks), the events of the acts and {@link org.openbando.funding.MoneyFreed}. Owns the
 * tables of V21 ({@code grant_award}, {@code award_partner}, {@code membership_proof}, {@code revocation_procedure}).
 */
package org.openbando.funding;
