package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * of the call without a form that writes. Screenshots 161-164. VAT seeds 241000-241003 (labs at +5000).
 *
 * <p>The report, projects, dossier, audit trail, verification and open data pages are other features' (issue 15): at
 * their merge, this journey follows their links too (see the report of the branch h15-pages).
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
    }
}
