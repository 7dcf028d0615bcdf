package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import org.openbando.call.CallService;
import org.openbando.call.EvaluationRules;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.proposal.ProposalContent;
import org.openbando.shared.ProblemException;
import org.openbando.submission.Submissions;

/**
 * What the scoring and the consensus share: finding and locking an evaluation, who reads everything of it, the
 * call's rules and the frozen proposal's TRL plan. Every change of an evaluation's scores or report takes the
 * evaluation's row lock first, so that a submission, a reopening and the consensus are never interleaved.
 */
@ApplicationScoped
class Panels {

    private final CurrentUser currentUser;
    private final CallService calls;
    private final Submissions submissions;

    Panels(CurrentUser currentUser, CallService calls, Submissions submissions) {
        this.currentUser = currentUser;
        this.calls = calls;
        this.submissions = submissions;
    }

    Evaluation evaluation(long submissionId) {
        Evaluation evaluation = Evaluation.bySubmission(submissionId);
        if (evaluation == null) {
            throw ProblemException.notFound("Evaluation of submission", submissionId);
        }
        return evaluation;
    }

    /** The evaluation, locked for the rest of the transaction. */
    Evaluation lock(long submissionId) {
        Evaluation evaluation = evaluation(submissionId);
        Evaluation.getEntityManager().refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
        return evaluation;
    }

    Evaluation lockById(long evaluationId) {
        Evaluation evaluation = Evaluation.findById(evaluationId);
        Evaluation.getEntityManager().refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
        return evaluation;
    }

    EvaluationAssignment assignment(long assignmentId) {
        EvaluationAssignment assignment = EvaluationAssignment.findById(assignmentId);
        if (assignment == null) {
            throw ProblemException.notFound("Assignment", assignmentId);
        }
        return assignment;
    }

    /** Whether {@code user} is the caller and an officer or an auditor: they read every evaluation. */
    boolean readsAll(String user) {
        return isCaller(user) && (currentUser.hasRole(Role.OFFICER) || currentUser.hasRole(Role.AUDITOR));
    }

    /** Whether {@code user} is the caller and an officer. */
    boolean isOfficer(String user) {
        return isCaller(user) && currentUser.hasRole(Role.OFFICER);
    }

    private boolean isCaller(String user) {
        return currentUser.isAuthenticated() && currentUser.username().equals(user);
    }

    /** The expert's assignment in force on the panel, or null. */
    static EvaluationAssignment seatOf(Evaluation evaluation, String expert) {
        return EvaluationAssignment.inForce(evaluation.id).stream().filter(a -> a.expert.equals(expert)).findFirst()
                .orElse(null);
    }

    EvaluationRules rules(Evaluation evaluation) {
        return calls.evaluationRules(evaluation.callId);
    }

    Scoring.TrlPlan trlPlan(Evaluation evaluation) {
        ProposalContent content = submissions.snapshot(evaluation.submissionId).content();
        List<Scoring.WorkPackage> packages = new ArrayList<>();
        List<ProposalContent.WorkPackage> wps = content.workPackagesOrEmpty();
        for (int i = 0; i < wps.size(); i++) {
            ProposalContent.WorkPackage wp = wps.get(i);
            packages.add(new Scoring.WorkPackage(i, wp.code(), wp.title(), wp.startTrl(), wp.targetTrl()));
        }
        return new Scoring.TrlPlan(content.trl() == null ? null : content.trl().start(),
                content.trl() == null ? null : content.trl().target(), packages);
    }
}
