/**
 * Evaluation of admitted proposals by independent experts: the experts' profiles, the panel's assignment with the
 * automatic conflict checks, the declarations of absence of conflict of interest (Law 241/1990 art. 6-bis), the
 * individual scores with their reasons and the TRL judgement, the consensus report, the threshold and the Evaluation
 * Summary Report. Owns {@code evaluation}, {@code evaluation_assignment}, {@code expert_profile},
 * {@code conflict_declaration}, {@code evaluation_subject} and {@code evaluation_party} (what the conflict checks and
 * the experts' inbox read of the frozen snapshot, copied when the evaluation opens), {@code individual_evaluation},
 * {@code consensus_report}. Offers {@code ExpertProfiles}, {@code Assignments}, {@code Scoring}, {@code Consensus}
 * (what people do), {@code EvaluationSteps} (what the process does), {@code EvaluationBoard} (what an officer
 * watches), its events and {@code EvaluationTexts}, its message bundle.
 */
package org.openbando.evaluation;
