package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.funding.FundingPagesCall;
import org.openbando.funding.FundingSteps;
import org.openbando.shared.ClockProducer;

/**
 * The beneficiary accepts, in Chromium: the officer opens the funding of a closed call from the list of calls, the
 * project's checklist with the grant per partner and its explanation, records CUP (a malformed one first: refused
 * under its field), COR, DURC and the anti-mafia documentation, and orders the funding decision; the decision is
 * issued; the lead finds the project under "Le mie concessioni", reads the decision and the computation, and accepts.
 * Screenshots 151-156. VAT seeds 141000-141003.
 */
@QuarkusTest
class FundingJourneyTest extends BrowserTest {

    @Inject
    FundingPagesCall funding;
    @Inject
    FundingSteps steps;

    @Test
    void theOfficerCompletesTheChecklistAndTheBeneficiaryAccepts() {
        EvaluatedCall.Built call = funding.fund("FP-WEB", 141000, EvaluatedCall.spec().budgets("300000", "300000")
                .a("80"));
        EvaluatedCall.Proposal a1 = call.get(0);
        long s = a1.submissionId();

        Page officer = loggedIn(TestFixtures.OFFICER);
        officer.navigate(url("/officer/calls"));
        officer.click("#officer-calls tr[data-code='FP-WEB'] .open-funding");
        assertThat(officer.locator("#call-funding-title")).containsText("FP-WEB");
        assertThat(officer.locator("#call-funding tr[data-submission='" + s + "']"))
                .hasAttribute("data-status", "CONCESSION");
        shot(officer, "151-officer-call-funding");

        officer.click("#call-funding tr[data-submission='" + s + "'] .open-funding");
        assertThat(officer.locator("#award-status")).hasAttribute("data-status", "CONCESSION");
        assertThat(officer.locator("#project-grant")).containsText("271.000,00");
        assertThat(officer.locator("#grant-table .explanation").first()).not().isEmpty();
        shot(officer, "152-officer-checklist");

        // a malformed CUP is refused under its field, the value typed kept
        officer.fill("#cup", "J12B2300012000");
        officer.click("#save-cup");
        assertThat(officer.locator(".field-error[data-field='cup']")).isVisible();
        assertThat(officer.locator("#cup")).hasValue("J12B2300012000");
        shot(officer, "153-officer-malformed-cup");
        officer.fill("#cup", "J12B23000120007");
        officer.click("#save-cup");
        assertThat(officer.locator("#cup-value")).hasText("J12B23000120007");
        officer.fill("#cor", "7654321");
        officer.click("#save-cor");
        assertThat(officer.locator("#cor-value")).hasText("7654321");
        officer.fill("#durcIssuedOn", LocalDate.now(ClockProducer.ROME).minusDays(5).toString());
        officer.click("#save-durc");
        assertThat(officer.locator("li[data-check='durc']")).hasAttribute("data-done", "true");
        officer.fill("#reference", "PR_FPTG_77_2026");
        officer.click("#save-antimafia");
        assertThat(officer.locator("#complete")).hasAttribute("data-complete", "true");
        officer.click("#complete-concession");
        assertThat(officer.locator("#funding-done")).hasAttribute("data-done", "concession");

        // the decision is issued (the funding process's step)
        QuarkusTransaction.requiringNew().run(() -> steps.issueDecision(s));
        officer.reload();
        assertThat(officer.locator("#award-status")).hasAttribute("data-status", "DECIDED");
        assertThat(officer.locator("#decision-link")).isVisible();
        shot(officer, "154-officer-decision-issued");

        Page lead = loggedIn(a1.lead());
        lead.navigate(url("/proposals"));
        lead.click("#funding-list li[data-submission='" + s + "'] .open-funding");
        assertThat(lead.locator("#award-status")).hasAttribute("data-status", "DECIDED");
        assertThat(lead.locator("#accept-by")).isVisible();
        assertThat(lead.locator("#project-grant")).containsText("271.000,00");
        shot(lead, "155-beneficiary-funding");
        Download decision = lead.waitForDownload(() -> lead.click("#decision-link"));
        try {
            org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(decision.path()))
                    .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lead.check("#accept-confirm");
        lead.click("#accept-grant");
        assertThat(lead.locator("#outcome-accepted")).isVisible();
        assertThat(lead.locator("#award-status")).hasAttribute("data-status", "ACCEPTED");
        assertThat(lead.locator("#renounce-part-form")).isHidden(); // folded until asked for
        shot(lead, "156-beneficiary-accepted");

        officer.navigate(url("/officer/calls/" + call.callId() + "/funding"));
        assertThat(officer.locator("#call-funding tr[data-submission='" + s + "']"))
                .hasAttribute("data-status", "ACCEPTED");
    }
}
