package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * An applicant writes a whole proposal in Chromium through the guided form: starts the draft from the call's page,
 * fills every section (adding a partner by VAT number, a contract, budget rows, a work package with a milestone, the
 * TRL plan), meets someone else's save on the way, watches the validation list shrink to nothing and submits.
 */
@QuarkusTest
class DraftFormJourneyTest extends BrowserTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void anApplicantWritesAProposalSectionBySectionAndSubmitsIt() {
        String lead = fixtures.applicant("form-web-lead");
        long leadOrg = as(lead).body(Api.member(Api.enterprise("Meccanica Form S.r.l.", Api.vat(1340), "25", "4000000",
                "3000000"))).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long partner = as(fixtures.applicant("form-web-partner")).body(Api.enterprise("Robotica Partner S.r.l.",
                Api.vat(1341), "10", "1000000", "900000")).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(fixtures.applicant("form-web-lab")).body(Map.of("type", "ACCREDITED_LAB", "name", "Laboratorio Visione",
                "vatNumber", Api.vat(1342))).post("/api/organizations").then().statusCode(201);
        long call = as(TestFixtures.OFFICER).body(Api.call("WEB-FORM", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);

        Page page = loggedIn(lead);
        page.navigate(url("/calls/" + call));
        page.click(".start-proposal[data-line='A']");
        assertThat(page.locator("#proposal-status")).hasText("Bozza");
        long id = Long.parseLong(page.url().replaceAll(".*/proposals/(\\d+).*", "$1"));

        // the summary: every section has something missing
        page.click("#edit-overview");
        int missing = page.locator("#blocking-issues li").count();
        assertThat(missing).isGreaterThanOrEqualTo(10);
        assertThat(page.locator(".section-item[data-complete='true']")).hasCount(0);
        shot(page, "31-form-summary-empty");
        page.click("#blocking-issues li[data-field='title'] a");
        assertThat(page.locator("#section-title")).hasText("Dati generali");
        assertThat(page.locator(".field-issue[data-field='title']")).isVisible();

        // general
        page.fill("#title", "Robot collaborativi per lavorazioni in piccoli lotti");
        page.fill("#acronym", "COBOT-SB");
        page.fill("#summary", "Cobot che imparano una lavorazione da una sola dimostrazione.");
        page.selectOption("#thematicAreaCode", "MECH-ROBOTICS");
        page.fill("[name='plannedStart']", "2031-03-01");
        page.fill("#durationMonths", "0");
        page.click("#form-next");
        assertThat(page.locator(".field-error[data-field='durationMonths']")).isVisible();
        assertThat(page.locator("#title")).hasValue("Robot collaborativi per lavorazioni in piccoli lotti");
        shot(page, "32-form-general-error");
        page.fill("#durationMonths", "24");
        page.click("#form-next");

        // consortium: a partner by its VAT number, a contract with a lab that is registered but not a partner
        assertThat(page.locator("#form-saved")).isVisible();
        assertThat(page.locator("#section-title")).hasText("Partenariato");
        page.fill("#partnerVat", "IT " + Api.vat(1341));
        page.click("#add-partner");
        assertThat(page.locator(".partner .partner-name")).hasText("Robotica Partner S.r.l.");
        page.fill("[name='contracts[0].providerVat']", Api.vat(1342));
        page.fill("[name='contracts[0].subject']", "Prove di visione artificiale");
        page.fill("[name='contracts[0].amount']", "60.000,00");
        page.click("#add-contract");
        assertThat(page.locator(".provider-name").first()).hasText("Laboratorio Visione");
        assertThat(page.locator(".contract-row")).hasCount(2);
        shot(page, "33-form-consortium");
        page.click("#form-next");

        // budget: three rows, totals per partner and per research category
        assertThat(page.locator("#section-title")).hasText("Piano dei costi");
        budgetRow(page, 0, leadOrg, "PERSONNEL", "INDUSTRIAL_RESEARCH", "250.000,00");
        page.click("#add-budget-row");
        budgetRow(page, 1, partner, "INSTRUMENTS_AND_EQUIPMENT", "EXPERIMENTAL_DEVELOPMENT", "120000");
        page.click("#add-budget-row");
        budgetRow(page, 2, leadOrg, "CONTRACT_RESEARCH_AND_CONSULTANCY", "INDUSTRIAL_RESEARCH", "60000.00");
        page.click("#form-save");
        assertThat(page.locator("#total-research")).hasText("310.000,00");
        assertThat(page.locator("#total-development")).hasText("120.000,00");
        assertThat(page.locator("#total-all")).hasText("430.000,00");
        assertThat(page.locator(".partner-total")).hasCount(2);
        shot(page, "34-form-budget");

        // half way: the summary lists fewer items
        page.click("button.step[data-section='overview']");
        int halfway = page.locator("#blocking-issues li").count();
        assertThat(halfway).isBetween(1, missing - 1);
        assertThat(page.locator(".section-item[data-section='budget'][data-complete='true']")).isVisible();
        page.click(".section-item[data-section='work-packages'] a");

        // work packages
        page.fill("[name='workPackages[0].code']", "WP1");
        page.fill("[name='workPackages[0].title']", "Apprendimento da dimostrazione");
        page.selectOption("[name='workPackages[0].startTrl']", "4");
        page.selectOption("[name='workPackages[0].targetTrl']", "7");
        page.fill("[name='workPackages[0].trlJustification']", "Validato in laboratorio; obiettivo: cella pilota");
        page.fill("[name='workPackages[0].milestones[0].title']", "Cella pilota in funzione");
        page.fill("[name='workPackages[0].milestones[0].month']", "18");
        page.click("#add-work-package");
        assertThat(page.locator(".work-package")).hasCount(2);
        assertThat(page.locator("[name='workPackages[0].milestones[0].title']")).hasValue("Cella pilota in funzione");
        shot(page, "35-form-work-packages");
        page.click("#form-next");

        // TRL plan, with someone else saving the proposal meanwhile
        assertThat(page.locator("#trl-limits")).containsText("almeno 4");
        page.selectOption("[name='trl.start']", "4");
        page.selectOption("[name='trl.target']", "7");
        page.fill("[name='trl.justification']", "Prototipo di laboratorio esistente");
        JsonPath saved = as(lead).get("/api/proposals/" + id).then().extract().jsonPath();
        as(lead).body(Map.of("version", saved.getLong("version"), "content", saved.getMap("content")))
                .put("/api/proposals/" + id).then().statusCode(200);
        fixtures.confirmAll(id);
        page.click("#form-next");
        assertThat(page.locator("#form-stale")).isVisible();
        assertThat(page.locator("[name='trl.justification']")).hasValue("Prototipo di laboratorio esistente");
        shot(page, "36-form-stale");
        page.click("#form-reload");
        assertThat(page.locator("#form-stale")).hasCount(0);
        assertThat(page.locator("[name='trl.justification']")).hasValue("");
        page.selectOption("[name='trl.start']", "4");
        page.selectOption("[name='trl.target']", "7");
        page.fill("[name='trl.justification']", "Prototipo di laboratorio esistente");
        page.click("#form-next");

        // nothing blocks it any more: submit from the proposal's page
        assertThat(page.locator("#ready")).isVisible();
        assertThat(page.locator("#blocking-issues li")).hasCount(0);
        assertThat(page.locator(".section-item[data-complete='true']")).hasCount(5);
        shot(page, "37-form-summary-ready");
        page.click("#go-submit");
        page.click("label[for='confirm']");
        page.click("#submit-proposal");
        assertThat(page.locator("#proposal-submitted")).isVisible();
        assertThat(page.locator("#protocol-number")).hasText("WEB-FORM/1");
        shot(page, "38-form-submitted");
        as(lead).get("/api/proposals/" + id).then().body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("content.budget.size()", org.hamcrest.Matchers.equalTo(3))
                .body("content.contracts[0].subject", org.hamcrest.Matchers.equalTo("Prove di visione artificiale"))
                .body("content.workPackages[0].milestones[0].month", org.hamcrest.Matchers.equalTo(18));
        page.context().close();
    }

    private static void budgetRow(Page page, int i, long organization, String cost, String research, String amount) {
        String row = "budget[" + i + "].";
        page.selectOption("[name='" + row + "organizationId']", String.valueOf(organization));
        page.selectOption("[name='" + row + "costCategory']", cost);
        page.selectOption("[name='" + row + "researchCategory']", research);
        page.fill("[name='" + row + "amount']", amount);
    }
}
