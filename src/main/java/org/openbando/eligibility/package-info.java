/**
 * Eligibility and admissibility: the named rules ({@code EligibilityRule}, pure functions in {@code EligibilityRules})
 * and their stored results, the officer's review (admit, request to complete documents, reject; notice before
 * rejection), the applicant's answers, the lapse of terms, the documents of decisions, the officers' queue and the
 * timeline. Owns {@code eligibility_result} and {@code admissibility_step}. Offers {@code EligibilityChecks},
 * {@code AdmissibilityReview} (what people do), {@code AdmissibilitySteps} (what the process does),
 * {@code OfficerQueue}, {@code ProposalTimeline}, the events {@code AdmissibilityDecided} and
 * {@code AdmissibilityAnswered}, and the port {@code ProcessHistory} that the workflow implements. Implements the
 * proposal's port {@code DraftRules}: a draft is judged by these very rules. Its message bundle
 * {@code EligibilityTexts} holds its pages' texts, the rules' sentences (stored in both languages) and the timeline's
 * steps.
 */
package org.openbando.eligibility;
