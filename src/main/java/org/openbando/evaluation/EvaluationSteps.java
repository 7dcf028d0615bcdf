package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    // --- helper B (score): the consensus
    @Inject
    ConsensusSteps consensusSteps;

    /**
     * Every seat submitted: the evaluation goes to CONSENSUS (idempotent); returns the rapporteur, or null when none
     * is chosen yet (the process then waits for the officer to choose one).
     */
    @Transactional
    public String consensusStarted(long submissionId) {
        return consensusSteps.consensusStarted(submissionId);
    }

    /**
     * The consensus is submitted: the outcome it recorded (total, fundable, reasons) concludes the evaluation
     * (EVALUATED_FUNDABLE or EVALUATED_NOT_FUNDABLE) and the proposal is EVALUATED; returns whether it is fundable.
     * Idempotent.
     */
    @Transactional
    public boolean conclude(long submissionId) {
        return consensusSteps.conclude(submissionId);
    }

    /**
     * Renders and stores the Evaluation Summary Report in Italian and in English (two documents of kind
     * EVALUATION_SUMMARY, references {@code evaluation:<id>:it|en}); once: a second call finds them stored.
     */
    @Transactional
    public void issueReport(long submissionId) {
        consensusSteps.issueReport(submissionId);
    }

    /** The submission was withdrawn: the evaluation closes without an outcome. Idempotent. */
    @Transactional
    public void close(long submissionId) {
        throw new UnsupportedOperationException("issue 13, helper C");
    }
}
