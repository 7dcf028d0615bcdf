package org.openbando.ranking;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/**
 * A call's rankings (one head per line): drafted, excluded, approved, published, money freed, moves up. The acts on
 * one proposal's entry are recorded on its line's head (the detail names the submission), so they are in the call's
 * scope, not in the proposal's.
 */
@ApplicationScoped
class RankingAuditSubjects implements AuditSubjects {

    private final AgroalDataSource dataSource;

    RankingAuditSubjects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        if (scope == Scope.CALL) {
            AuditSubjects.query(dataSource, into, "select id from openbando.ranking where call_id = ?", id,
                    "ranking");
        }
    }
}
