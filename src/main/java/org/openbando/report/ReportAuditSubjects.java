package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbando.shared.AuditSubjects;
import org.openbando.submission.Submissions;

/**
 * The dossiers in a scope (a dossier's download is audited on the dossier, by submission id): a call's (its
 * submissions in force) and a project's (all its submissions), so that the trail of either shows who took its
 * dossiers and when. An organisation's scope adds none: a download is the auditor's act on the project, not the
 * organisation's.
 */
@ApplicationScoped
class ReportAuditSubjects implements AuditSubjects {

    private final Submissions submissions;

    ReportAuditSubjects(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public void collect(Scope scope, long id, Subjects into) {
        switch (scope) {
            case CALL -> into.addAll(Dossiers.AUDIT_ENTITY, submissions.arrivals(id).keySet());
            case PROPOSAL -> into.addAll(Dossiers.AUDIT_ENTITY, submissions.idsOf(id));
            case ORGANIZATION -> {
            }
        }
    }
}
