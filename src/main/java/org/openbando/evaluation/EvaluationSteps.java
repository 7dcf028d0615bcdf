package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * What the proposal process ({@code bpmn/proposal.bpmn}, evaluation sub-process) does to an evaluation: each method is
 * one service task or listener, called by a one-line delegate of the workflow. SKELETON: helpers A, B and C of issue
 * 13 fill the bodies (see /work/briefs/design.md).
 */
@ApplicationScoped
@PublicApi
public class EvaluationSteps {

    /** The expert in force on a seat of the panel and the dates of their term. */
    @PublicApi
    public record Seat(int seat, String expert, Instant dueAt, Instant remindAt) {
    }

    /** The proposal is admitted: its evaluation opens (PANEL_PENDING); the proposal is UNDER_EVALUATION. Idempotent. */
    @Transactional
    public void open(long submissionId) {
        throw new UnsupportedOperationException("issue 13, helper A");
    }

    /** The number of seats of the panel (the call's evaluators per proposal). */
    @Transactional
    public int evaluators(long submissionId) {
        throw new UnsupportedOperationException("issue 13, helper A");
    }

    /** The seat as it is now. */
    @Transactional
    public Seat seat(long submissionId, int seat) {
        throw new UnsupportedOperationException("issue 13, helper A");
    }

    /** The reminder before the term of the seat's expert ends. */
    @Transactional
    public void remind(long submissionId, int seat) {
        throw new UnsupportedOperationException("issue 13, helper A");
    }

    /** The term of the seat's expert ended before their submission: the assignment lapses; the officer reassigns. */
    @Transactional
    public void termLapsed(long submissionId, int seat) {
        throw new UnsupportedOperationException("issue 13, helper A");
    }

    /** Every seat submitted: the consensus starts; returns the rapporteur, or null when none is chosen yet. */
    @Transactional
    public String consensusStarted(long submissionId) {
        throw new UnsupportedOperationException("issue 13, helper B");
    }

    /** The consensus is submitted: records the outcome; the proposal is EVALUATED; returns whether it is fundable. */
    @Transactional
    public boolean conclude(long submissionId) {
        throw new UnsupportedOperationException("issue 13, helper B");
    }

    /** Renders and stores the Evaluation Summary Report. */
    @Transactional
    public void issueReport(long submissionId) {
        throw new UnsupportedOperationException("issue 13, helper B");
    }

    @jakarta.inject.Inject
    EvaluationPhase phase;

    /** The submission was withdrawn: the evaluation closes without an outcome. Idempotent. */
    @Transactional
    public void close(long submissionId) {
        phase.close(submissionId);
    }
}
