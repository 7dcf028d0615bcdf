package org.openbando.organization;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/** An organisation's scope holds the organisation (registered, updated, handed over) and the claims on its VAT number. */
@ApplicationScoped
class OrganizationAuditSubjects implements AuditSubjects {

    private final AgroalDataSource dataSource;

    OrganizationAuditSubjects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        if (scope == Scope.ORGANIZATION) {
            into.add("organization", id);
            AuditSubjects.query(dataSource, into, "select id from openbando.vat_claim where organization_id = ?", id,
                    "vat-claim");
        }
    }
}
