package org.openbando.funding;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/** The awards in a scope: a call's, a proposal's, and those an organisation is a beneficiary of (award_partner). */
@ApplicationScoped
class FundingAuditSubjects implements AuditSubjects {

    private final AgroalDataSource dataSource;

    FundingAuditSubjects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        String sql = switch (scope) {
            case CALL -> "select id from openbando.grant_award where call_id = ?";
            case PROPOSAL -> "select id from openbando.grant_award where proposal_id = ?";
            case ORGANIZATION -> "select distinct award_id from openbando.award_partner where organization_id = ?";
        };
        AuditSubjects.query(dataSource, into, sql, id, AwardBook.AUDITED);
    }
}
