package org.openbando.proposal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * The guided draft form's pages over HTTP: what a save changes, what a stale or a malformed form keeps, who may use
 * them. (The browser journey through every section is web/DraftFormJourneyTest.)
 */
@QuarkusTest
class DraftFormPagesTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void aSectionIsMergedIntoTheCurrentContentAndTheButtonSaysWhereToGoNext() {
        Draft d = draft("FORM-MERGE", "merge", 1300);
        as(d.lead()).body(Map.of("version", 0, "content", Api.completeProposal(d.partner(), d.lab())))
                .put("/api/proposals/" + d.id()).then().statusCode(200);
        fixtures.confirmAll(d.id());

        page(d.lead()).get(edit(d, "general")).then().statusCode(200)
                .body(containsString("name=\"version\" value=\"1\""))
                .body(containsString("id=\"title\" name=\"title\" value=\"Collaborative robots for small-batch machining\""));
        form(d.lead()).formParams(general("1", "Robot collaborativi", "24")).formParam("action", "next")
                .post(edit(d, "general")).then().statusCode(303)
                .header("Location", endsWith("/proposals/" + d.id() + "/edit/consortium?saved=true"));

        as(d.lead()).get("/api/proposals/" + d.id()).then().body("version", equalTo(2))
                .body("content.title", equalTo("Robot collaborativi"))
                .body("content.plannedStart", equalTo("2031-02-01"))
                .body("content.budget.size()", equalTo(3))
                .body("content.partners[0].organizationId", equalTo((int) d.partner()))
                .body("content.trl.target", equalTo(7));
        form(d.lead()).formParams(general("2", "Robot", "24")).formParam("action", "previous")
                .post(edit(d, "general")).then().statusCode(303)
                .header("Location", endsWith("/proposals/" + d.id() + "/edit?saved=true"));
        form(d.lead()).formParams(Map.of("version", "3", "trl.start", "4", "trl.target", "7",
                "trl.justification", "pilot")).formParam("action", "next").post(edit(d, "trl")).then().statusCode(303)
                .header("Location", endsWith("/proposals/" + d.id() + "/edit?saved=true"));
        page(d.lead()).get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("id=\"ready\""))
                .body(containsString("data-section=\"budget\" data-complete=\"true\""));
    }

    @Test
    void whatBlocksTheDraftIsSaidInThePagesLanguage() {
        Draft d = draft("FORM-LANG", "lang", 2720);
        page(d.lead()).get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("indicare il titolo del progetto"))
                .body(containsString("scegliere l&#39;area tematica dell&#39;agenda del cluster"))
                .body(not(containsString("give the project a title")));
        page(d.lead()).cookie("lang", "en").get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("give the project a title"))
                .body(not(containsString("indicare il titolo del progetto")));
        as(d.lead()).get("/api/proposals/" + d.id() + "/validation").then().statusCode(200) // the API's: English
                .body("find { it.field == 'title' }.message", equalTo("give the project a title"));
        as(d.lead()).header("Accept-Language", "it-IT, en;q=0.5").get("/api/proposals/" + d.id() + "/validation")
                .then().statusCode(200)
                .body("find { it.field == 'title' }.message", equalTo("indicare il titolo del progetto"));
    }

    @Test
    void whatBlocksTheDraftNamesEachFieldByItsLabelAndKeepsItsPathForLinks() {
        Draft d = draft("FORM-LABELS", "labels", 2730);
        page(d.lead()).get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("<li data-field=\"thematicAreaCode\"><a href=\"/proposals/" + d.id()
                        + "/edit/general#thematicAreaCode\" class=\"issue-link\">Dati generali</a> · Area tematica: "
                        + "scegliere l&#39;area tematica"))
                .body(not(containsString("<code>thematicAreaCode</code>")));
        page(d.lead()).cookie("lang", "en").get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("· Thematic area: choose the thematic area"));
        page(d.lead()).get("/proposals/" + d.id()).then().statusCode(200)
                .body(containsString("<li data-field=\"title\">Titolo: indicare il titolo del progetto</li>"));
        page(d.lead()).cookie("lang", "en").get(edit(d, "general")).then().statusCode(200)
                .body(containsString("<li data-field=\"title\"><a href=\"#title\">Title</a>: give the project a "
                        + "title"));
    }

    @Test
    void aStaleVersionIsNeverSavedAndWhatTheUserTypedIsKept() {
        Draft d = draft("FORM-STALE", "stale", 1305);
        page(d.lead()).get(edit(d, "general")).then().statusCode(200)
                .body(containsString("name=\"version\" value=\"0\""));
        // someone else of the same organisation saves in between
        as(d.lead()).body(Map.of("version", 0, "content", Map.of("title", "Theirs"))).put("/api/proposals/" + d.id())
                .then().statusCode(200);

        String html = form(d.lead()).formParams(general("0", "Mine", "18")).formParam("action", "next")
                .post(edit(d, "general")).then().statusCode(409)
                .body(containsString("id=\"form-stale\""))
                .body(containsString("id=\"title\" name=\"title\" value=\"Mine\""))
                .body(containsString("id=\"durationMonths\" name=\"durationMonths\" value=\"18\""))
                .body(containsString("name=\"version\" value=\"0\""))
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/general\""))
                .extract().asString();
        assertThat(html).contains(d.lead() + " ha salvato").doesNotContain("id=\"form-saved\"");
        as(d.lead()).get("/api/proposals/" + d.id()).then().body("content.title", equalTo("Theirs"))
                .body("version", equalTo(1));

        // saving the same stale form again is refused again; the reloaded form saves
        form(d.lead()).formParams(general("0", "Mine", "18")).post(edit(d, "general")).then().statusCode(409);
        page(d.lead()).get(edit(d, "general")).then().body(containsString("value=\"Theirs\""))
                .body(containsString("name=\"version\" value=\"1\""));
        form(d.lead()).formParams(general("1", "Mine", "18")).post(edit(d, "general")).then().statusCode(303);
        as(d.lead()).get("/api/proposals/" + d.id()).then().body("content.title", equalTo("Mine"));
    }

    @Test
    void malformedValuesAreShownNextToTheirFieldsWithTheInputKeptAndNothingSaved() {
        Draft d = draft("FORM-FORMAT", "format", 1310);
        String budget = form(d.lead()).formParams(Map.of("version", "0",
                        "budget[0].organizationId", String.valueOf(d.leadOrg()), "budget[0].costCategory", "PERSONNEL",
                        "budget[0].researchCategory", "INDUSTRIAL_RESEARCH", "budget[0].amount", "1.234,567",
                        "budget[1].organizationId", String.valueOf(d.leadOrg()), "budget[1].costCategory", "PERSONNEL",
                        "budget[1].researchCategory", "EXPERIMENTAL_DEVELOPMENT", "budget[1].amount", "mille"))
                .post(edit(d, "budget")).then().statusCode(400)
                .body(containsString("id=\"form-errors\""))
                .body(containsString("data-field=\"budget[1].amount\">is not a number"))
                .body(containsString("value=\"mille\""))
                .extract().asString();
        assertThat(budget).doesNotContain("data-field=\"budget[0].amount\"");

        // the service's rules name the field of the content: three decimals, a duration of 0
        form(d.lead()).formParams(Map.of("version", "0",
                        "budget[0].organizationId", String.valueOf(d.leadOrg()), "budget[0].costCategory", "PERSONNEL",
                        "budget[0].researchCategory", "INDUSTRIAL_RESEARCH", "budget[0].amount", "1.234,567"))
                .post(edit(d, "budget")).then().statusCode(400)
                .body(containsString("class=\"invalid-feedback d-block field-error\" data-field=\"budget[0].amount\""))
                .body(containsString("value=\"1.234,567\""));
        form(d.lead()).formParams(general("0", "Zero", "0")).post(edit(d, "general")).then().statusCode(400)
                .body(containsString("data-field=\"durationMonths\""))
                .body(containsString("id=\"durationMonths\" name=\"durationMonths\" value=\"0\""))
                .body(containsString("value=\"Zero\""));
        form(d.lead()).formParams(Map.of("version", "zero", "title", "No version")).post(edit(d, "general")).then()
                .statusCode(400).body(containsString("data-field=\"version\""));
        as(d.lead()).get("/api/proposals/" + d.id()).then().body("version", equalTo(0))
                .body("content.title", equalTo(null)).body("content.budget.size()", equalTo(0));
    }

    @Test
    void amountsAreReadInItalianAndPlainFormatAndTotalledPerPartnerAndCategory() {
        Draft d = draft("FORM-AMOUNTS", "amounts", 1315);
        String lead = String.valueOf(d.leadOrg());
        form(d.lead()).formParams(Map.of("version", "0", "partnerVat", Api.vat(1316))).formParam("action", "add:partners")
                .post(edit(d, "consortium")).then().statusCode(303)
                .header("Location", endsWith("/edit/consortium?saved=true#partners"));
        Map<String, Object> rows = new java.util.HashMap<>(Map.of("version", "1"));
        rows.putAll(budgetRow(0, lead, "PERSONNEL", "INDUSTRIAL_RESEARCH", "1.234,56"));
        rows.putAll(budgetRow(1, lead, "INSTRUMENTS_AND_EQUIPMENT", "EXPERIMENTAL_DEVELOPMENT", "1234.56"));
        rows.putAll(budgetRow(2, "", "", "", ""));
        rows.putAll(budgetRow(3, String.valueOf(d.partner()), "OVERHEADS_AND_OPERATING_COSTS", "INDUSTRIAL_RESEARCH",
                "2,000.10"));
        form(d.lead()).formParams(rows).post(edit(d, "budget")).then().statusCode(303);
        as(d.lead()).get("/api/proposals/" + d.id()).then()
                .body("content.budget.amount", equalTo(List.of(1234.56f, 1234.56f, 2000.10f)))
                .body("content.budget[2].organizationId", equalTo((int) d.partner()));
        page(d.lead()).get(edit(d, "budget")).then().statusCode(200)
                .body(containsString("id=\"total-research\"><strong>3.234,66</strong>"))
                .body(containsString("id=\"total-development\"><strong>1.234,56</strong>"))
                .body(containsString("id=\"total-all\"><strong>4.469,22</strong>"))
                .body(containsString("<th scope=\"row\">Partner amounts S.r.l.</th><td class=\"text-end\">2.000,10</td>"))
                .body(containsString("value=\"1234,56\""));
    }

    @Test
    void partnersAreAddedByVatNumberAndRemovedAndContractsNameTheirProvider() {
        Draft d = draft("FORM-CONSORTIUM", "consortium", 1320);
        form(d.lead()).formParams(Map.of("version", "0", "partnerVat", "12345678903")).post(edit(d, "consortium"))
                .then().statusCode(400).body(containsString("data-field=\"partnerVat\">no organisation registered"))
                .body(containsString("value=\"12345678903\""));
        form(d.lead()).formParams(Map.of("version", "0", "partnerVat", "IT " + Api.vat(1321),
                        "contracts[0].providerVat", Api.vat(1322), "contracts[0].subject", "Vision tests",
                        "contracts[0].amount", "60.000"))
                .post(edit(d, "consortium")).then().statusCode(303);
        as(d.lead()).get("/api/proposals/" + d.id()).then()
                .body("content.partners.organizationId", equalTo(List.of((int) d.partner())))
                .body("content.contracts[0].providerOrganizationId", equalTo((int) d.lab()))
                .body("content.contracts[0].amount", equalTo(60000));
        page(d.lead()).get(edit(d, "consortium")).then().statusCode(200)
                .body(containsString("Partner consortium S.r.l."))
                .body(containsString("class=\"small mb-2 provider-name\">Lab consortium"));
        form(d.lead()).formParams(Map.of("version", "1", "partners[0].organizationId", String.valueOf(d.partner()),
                        "partnerVat", Api.vat(1321)))
                .post(edit(d, "consortium")).then().statusCode(400)
                .body(containsString("already in the consortium"));
        form(d.lead()).formParams(Map.of("version", "1", "partners[0].organizationId", String.valueOf(d.partner()),
                        "contracts[0].providerVat", Api.vat(1322), "contracts[0].subject", "Vision tests",
                        "contracts[0].amount", "60000,00"))
                .formParam("action", "remove:partners[0]").post(edit(d, "consortium")).then().statusCode(303);
        as(d.lead()).get("/api/proposals/" + d.id()).then().body("content.partners.size()", equalTo(0))
                .body("content.contracts.size()", equalTo(1));
    }

    @Test
    void theSummaryLinksEveryBlockingItemToTheFieldThatHoldsIt() {
        Draft d = draft("FORM-SUMMARY", "summary", 1325, "B");
        String html = page(d.lead()).get("/proposals/" + d.id() + "/edit").then().statusCode(200)
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/general#title\""))
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/consortium#partners\""))
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/budget#budget\""))
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/work-packages#workPackages\""))
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/trl#trl\""))
                .body(containsString("data-section=\"general\" data-complete=\"false\""))
                .extract().asString();
        // the attestation of Line B is not a section of the form: it is on the proposal's page
        assertThat(html).contains("<li data-field=\"attachments.attestation\"><a href=\"/proposals/" + d.id() + "\"");
        // a section page shows its own items next to their fields, and only those
        page(d.lead()).get(edit(d, "general")).then().statusCode(200)
                .body(containsString("class=\"small text-danger field-issue\" data-field=\"title\""))
                .body(containsString("id=\"section-issues\""))
                .body(not(containsString("data-field=\"budget\"")));
        // in English, with the call's TRL limits
        page(d.lead()).cookie("lang", "en").get(edit(d, "trl")).then().statusCode(200)
                .body(containsString("This call: TRL at start at least 4; target TRL between 7 and 8"))
                .body(containsString("Save and go to the summary"));
        // the proposal's page links to the sections while it is a draft
        page(d.lead()).get("/proposals/" + d.id()).then().statusCode(200)
                .body(containsString("href=\"/proposals/" + d.id() + "/edit/budget\""));
    }

    @Test
    void onlyTheLeadsApplicantsEditAndOnlyADraft() {
        Draft d = draft("FORM-ACCESS", "access", 1330);
        String stranger = fixtures.applicant("form-stranger");
        as(stranger).body(Api.enterprise("Estranea S.r.l.", Api.vat(1333), "5", "500000", "400000"))
                .post("/api/organizations").then().statusCode(201);
        page(stranger).get(edit(d, "general")).then().statusCode(404);
        page(stranger).get("/proposals/" + d.id() + "/edit").then().statusCode(404);
        form(stranger).formParams(general("0", "Hijack", "12")).post(edit(d, "general")).then().statusCode(404);
        page(TestFixtures.OFFICER).get(edit(d, "general")).then().statusCode(403);
        form(TestFixtures.AUDITOR).formParams(general("0", "Audit", "12")).post(edit(d, "general")).then()
                .statusCode(403);
        page(d.lead()).get(edit(d, "appendix")).then().statusCode(404);
        given().redirects().follow(false).get(edit(d, "general")).then().statusCode(302)
                .header("Location", endsWith("/login"));
        as(d.lead()).get("/api/proposals/" + d.id()).then().body("content.title", equalTo(null));

        as(d.lead()).body(Map.of("version", 0, "content", Api.completeProposal(d.partner(), d.lab())))
                .put("/api/proposals/" + d.id()).then().statusCode(200);
        fixtures.confirmAll(d.id());
        as(d.lead()).header("Idempotency-Key", "form-access").post("/api/proposals/" + d.id() + "/submit").then()
                .statusCode(200);
        page(d.lead()).get(edit(d, "general")).then().statusCode(409);
        form(d.lead()).formParams(general("1", "After", "12")).post(edit(d, "general")).then().statusCode(409);
        page(d.lead()).get("/proposals/" + d.id()).then().body(not(containsString("id=\"edit-sections\"")));
    }

    // ---------------------------------------------------------------------------------------------------------

    record Draft(long id, String lead, long leadOrg, long partner, long lab) {
    }

    private Draft draft(String code, String name, int seed) {
        return draft(code, name, seed, "A");
    }

    /** A published call, a lead applicant with its draft, and a registered partner enterprise and lab. */
    private Draft draft(String code, String name, int seed, String line) {
        String lead = fixtures.applicant("form-" + name);
        long leadOrg = as(lead).body(Api.enterprise("Lead " + name + " S.r.l.", Api.vat(seed), "20", "3000000",
                "2000000")).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long partner = as(fixtures.applicant("form-" + name + "-partner")).body(Api.enterprise("Partner " + name
                + " S.r.l.", Api.vat(seed + 1), "10", "1000000", "900000")).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("form-" + name + "-lab")).body(Map.of("type", "ACCREDITED_LAB", "name",
                "Lab " + name, "vatNumber", Api.vat(seed + 2))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long call = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long id = as(lead).body(Map.of("callId", call, "line", line)).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Draft(id, lead, leadOrg, partner, lab);
    }

    private static String edit(Draft d, String section) {
        return "/proposals/" + d.id() + "/edit/" + section;
    }

    private static RequestSpecification page(String user) {
        return Api.page(user);
    }

    private static RequestSpecification form(String user) {
        return Api.form(user);
    }

    private static Map<String, String> general(String version, String title, String duration) {
        return Map.of("version", version, "title", title, "acronym", "COBOT", "summary", "Cobots",
                "thematicAreaCode", "MECH-ROBOTICS", "plannedStart", "2031-02-01", "durationMonths", duration);
    }

    private static Map<String, String> budgetRow(int i, String org, String cost, String research, String amount) {
        String p = "budget[" + i + "].";
        return Map.of(p + "organizationId", org, p + "costCategory", cost, p + "researchCategory", research,
                p + "amount", amount);
    }
}
