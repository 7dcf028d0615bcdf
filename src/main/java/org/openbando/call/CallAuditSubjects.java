package org.openbando.call;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;

/** The call audits itself (created, published, its phases, the documents issued on it): a call's scope holds it. */
@ApplicationScoped
class CallAuditSubjects implements AuditSubjects {

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        if (scope == Scope.CALL) {
            into.add("call", id);
        }
    }
}
