package org.openbando.identity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/**
 * An organisation's scope holds the users who act for it now (their accounts' trail: created, acts for, stops acting
 * for, disabled, sessions ended). A user who acted for it once and acts for another now is found by searching the
 * trail by user (the actor) instead: the account does not remember its past organisations.
 */
@ApplicationScoped
class IdentityAuditSubjects implements AuditSubjects {

    private final AgroalDataSource dataSource;

    IdentityAuditSubjects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        if (scope == Scope.ORGANIZATION) {
            AuditSubjects.query(dataSource, into, "select id from openbando.app_user where organization_id = ?", id,
                    "user");
        }
    }
}
