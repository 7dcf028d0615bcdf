package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.workflow.Panel;

/**
 * The officer's evaluation journey in Chromium: from the list of calls to the call's evaluation board, the panel page
 * of an admitted proposal with the experts proposed, the panel assigned with its rapporteur; the experts score apart
 * and the officer sees the divergent criteria; the rapporteur's consensus, the outcome and the report. Screenshots
 * 81-86. VAT seeds 34300-34399.
 */
@QuarkusTest
class OfficerEvaluationJourneyTest extends BrowserTest {

    @Inject
    AdmittedProposal admitted;
    @Inject
    Panel panel;

    @Test
    void officerAssignsThePanelSeesTheDivergenceAndTheConsensus() {
        panel.experts("d2j", 3);
        SubmittedProposal s = admitted.admit("WEB-EVALUATION", 34300);
        ProcessInstance process = admitted.process(s.submission());
        admitted.runJobs(process);

        Page officer = loggedIn(TestFixtures.OFFICER);
        officer.navigate(url("/officer/calls"));
        officer.click("#officer-calls tr[data-code='WEB-EVALUATION'] .open-evaluation");
        assertThat(officer.locator("#board-title")).containsText("WEB-EVALUATION");
        assertThat(officer.locator("#board tr[data-submission='" + s.submission() + "']"))
                .hasAttribute("data-status", "PANEL_PENDING");
        assertThat(officer.locator("#phase-counts")).containsText("Panel da assegnare: 1");
        shot(officer, "81-officer-evaluation-board");

        officer.click("#board tr[data-submission='" + s.submission() + "'] .open-panel");
        assertThat(officer.locator("#evaluation-status")).hasAttribute("data-status", "PANEL_PENDING");
        assertThat(officer.locator("#proposed-experts tr[data-expert='d2j-1']")).isVisible();
        shot(officer, "82-officer-panel-proposal");
        for (int seat = 1; seat <= 3; seat++) {
            officer.selectOption("#seat" + seat, new SelectOption().setValue("d2j-" + seat));
        }
        officer.selectOption("#assign-rapporteur", new SelectOption().setValue("d2j-1"));
        officer.click("#assign-panel");
        assertThat(officer.locator("#panel-done")).isVisible();
        assertThat(officer.locator("#rapporteur")).hasText("d2j-1");
        assertThat(officer.locator("#panel-seats tr[data-seat='3']")).hasAttribute("data-seat-status", "ASSIGNED");
        shot(officer, "83-officer-panel-assigned");
        admitted.runJobs(process);

        // the experts answer and score apart: two give the maximum, one nothing
        for (String expert : List.of("d2j-1", "d2j-2", "d2j-3")) {
            panel.accept(s.submission(), expert);
        }
        admitted.runJobs(process);
        panel.score(s.submission(), "d2j-1", true);
        panel.score(s.submission(), "d2j-2", false);
        panel.score(s.submission(), "d2j-3", true);
        admitted.runJobs(process);
        officer.reload();
        assertThat(officer.locator("#divergence-count")).hasAttribute("data-count", "5");
        assertThat(officer.locator("#aggregation-table tr.divergent").first()).isVisible();
        assertThat(officer.locator("#individual-scores tr[data-seat='2'] .individual-hash"))
                .hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        shot(officer, "84-officer-divergences");

        // the rapporteur's consensus: the outcome and the report in both languages
        panel.consensus(s.submission(), "d2j-1", true);
        admitted.runJobs(process);
        officer.reload();
        assertThat(officer.locator("#evaluation-status")).hasAttribute("data-status", "EVALUATED_FUNDABLE");
        assertThat(officer.locator("#outcome")).hasAttribute("data-fundable", "true");
        assertThat(officer.locator("#outcome-total")).containsText("100");
        shot(officer, "85-officer-consensus");
        Download report = officer.waitForDownload(() -> officer.click("#report-en"));
        try {
            org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(report.path()))
                    .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        officer.click("#back-to-board");
        assertThat(officer.locator("#board tr[data-submission='" + s.submission() + "']"))
                .hasAttribute("data-status", "EVALUATED_FUNDABLE");
        assertThat(officer.locator("#phase-none")).isVisible();
        shot(officer, "86-officer-board-evaluated");
    }
}
