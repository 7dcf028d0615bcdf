package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * An applicant sees, while drafting, the grant its consortium would receive: on the budget page, per partner and
 * category with each intensity explained, marked as an estimate; marking its research organisation's right to publish
 * on the consortium page makes the collaboration effective and the estimate grows; the same in English.
 */
@QuarkusTest
class GrantEstimateJourneyTest extends BrowserTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void anApplicantSeesTheEstimatedGrantAndHowTheRightToPublishChangesIt() {
        String lead = fixtures.applicant("estimate-web-lead");
        long leadOrg = as(lead).body(Api.member(Api.enterprise("Meccanica Stima S.r.l.", Api.vat(100_300), "25",
                "4000000", "3000000"))).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long lab = as(fixtures.applicant("estimate-web-lab")).body(Map.of("type", "UNIVERSITY", "name",
                "Università della Stima", "vatNumber", Api.vat(100_301))).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long call = as(TestFixtures.OFFICER).body(Api.call("WEB-ESTIMATE", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long id = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> content = Api.completeProposal(lab, lab);
        content.put("partners", List.of(Map.of("organizationId", lab)));
        content.put("contracts", List.of());
        content.put("budget", List.of(
                Map.of("organizationId", leadOrg, "costCategory", "PERSONNEL", "researchCategory",
                        "INDUSTRIAL_RESEARCH", "amount", 180000),
                Map.of("organizationId", leadOrg, "costCategory", "INSTRUMENTS_AND_EQUIPMENT", "researchCategory",
                        "EXPERIMENTAL_DEVELOPMENT", "amount", 60000),
                Map.of("organizationId", lab, "costCategory", "PERSONNEL", "researchCategory",
                        "INDUSTRIAL_RESEARCH", "amount", 40000)));
        as(lead).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + id).then().statusCode(200);

        Page page = loggedIn(lead);
        // without the right to publish: one undertaking, no collaboration; small 70% + 45%, the university 50%
        page.navigate(url("/proposals/" + id + "/edit/budget"));
        assertThat(page.locator("#estimate-badge")).hasText("Stima");
        assertThat(page.locator("#estimate-collaboration")).containsText("nessuna collaborazione effettiva");
        assertThat(page.locator("#estimate-grant")).hasText("173.000,00");

        // the consortium page: the university has the right to publish its results
        page.navigate(url("/proposals/" + id + "/edit/consortium"));
        page.click("label[for='partners[0].rightToPublish']");
        assertThat(page.locator("[name='partners[0].rightToPublish']")).isChecked();
        page.click("#form-next");
        assertThat(page.locator("#section-title")).hasText("Piano dei costi");
        assertThat(page.locator("#estimate-collaboration"))
                .containsText("collaborazione effettiva con organismi di ricerca");
        // 40,000 of 280,000 (14.28%): small 80% + 60%, the university 65%
        assertThat(page.locator("#estimate-grant")).hasText("206.000,00");
        assertThat(page.locator(".estimate-category[data-category='INDUSTRIAL_RESEARCH'] .estimate-explanation")
                .first()).hasText("piccola impresa, ricerca industriale, collaborazione effettiva: 50 + 20 + 15 = 85, "
                        + "ridotto a 80: 80%");
        shot(page, "61-estimate-it");

        page.click("#lang-switch");
        assertThat(page.locator("#estimate-badge")).hasText("Estimate");
        assertThat(page.locator("#estimate-grant")).hasText("206,000.00");
        assertThat(page.locator(".estimate-category[data-organization='" + lab + "'] .estimate-explanation"))
                .hasText("research organisation, industrial research, effective collaboration: 50 + 15 = 65%");
        shot(page, "62-estimate-en");
        org.assertj.core.api.Assertions.assertThat(policyViolations).as("Content-Security-Policy violations")
                .isEmpty();
    }
}
