package org.openbando.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.openbando.proposal.ProposalReadGrant;

/**
 * An expert reads the proposal of a panel they sit on once they accepted with the declaration (status ACCEPTED or
 * SUBMITTED, the seat not ended, the evaluation not closed): its snapshot, attachments and eligibility results, through
 * the proposal's own services. Before accepting they see only what the inbox shows (call, acronym, title, consortium);
 * an ended seat (declined, lapsed, removed) reads nothing more.
 */
@ApplicationScoped
public class PanelReadGrant implements ProposalReadGrant {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean grants(String username, long proposalId) {
        return EvaluationAssignment.getEntityManager().createQuery("select count(a) from EvaluationAssignment a, "
                + "Evaluation e where a.evaluationId = e.id and e.proposalId = ?1 and a.expert = ?2 "
                + "and a.endedAt is null and a.status in ?3 and e.status <> ?4", Long.class)
                .setParameter(1, proposalId).setParameter(2, username)
                .setParameter(3, List.of(AssignmentStatus.ACCEPTED, AssignmentStatus.SUBMITTED))
                .setParameter(4, EvaluationStatus.CLOSED).getSingleResult() > 0;
    }
}
