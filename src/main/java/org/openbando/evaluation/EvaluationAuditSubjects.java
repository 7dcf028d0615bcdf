package org.openbando.evaluation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/**
 * The evaluations in a scope and the assignments of their panels' seats: a call's, a proposal's, and those of the
 * proposals an organisation is a party of (lead, partner or provider of contracted research, as the submission froze
 * them: evaluation_party). One query per scope. The experts' profiles are the experts' own, in no scope.
 */
@ApplicationScoped
class EvaluationAuditSubjects implements AuditSubjects {

    private static final String SELECT = "select e.id, a.id from openbando.evaluation e "
            + "left join openbando.evaluation_assignment a on a.evaluation_id = e.id where ";

    private final AgroalDataSource dataSource;

    EvaluationAuditSubjects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        String where = switch (scope) {
            case CALL -> "e.call_id = ?";
            case PROPOSAL -> "e.proposal_id = ?";
            case ORGANIZATION -> "e.id in (select evaluation_id from openbando.evaluation_party "
                    + "where organization_id = ?)";
        };
        AuditSubjects.query(dataSource, into, SELECT + where, id, "evaluation", "evaluation_assignment");
    }
}
