package org.openbando.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.identity.CurrentUser;
import org.openbando.identity.Role;
import org.openbando.shared.web.Pages;

/**
 * The auditor's home ({@code /auditor}, issue 15): every call with its status and its lines' budgets, each linked to
 * its funding report ({@code /auditor/calls/{id}/report}), its projects with their dossiers
 * ({@code /auditor/calls/{id}/projects}) and its audit trail ({@code /auditor/audit?call={id}}); then the tools: the
 * audit trail, the verification of a dossier, the public verification of a document and the open data. Each call
 * also links the boards of issues 13 and 14 that auditors read (evaluation, ranking, funded projects).
 *
 * <p>Officers read the reports too (they reach this page, without the dossiers and the audit trail, which are the
 * auditors' and administrators'). Reads only: the page has no form (the layout's logout aside), and
 * {@code AccessMatrixTest.auditorsChangeNothing} proves that no route lets an auditor write.
 */
@Path("/auditor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.AUDITOR, Role.OFFICER, Role.ADMIN})
public class AuditorPages {

    /**
     * The page ({@code templates/auditor-home.html}), checked at build time.
     *
     * @param calls  every call, drafts too (who reads reports reads everything), the latest deadline first
     * @param audits whether the reader also reads dossiers and the audit trail (auditors, administrators)
     * @param boards whether the reader reads the officers' boards of a call (evaluation, ranking, funded projects:
     *               officers and auditors; auditors read them without their forms)
     */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    public record AuditorHome(List<CallView.Summary> calls, boolean audits, boolean boards)
            implements TemplateInstance {
    }

    /** What the page computes from a call's summary ({@code c.totalBudget} in the template). */
    @TemplateExtension
    static class Extensions {

        /** The call's budget, both lines together. */
        static BigDecimal totalBudget(CallView.Summary call) {
            return call.budgetLineA().add(call.budgetLineB());
        }
    }

    private final CallService calls;
    private final CurrentUser currentUser;
    private final Pages pages;

    public AuditorPages(CallService calls, CurrentUser currentUser, Pages pages) {
        this.calls = calls;
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    public String home() {
        return pages.render(new AuditorHome(calls.list(), currentUser.audits(),
                currentUser.isOfficer() || currentUser.isAuditor()));
    }
}
