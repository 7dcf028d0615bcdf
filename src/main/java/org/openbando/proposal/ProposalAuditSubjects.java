package org.openbando.proposal;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/**
 * The proposals in a scope (the proposal is the audited object of drafting, attachments, partners' consents,
 * submission, eligibility and the documents issued on it): a call's proposals, the proposal itself, and an
 * organisation's proposals as lead or as a partner that confirmed (partner_consent). One query per scope.
 */
@ApplicationScoped
class ProposalAuditSubjects implements AuditSubjects {

    private final AgroalDataSource dataSource;

    ProposalAuditSubjects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        switch (scope) {
            case CALL -> AuditSubjects.query(dataSource, into, "select id from openbando.proposal where call_id = ?",
                    id, "proposal");
            case PROPOSAL -> into.add("proposal", id);
            case ORGANIZATION -> AuditSubjects.query(dataSource, into, "select id from openbando.proposal "
                    + "where lead_organization_id = ? union select proposal_id from openbando.partner_consent "
                    + "where organization_id = ?", id, "proposal");
        }
    }
}
