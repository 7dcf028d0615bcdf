package org.openbando.notification;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/** An organisation's scope holds the messages sent to it (an administrator's retry of one is audited). */
@ApplicationScoped
class NotificationAuditSubjects implements AuditSubjects {

    private final AgroalDataSource dataSource;

    NotificationAuditSubjects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        if (scope == Scope.ORGANIZATION) {
            AuditSubjects.query(dataSource, into, "select id from openbando.outbox_message where organization_id = ?",
                    id, "outbox_message");
        }
    }
}
