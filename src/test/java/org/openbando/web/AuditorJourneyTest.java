package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.funding.FundingPagesCall;

/**
 * The auditor, in Chromium: logs in and sees only what an auditor uses (in Italian: the calls, Controlli, the audit
 * trail, the verification of a document, the open data; no "my organisation", nothing of officers or
 * administrators), switches to English, opens the auditing home from the navigation, finds the funded call with its
 * budgets and the links to its report, projects and audit trail, and reads the ranking board and the funded projects
 * of the call without a form that writes; then follows the call's funding report to the projects Line A's financed
 * figure counts and on to a project's dossier, downloads it and has it verified, reads the call's audit trail, and
 * verifies the project's receipt by its code. Screenshots 161-170. VAT seeds 241000-241003 (labs at +5000).
 */
@QuarkusTest
class AuditorJourneyTest extends BrowserTest {

    @Inject
    FundingPagesCall funding;

    @Test
    void theAuditorSeesOnlyItsNavigationAndReadsTheCallsWithoutForms() {
        EvaluatedCall.Built call = funding.fund("AUD-WEB", 241000, EvaluatedCall.spec().budgets("300000", "200000")
                .a("80").b("70"));
        long id = call.callId();

        Page auditor = loggedIn(TestFixtures.AUDITOR);
        auditor.navigate(url("/"));
        assertThat(auditor.locator("#nav-auditing")).hasText("Controlli");
        assertThat(auditor.locator("#nav-audit-trail")).hasText("Registro delle operazioni");
        assertThat(auditor.locator("#nav-verify")).hasText("Verifica un documento");
        assertThat(auditor.locator("#nav-open-data")).hasText("Dati aperti");
        assertThat(auditor.locator("#nav-password")).isVisible();
        assertThat(auditor.locator("#logout")).isVisible();
        for (String other : new String[] {"#nav-organization", "#nav-proposals", "#nav-evaluations",
                "#nav-manage-calls", "#nav-review", "#nav-claims", "#nav-experts", "#nav-users", "#nav-incidents",
                "#nav-outbox"}) {
            assertThat(auditor.locator(other)).hasCount(0);
        }
        assertThat(auditor.locator("#home-auditor")).hasAttribute("href", "/auditor");
        shot(auditor, "161-auditor-navigation-it");

        auditor.click("#lang-switch");
        assertThat(auditor.locator("#nav-auditing")).hasText("Auditing");
        assertThat(auditor.locator("#nav-audit-trail")).hasText("Audit trail");
        auditor.click("#nav-auditing");
        assertThat(auditor.locator("#auditor-title")).containsText("Auditing");
        String row = "#auditor-calls tr[data-call='" + id + "']";
        assertThat(auditor.locator(row)).hasAttribute("data-status", "CLOSED");
        assertThat(auditor.locator(row + " .budget-a")).hasText("300,000.00");
        assertThat(auditor.locator(row + " .budget-b")).hasText("200,000.00");
        assertThat(auditor.locator(row + " .budget-total")).hasText("500,000.00");
        assertThat(auditor.locator(row + " .open-report")).hasAttribute("href", "/auditor/calls/" + id + "/report");
        assertThat(auditor.locator(row + " .open-projects"))
                .hasAttribute("href", "/auditor/calls/" + id + "/projects");
        assertThat(auditor.locator(row + " .open-call-audit")).hasAttribute("href", "/auditor/audit?call=" + id);
        assertThat(auditor.locator("#tool-audit-trail")).hasAttribute("href", "/auditor/audit");
        assertThat(auditor.locator("#tool-verify-dossier")).hasAttribute("href", "/auditor/dossiers/verify");
        assertThat(auditor.locator("#tool-verify-document")).hasAttribute("href", "/verify");
        assertThat(auditor.locator("#tool-open-data")).hasAttribute("href", "/open-data");
        assertThat(auditor.locator("main form")).hasCount(0);
        shot(auditor, "162-auditor-home-en");

        // the ranking board of the call, read only: no form but the layout's logout
        auditor.click(row + " .open-ranking");
        assertThat(auditor.locator("#ranking-title")).containsText("AUD-WEB");
        assertThat(auditor.locator("#ranking-readonly")).isVisible();
        assertThat(auditor.locator("main form")).hasCount(0);
        shot(auditor, "163-auditor-ranking");

        auditor.goBack();
        auditor.click(row + " .open-funding");
        assertThat(auditor.locator("#call-funding-title")).containsText("AUD-WEB");
        assertThat(auditor.locator("#call-funding tr[data-submission='" + call.get(0).submissionId() + "']"))
                .isVisible();
        assertThat(auditor.locator("main form")).hasCount(0);
        shot(auditor, "164-auditor-funded-projects");

        // the funding report: the figure of Line A's financed projects lists them, each leading to its dossier
        auditor.navigate(url("/auditor"));
        auditor.click(row + " .open-report");
        assertThat(auditor.locator("#report-call")).containsText("AUD-WEB");
        assertThat(auditor.locator("#read-at")).isVisible();
        assertThat(auditor.locator("#download-pdf")).hasAttribute("href", "/auditor/calls/" + id + "/report.pdf");
        Locator financedA = auditor.locator("#table-SUMMARY tr[data-measure='FINANCED'] td[data-column='A']");
        String financed = financedA.getAttribute("data-value");
        assertThat(auditor.locator("main form")).hasCount(0);
        shot(auditor, "165-auditor-report");
        financedA.locator("a").click();
        assertThat(auditor.locator("#drill-title")).hasAttribute("data-measure", "FINANCED");
        assertThat(auditor.locator("#drill-count")).hasAttribute("data-count", financed);
        Locator project = auditor.locator("#drill-projects tr[data-submission='" + call.get(0).submissionId() + "']");
        assertThat(project).isVisible();
        shot(auditor, "166-auditor-report-drill-down");

        // the project's dossier: downloaded as one ZIP, then verified against its manifest and the stored hashes
        project.locator("a.dossier-link").click();
        assertThat(auditor.locator("#stored-files")).isVisible();
        Download download = auditor.waitForDownload(() -> auditor.click("#download-dossier"));
        shot(auditor, "167-auditor-dossier");
        auditor.click("#verify-dossier");
        auditor.setInputFiles("#dossier-file", download.path());
        auditor.click("#verify-submit");
        assertThat(auditor.locator("#verify-intact")).isVisible();
        assertThat(auditor.locator("#verify-not-intact")).hasCount(0);
        shot(auditor, "168-auditor-dossier-verified");

        // the call's audit trail, newest first, with its CSV
        auditor.navigate(url("/auditor/audit?call=" + id));
        assertThat(auditor.locator("#audit-entries tr[data-action='approved']").first()).isVisible();
        assertThat(auditor.locator("#audit-csv")).isVisible();
        shot(auditor, "169-auditor-audit-trail");

        // anyone verifies an issued document by its code: the project's receipt
        String code = as(call.get(0).lead()).get("/api/proposals/{id}/documents", call.get(0).proposalId()).then()
                .statusCode(200).extract().path("find { it.kind == 'RECEIPT' }.verificationCode");
        auditor.navigate(url("/verify"));
        auditor.fill("#code", code);
        auditor.click("#check-code");
        assertThat(auditor.locator("#verify-authentic")).isVisible();
        assertThat(auditor.locator("#verified-code")).containsText(code);
        shot(auditor, "170-document-verified");
    }
}
