package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.anonymous;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openbando.TestFixtures;

/** The officer's journey in Chromium: create a call (first with a deadline before the opening), then publish it. */
@QuarkusTest
class OfficerJourneyTest extends BrowserTest {

    @Test
    void officerCreatesADraftCallAndPublishesIt() {
        Page page = loggedIn(TestFixtures.OFFICER);
        page.click("#nav-manage-calls");
        page.click("#new-call");
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        page.fill("[name='code']", "WEB-OFFICER-2027");
        page.fill("[name='title']", "Ricerca industriale delle PMI dei cluster 2027");
        page.fill("[name='s3PriorityArea']", "S3 2021-2027: transizione digitale");
        page.fill("[name='publicationAt']", now.minusDays(1).toString());
        page.fill("[name='opensAt']", now.plusDays(10).toString());
        page.fill("[name='deadlineAt']", now.plusDays(5).toString());
        page.fill("[name='budgetLineA']", "20.000.000");
        page.fill("[name='budgetLineB']", "8.000.000,00");
        page.click("label[for='cluster-MECH']");
        page.click("label[for='cluster-AGRIFOOD']");
        page.click("#call-submit");
        assertThat(page.locator(".field-error[data-field='deadlineAt']")).containsText("after opensAt");
        assertThat(page.locator("#cluster-MECH")).isChecked();
        shot(page, "11-call-form-error");

        page.fill("[name='deadlineAt']", now.plusDays(60).toString());
        page.click("#call-submit");
        assertThat(page.locator("#call-created")).isVisible();
        var row = page.locator("tr[data-code='WEB-OFFICER-2027']");
        assertThat(row).containsText("Bozza");
        shot(page, "12-officer-calls");

        row.locator(".publish-call").click();
        assertThat(page.locator("#call-published")).isVisible();
        assertThat(page.locator("tr[data-code='WEB-OFFICER-2027']")).containsText("Pubblicato");
        shot(page, "13-call-published");
        page.context().close();

        anonymous().get("/api/calls").then().statusCode(200)
                .body("find { it.code == 'WEB-OFFICER-2027' }.status", equalTo("PUBLISHED"))
                .body("find { it.code == 'WEB-OFFICER-2027' }.budgetLineB", equalTo(8000000.00f));
    }

    @Test
    void anApplicantCannotReachTheOfficersPages() {
        Page page = loggedIn(fixturesApplicant());
        assertThat(page.locator("#nav-manage-calls")).hasCount(0);
        var response = page.navigate(url("/officer/calls"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        page.context().close();
    }

    private static String fixturesApplicant() {
        return io.quarkus.arc.Arc.container().instance(TestFixtures.class).get().applicant("not-an-officer");
    }
}
