package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * The applicant's proposal journey in Chromium: start a draft from the call's page, see what blocks it, submit it
 * with the confirmation, read the receipt, withdraw it. (The draft's content is filled in through the API here;
 * DraftFormJourneyTest fills it in through the guided form.)
 */
@QuarkusTest
class ProposalJourneyTest extends BrowserTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void applicantStartsSubmitsAndWithdrawsAProposal() {
        String lead = fixtures.applicant("web-lead");
        as(lead).body(Api.member(Api.enterprise("Proponente Web S.r.l.", Api.vat(950), "25", "4000000", "3000000")))
                .post("/api/organizations").then().statusCode(201);
        long partner = as(fixtures.applicant("web-partner")).body(Api.enterprise("Partner Web S.r.l.",
                Api.vat(951), "10", "1000000", "900000")).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("web-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name", "Lab Web",
                "vatNumber", Api.vat(952))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long call = as(TestFixtures.OFFICER).body(Api.call("WEB-PROPOSAL", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);

        Page page = loggedIn(lead);
        page.navigate(url("/calls/" + call));
        page.click(".start-proposal[data-line='A']");
        assertThat(page.locator("#proposal-status")).hasText("Bozza");
        assertThat(page.locator("#blocking-issues li[data-field='title']")).isVisible();
        shot(page, "21-proposal-draft");
        long id = Long.parseLong(page.url().replaceAll(".*/proposals/(\\d+).*", "$1"));

        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + id).then().statusCode(200);
        fixtures.confirmAll(id);
        page.reload();
        assertThat(page.locator("#ready")).isVisible();
        page.click("#submit-proposal");
        assertThat(page.locator("#proposal-error")).isVisible();
        page.click("label[for='confirm']");
        page.click("#submit-proposal");
        assertThat(page.locator("#proposal-submitted")).isVisible();
        assertThat(page.locator("#proposal-status")).hasText("Presentata, verifiche in corso");
        assertThat(page.locator("#protocol-number")).hasText("WEB-PROPOSAL/1");
        assertThat(page.locator("#receipt-hash")).hasText(Pattern.compile("[0-9a-f]{64}"));
        shot(page, "22-proposal-receipt");
        String hash = page.locator("#receipt-hash").textContent();
        as(lead).get("/api/proposals/" + id + "/submission").then().statusCode(200)
                .body("sha256", org.hamcrest.Matchers.equalTo(hash));

        page.navigate(url("/proposals"));
        assertThat(page.locator("#proposals tr[data-id='" + id + "']")).containsText("Presentata");
        page.click("#proposals tr[data-id='" + id + "'] .open-proposal");
        page.click("#withdraw");
        assertThat(page.locator("#proposal-withdrawn")).isVisible();
        assertThat(page.locator("#proposal-status")).hasText("Bozza");
        shot(page, "23-proposal-withdrawn");
        page.context().close();
    }
}
