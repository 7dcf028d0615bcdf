package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openbando.call.EvaluationRules;
import org.openbando.notification.MessageKind;
import org.openbando.notification.Notifications;
import org.openbando.proposal.ProposalRef;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalStatuses;
import org.openbando.shared.AuditTrail;
import org.openbando.submission.Submissions;

/**
 * The steps of the consensus the proposal process takes ({@link EvaluationSteps} delegates to them): the consensus
 * starts once every seat has submitted, the outcome is recorded once the report is submitted, the summary report is
 * issued. Each records who (the system) and when.
 */
@ApplicationScoped
class ConsensusSteps {

    private final Panels panels;
    private final ProposalStatuses statuses;
    private final AuditTrail audit;
    private final Clock clock;
    private final SummaryReports reports;
    private final Submissions submissions;
    private final Notifications notifications;

    ConsensusSteps(Panels panels, ProposalStatuses statuses, AuditTrail audit, Clock clock, SummaryReports reports,
            Submissions submissions, Notifications notifications) {
        this.submissions = submissions;
        this.notifications = notifications;
        this.panels = panels;
        this.statuses = statuses;
        this.audit = audit;
        this.clock = clock;
        this.reports = reports;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    String consensusStarted(long submissionId) {
        Evaluation evaluation = panels.lock(submissionId);
        if (evaluation.status == EvaluationStatus.CONSENSUS) {
            return evaluation.rapporteur;
        }
        if (evaluation.status.concluded()) {
            throw new IllegalStateException("The evaluation of submission " + submissionId + " is "
                    + evaluation.status + ": its consensus cannot start");
        }
        EvaluationRules rules = panels.rules(evaluation);
        List<Integer> waiting = Consensus.waiting(evaluation, rules);
        if (!waiting.isEmpty()) {
            throw new IllegalStateException("The consensus of submission " + submissionId + " cannot start: seats "
                    + waiting + " have not submitted");
        }
        EvaluationStatus from = evaluation.status;
        evaluation.status = EvaluationStatus.CONSENSUS;
        audit.record(AuditTrail.SYSTEM, "evaluation", evaluation.id, "consensus-started", from.name(),
                EvaluationStatus.CONSENSUS.name(), evaluation.rapporteur == null ? "no rapporteur yet"
                        : "rapporteur " + evaluation.rapporteur);
        return evaluation.rapporteur;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    boolean conclude(long submissionId) {
        Evaluation evaluation = panels.lock(submissionId);
        if (evaluation.status == EvaluationStatus.EVALUATED_FUNDABLE) {
            return true;
        }
        if (evaluation.status == EvaluationStatus.EVALUATED_NOT_FUNDABLE) {
            return false;
        }
        ConsensusReport report = ConsensusReport.of(evaluation.id);
        if (evaluation.status != EvaluationStatus.CONSENSUS || report == null
                || report.status != RevisionStatus.SUBMITTED) {
            throw new IllegalStateException("The evaluation of submission " + submissionId + " is "
                    + evaluation.status + " without a submitted consensus report: it cannot conclude");
        }
        EvaluationStatus to = report.fundable ? EvaluationStatus.EVALUATED_FUNDABLE
                : EvaluationStatus.EVALUATED_NOT_FUNDABLE;
        evaluation.status = to;
        evaluation.concludedAt = clock.instant();
        audit.record(AuditTrail.SYSTEM, "evaluation", evaluation.id, "evaluation-concluded",
                EvaluationStatus.CONSENSUS.name(), to.name(), "total " + report.total.toPlainString());
        ProposalRef proposal = statuses.lock(evaluation.proposalId);
        if (proposal.status() == ProposalStatus.UNDER_EVALUATION) {
            statuses.move(evaluation.proposalId, ProposalStatus.EVALUATED, AuditTrail.SYSTEM, "evaluated", null);
        }
        // the applicant learns that the evaluation is concluded, not its outcome: that comes with the ranking
        EvaluationSubject subject = EvaluationSubject.findById(evaluation.id);
        notifications.sendToOrganization(submissions.get(submissionId).leadOrganizationId(), MessageKind.EVALUATED,
                subject == null ? Map.of() : Map.of("acronym", Objects.toString(subject.acronym, ""), "title",
                        Objects.toString(subject.title, ""), "call", subject.callCode, "protocol",
                        subject.protocol()), "/proposals/" + evaluation.proposalId);
        return report.fundable;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void issueReport(long submissionId) {
        reports.issue(submissionId);
    }
}
