package org.openbando.proposal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * The draft's estimated grant: {@code GET /api/proposals/{id}/grant-estimate} and the section on the draft form's
 * budget page, with the right to publish of a research organisation partner set on the consortium page.
 */
@QuarkusTest
class GrantEstimateTest {

    @Inject
    TestFixtures fixtures;

    record Draft(long id, String lead, long leadOrg, long partner, long lab) {
    }

    /**
     * A small lead (20 staff), a medium partner (100 staff, 20 M turnover) and an accredited lab; the budget: lead IR
     * 100,000 and ED 50,000, partner IR 80,000, lab IR 20,000 (the lead bears 60%: effective collaboration).
     */
    private Draft draft(String code, String name, int seed, Integer cap, Boolean labPublishes) {
        String lead = fixtures.applicant("estimate-" + name);
        long leadOrg = as(lead).body(Api.enterprise("Lead " + name + " S.r.l.", Api.vat(seed), "20", "3000000",
                "2000000")).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long partner = as(fixtures.applicant("estimate-" + name + "-partner")).body(Api.enterprise("Partner " + name
                + " S.p.A.", Api.vat(seed + 1), "100", "20000000", "15000000")).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("estimate-" + name + "-lab")).body(Map.of("type", "ACCREDITED_LAB", "name",
                "Lab " + name, "vatNumber", Api.vat(seed + 2))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> call = Api.call(code, -1, 30);
        if (cap != null) {
            call.put("rules", Map.of("aidIntensityCap", cap));
        }
        long callId = as(TestFixtures.OFFICER).body(call).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + callId + "/publish").then().statusCode(200);
        long id = as(lead).body(Map.of("callId", callId, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> content = Api.completeProposal(partner, lab);
        Map<String, Object> labEntry = labPublishes == null ? Map.of("organizationId", lab)
                : Map.of("organizationId", lab, "rightToPublish", labPublishes);
        content.put("partners", List.of(Map.of("organizationId", partner), labEntry));
        content.put("budget", List.of(
                item(leadOrg, "PERSONNEL", "INDUSTRIAL_RESEARCH", 100000),
                item(leadOrg, "INSTRUMENTS_AND_EQUIPMENT", "EXPERIMENTAL_DEVELOPMENT", 50000),
                item(partner, "PERSONNEL", "INDUSTRIAL_RESEARCH", 80000),
                item(lab, "PERSONNEL", "INDUSTRIAL_RESEARCH", 20000)));
        as(lead).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + id).then().statusCode(200);
        return new Draft(id, lead, leadOrg, partner, lab);
    }

    private static Map<String, Object> item(long org, String cost, String category, int amount) {
        return Map.of("organizationId", org, "costCategory", cost, "researchCategory", category, "amount", amount);
    }

    @Test
    void estimatesEachPartnersGrantWithTheCallsCapAndExplainsItInTheRequestsLanguage() {
        Draft d = draft("EST-CAP", "cap", 100_010, 60, true);

        as(d.lead()).header("Accept-Language", "en").get("/api/proposals/" + d.id() + "/grant-estimate").then()
                .statusCode(200)
                .body("proposalId", equalTo((int) d.id()))
                .body("estimate", equalTo(true))
                .body("aidIntensityCap", equalTo(60.0f))
                .body("collaboration.effective", equalTo(true))
                .body("collaboration.basis", equalTo("UNDERTAKINGS"))
                .body("collaboration.largestShare", equalTo(60.0f))
                .body("collaboration.largestOrganizationId", equalTo((int) d.leadOrg()))
                .body("collaboration.explanation", containsString("effective collaboration among undertakings"))
                .body("partners.organizationId", equalTo(List.of((int) d.leadOrg(), (int) d.partner(), (int) d.lab())))
                .body("partners[0].sizeClass", equalTo("SMALL"))
                .body("partners[0].categories[0].category", equalTo("INDUSTRIAL_RESEARCH"))
                .body("partners[0].categories[0].intensity", equalTo(60.0f))
                .body("partners[0].categories[0].grant", equalTo(60000.0f))
                .body("partners[0].categories[0].explanation", equalTo("small enterprise, industrial research, "
                        + "effective collaboration: 50 + 20 + 15 = 85, capped at 80; the call caps at 60: 60%"))
                .body("partners[0].categories[1].explanation", equalTo("small enterprise, experimental "
                        + "development, effective collaboration: 25 + 20 + 15 = 60%"))
                .body("partners[0].grant", equalTo(90000.0f))
                .body("partners[1].sizeClass", equalTo("MEDIUM"))
                .body("partners[1].categories[0].explanation", equalTo("medium enterprise, industrial research, "
                        + "effective collaboration: 50 + 10 + 15 = 75; the call caps at 60: 60%"))
                .body("partners[1].grant", equalTo(48000.0f))
                .body("partners[2].sizeClass", nullValue())
                .body("partners[2].rightToPublish", equalTo(true))
                .body("partners[2].categories[0].explanation", equalTo("research organisation, industrial research, "
                        + "effective collaboration: 50 + 15 = 65; the call caps at 60: 60%"))
                .body("partners[2].grant", equalTo(12000.0f))
                .body("eligibleCost", equalTo(250000.0f))
                .body("grant", equalTo(150000.0f))
                .body("note", containsString("estimate"));

        as(d.lead()).header("Accept-Language", "it-IT, en;q=0.5").get("/api/proposals/" + d.id() + "/grant-estimate")
                .then().statusCode(200)
                .body("partners[0].categories[0].explanation", equalTo("piccola impresa, ricerca industriale, "
                        + "collaborazione effettiva: 50 + 20 + 15 = 85, ridotto a 80; il bando limita al 60: 60%"))
                .body("collaboration.explanation", containsString("collaborazione effettiva tra imprese"))
                .body("note", containsString("Stima"));
    }

    @Test
    void withoutACapTheGberMaximaApplyAndTheProjectsGrantIsTheSumOfItsPartners() {
        Draft d = draft("EST-GBER", "gber", 100_020, null, null);

        // lead 80% of 100,000 + 60% of 50,000; partner 75% of 80,000; lab 65% of 20,000
        as(d.lead()).get("/api/proposals/" + d.id() + "/grant-estimate").then().statusCode(200)
                .body("aidIntensityCap", nullValue())
                .body("partners.grant", equalTo(List.of(110000.0f, 60000.0f, 13000.0f)))
                .body("partners[2].rightToPublish", equalTo(false))
                .body("grant", equalTo(183000.0f));
    }

    @Test
    void theRightToPublishIsSavedOnlyWhenGivenAndTheEstimateFollowsIt() {
        // the lead bears 150,000 of 170,000 (88%): only the lab's 20,000 (11.76%) with the right to publish makes
        // the collaboration effective
        Draft d = draft("EST-PUBLISH", "publish", 100_030, null, true);
        Map<String, Object> content = Api.completeProposal(d.partner(), d.lab());
        content.put("partners", List.of(Map.of("organizationId", d.partner()),
                Map.of("organizationId", d.lab(), "rightToPublish", true)));
        content.put("budget", List.of(
                item(d.leadOrg(), "PERSONNEL", "INDUSTRIAL_RESEARCH", 150000),
                item(d.lab(), "PERSONNEL", "INDUSTRIAL_RESEARCH", 20000)));
        as(d.lead()).body(Map.of("version", 1, "content", content)).put("/api/proposals/" + d.id()).then()
                .statusCode(200)
                .body("content.partners[0]", not(hasKey("rightToPublish")))
                .body("content.partners[1].rightToPublish", equalTo(true));
        as(d.lead()).get("/api/proposals/" + d.id() + "/grant-estimate").then().statusCode(200)
                .body("collaboration.basis", equalTo("RESEARCH_ORGANISATION"))
                .body("collaboration.researchShare", equalTo(11.76f))
                .body("partners[1].categories", equalTo(List.of()))
                .body("partners[1].grant", equalTo(0.0f))
                .body("partners[0].categories[0].intensity", equalTo(80.0f));

        content.put("partners", List.of(Map.of("organizationId", d.partner()),
                Map.of("organizationId", d.lab(), "rightToPublish", false)));
        as(d.lead()).body(Map.of("version", 2, "content", content)).put("/api/proposals/" + d.id()).then()
                .statusCode(200);
        as(d.lead()).get("/api/proposals/" + d.id() + "/grant-estimate").then().statusCode(200)
                .body("collaboration.effective", equalTo(false))
                .body("collaboration.explanation", containsString("less than 10%"))
                .body("partners[0].categories[0].intensity", equalTo(70.0f));
    }

    @Test
    void whoMayReadTheDraftMayReadItsEstimate() {
        Draft d = draft("EST-WHO", "who", 100_040, null, null);
        String path = "/api/proposals/" + d.id() + "/grant-estimate";

        as(TestFixtures.OFFICER).get(path).then().statusCode(200);
        as(TestFixtures.AUDITOR).get(path).then().statusCode(200);
        as(fixtures.applicant("estimate-who-partner")).get(path).then().statusCode(404);
        as(TestFixtures.EVALUATOR).get(path).then().statusCode(404);
        Api.anonymous().get(path).then().statusCode(401);
        as(d.lead()).get("/api/proposals/999999999/grant-estimate").then().statusCode(404);
    }

    @Test
    void theBudgetPageShowsTheEstimateMarkedAsSuchInBothLanguages() {
        Draft d = draft("EST-PAGE", "page", 100_050, 60, true);

        Api.page(d.lead()).get("/proposals/" + d.id() + "/edit/budget").then().statusCode(200)
                .body(containsString("id=\"grant-estimate\""))
                .body(containsString("Contributo stimato"))
                .body(containsString("id=\"estimate-badge\">Stima</span>"))
                .body(containsString("il contributo è deciso solo con l&#39;atto di concessione"))
                .body(containsString("Il bando limita l&#39;intensità al 60%."))
                .body(containsString("piccola impresa, ricerca industriale, collaborazione effettiva: 50 + 20 + 15 = "
                        + "85, ridotto a 80; il bando limita al 60: 60%"))
                .body(containsString("collaborazione effettiva tra imprese"))
                .body(containsString("id=\"estimate-grant\"><strong>150.000,00"));
        Api.page(d.lead()).cookie("lang", "en").get("/proposals/" + d.id() + "/edit/budget").then().statusCode(200)
                .body(containsString("Estimated grant"))
                .body(containsString("id=\"estimate-badge\">Estimate</span>"))
                .body(containsString("small enterprise, industrial research, effective collaboration: 50 + 20 + 15 = "
                        + "85, capped at 80; the call caps at 60: 60%"))
                .body(containsString("id=\"estimate-grant\"><strong>150,000.00"))
                .body(not(containsString("Contributo stimato")));
        Api.page(d.lead()).get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("id=\"estimate-summary\">Contributo stimato EUR 150.000,00 su EUR 250.000,00"))
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/budget#grant-estimate\""));
        Api.page(d.lead()).cookie("lang", "en").get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("id=\"estimate-summary\">Estimated grant EUR 150,000.00 on EUR 250,000.00"));
    }

    @Test
    void theConsortiumPageMarksAResearchOrganisationsRightToPublish() {
        Draft d = draft("EST-FORM", "form", 100_060, null, null);
        String consortium = "/proposals/" + d.id() + "/edit/consortium";

        String html = Api.page(d.lead()).get(consortium).then().statusCode(200)
                .body(containsString("id=\"partners[1].rightToPublish\""))
                .body(containsString("Ha il diritto di pubblicare i risultati della propria ricerca"))
                .body(not(containsString("id=\"partners[0].rightToPublish\"")))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(html).doesNotContain("partners[1].rightToPublish\" value=\"true\" checked");
        Api.page(d.lead()).cookie("lang", "en").get(consortium).then().statusCode(200)
                .body(containsString("Has the right to publish the results of its own research"));

        Api.form(d.lead()).formParams(Map.of("version", "1", "partners[0].organizationId", String.valueOf(d.partner()),
                "partners[1].organizationId", String.valueOf(d.lab()), "partners[1].rightToPublish", "true"))
                .formParam("action", "save").post(consortium).then().statusCode(303);
        as(d.lead()).get("/api/proposals/" + d.id()).then()
                .body("content.partners[1].rightToPublish", equalTo(true))
                .body("content.partners[0]", not(hasKey("rightToPublish")));
        Api.page(d.lead()).get(consortium).then().statusCode(200)
                .body(containsString("name=\"partners[1].rightToPublish\" value=\"true\" checked"));

        // unchecked: the box posts nothing, and nothing is saved
        Api.form(d.lead()).formParams(Map.of("version", "2", "partners[0].organizationId", String.valueOf(d.partner()),
                "partners[1].organizationId", String.valueOf(d.lab()))).formParam("action", "save")
                .post(consortium).then().statusCode(303);
        as(d.lead()).get("/api/proposals/" + d.id()).then()
                .body("content.partners[1]", not(hasKey("rightToPublish")));
    }
}
