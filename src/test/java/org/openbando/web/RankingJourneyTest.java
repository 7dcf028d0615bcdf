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
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.ranking.RankingSteps;

/**
 * The officer approves a ranking, in Chromium: from the list of calls to the call's ranking board (the draft of both
 * lines, the tie and how it was broken, the lists), an exclusion refused without a reason and then made with one, its
 * reinstatement, the approval refused without the confirmation and then given; the act of the line; the public
 * ranking as a visitor reads it and the applicant's standing on its proposal page. Screenshots 141-147. VAT seeds
 * 120100-120199.
 */
@QuarkusTest
class RankingJourneyTest extends BrowserTest {

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps steps;

    @Test
    void officerApprovesARanking() {
        EvaluatedCall.Built c = evaluatedCall.build("WEB-RANKING", 120100, EvaluatedCall.spec()
                .budgets("600000", "300000").partial(true, "50")
                .a("80", "24").a("80", "25").a("70").a("50").b("75"));
        // idempotent: the call process may have drafted it already
        QuarkusTransaction.requiringNew().run(() -> steps.draft(c.callId()));
        long reserve = c.get(2).submissionId();

        Page officer = loggedIn(TestFixtures.OFFICER);
        officer.navigate(url("/officer/calls"));
        officer.click("#officer-calls tr[data-code='WEB-RANKING'] .open-ranking");
        assertThat(officer.locator("#ranking-title")).containsText("WEB-RANKING");
        assertThat(officer.locator("#ranking-status")).hasAttribute("data-status", "DRAFT");
        assertThat(officer.locator("#ranked-A tr[data-position='1']"))
                .hasAttribute("data-submission", String.valueOf(c.get(1).submissionId()));
        assertThat(officer.locator("#ranked-A tr[data-position='2'] .tie .badge")).isVisible();
        assertThat(officer.locator("#ranked-A tr[data-submission='" + reserve + "']"))
                .hasAttribute("data-list", "RESERVE");
        assertThat(officer.locator("#not-fundable-A tr[data-submission='" + c.get(3).submissionId() + "']"))
                .containsText("sotto la soglia");
        shot(officer, "141-officer-ranking-draft");

        // an exclusion needs a reason: refused naming the field, then made
        officer.click("#ranked-A tr[data-submission='" + reserve + "'] details.exclude summary");
        officer.click("#exclude-" + reserve + " button[type='submit']");
        assertThat(officer.locator("#ranking-error")).hasAttribute("data-action", "exclude-" + reserve);
        assertThat(officer.locator("#exclude-" + reserve + " .field-error[data-field='reason']")).isVisible();
        shot(officer, "142-officer-ranking-exclusion-refused");
        officer.fill("#reason-" + reserve, "The same project was funded by another regional measure");
        officer.click("#exclude-" + reserve + " button[type='submit']");
        assertThat(officer.locator("#ranking-done")).hasAttribute("data-done", "excluded");
        assertThat(officer.locator("#excluded-A tr[data-submission='" + reserve + "']"))
                .containsText("another regional measure");
        shot(officer, "143-officer-ranking-excluded");
        officer.click("#reinstate-" + reserve + " button[type='submit']");
        assertThat(officer.locator("#ranking-done")).hasAttribute("data-done", "reinstated");
        assertThat(officer.locator("#ranked-A tr[data-submission='" + reserve + "']"))
                .hasAttribute("data-list", "RESERVE");

        // the approval wants the confirmation ticked
        officer.click("#approve");
        assertThat(officer.locator("#approve-form .field-error[data-field='confirm']")).isVisible();
        shot(officer, "144-officer-ranking-approval-refused");
        officer.check("#approve-confirm");
        officer.click("#approve");
        assertThat(officer.locator("#ranking-done")).hasAttribute("data-done", "approved");
        assertThat(officer.locator("#ranking-status")).hasAttribute("data-status", "APPROVED");
        // idempotent: the process's asynchronous step may have run already
        QuarkusTransaction.requiringNew().call(() -> steps.publish(c.callId()));
        officer.reload();
        assertThat(officer.locator("#act-A a")).isVisible();
        assertThat(officer.locator("#act-A .reserve-validity")).isVisible();
        assertThat(officer.locator("#approve-form")).hasCount(0);
        shot(officer, "145-officer-ranking-approved");
        Download act = officer.waitForDownload(() -> officer.click("#act-A a"));
        try {
            org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(act.path()))
                    .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // a visitor reads the published ranking from the home page
        Page visitor = newPage();
        visitor.navigate(url("/"));
        visitor.click("#home-rankings");
        visitor.click("#rankings tr[data-call='" + c.callId() + "'] .open-ranking");
        assertThat(visitor.locator("#ranking-title")).containsText("WEB-RANKING");
        assertThat(visitor.locator("#rows-A tr[data-status='FUNDED']")).hasCount(2);
        assertThat(visitor.locator("#rows-A tr[data-status='RESERVE']")).hasCount(1);
        assertThat(visitor.locator("#open-data-csv")).isVisible();
        shot(visitor, "146-public-ranking");

        // the applicant of the funded proposal sees its standing
        Page applicant = loggedIn(c.get(1).lead());
        applicant.navigate(url("/proposals/" + c.get(1).proposalId()));
        assertThat(applicant.locator("#ranking-standing")).hasAttribute("data-list", "FUNDED");
        assertThat(applicant.locator("#standing-grant")).containsText("271.000,00");
        assertThat(applicant.locator("#evaluation-report")).isVisible();
        shot(applicant, "147-applicant-standing");
    }
}
