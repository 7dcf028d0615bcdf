/**
 * Ranking (issue 14): when a call's evaluation phase ends, the fundable proposals of each line ordered by final score
 * with the call's chain of tie-breaks; the line's budget allocated top-down (partial funding of the last project, the
 * remainder moved to the other line where the call allows); the lists (funded, reserve, not fundable, inadmissible,
 * excluded); the officer's exclusions and approval; the ranking act per line; the public ranking and its open data;
 * the reserve list's validity and moving up when money is freed.
 *
 * <p>Offers: {@link org.openbando.ranking.Rankings} (the officer's acts and reads, the public ranking, the allocation
 * of a funded project for the funding feature), {@link org.openbando.ranking.RankingSteps} (the call process's
 * service tasks), the events {@link org.openbando.ranking.RankingApproved} and
 * {@link org.openbando.ranking.MoveUpConfirmed}. Owns the tables {@code ranking}, {@code ranking_entry},
 * {@code ranking_exclusion}, {@code ranking_movement} and {@code ranking_grant} (V20). The rules are the pure
 * {@link org.openbando.ranking.Ranker} (order, ties) and {@link org.openbando.ranking.Allocator} (money); docs/adr/0010.
 */
package org.openbando.ranking;
