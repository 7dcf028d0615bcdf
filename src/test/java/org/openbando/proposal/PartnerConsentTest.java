package org.openbando.proposal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;
import org.openbando.shared.AuditTrail;

/**
 * Partners confirm their participation before the lead can submit (issue 12, finding H6), and the consortium page
 * names only organisations of the draft or found by VAT number (finding L5).
 */
@QuarkusTest
class PartnerConsentTest {

    static final String PROBLEMS = "https://openbando.org/problems/";

    @Inject
    TestFixtures fixtures;
    @Inject
    AuditTrail audit;

    @Test
    void aPartnerConfirmsAndWithdrawsBeforeSubmissionAndTheLeadSubmitsOnlyOnceAllHaveConfirmed() {
        Consortium c = consortium("CONSENT-FLOW", "consent-flow", 7101);
        long id = draft(c.lead(), c.call(), c.partner(), c.lab());

        // the validation list and the refused submission name the partner that has not confirmed
        as(c.lead()).get("/api/proposals/" + id + "/validation").then().statusCode(200)
                .body("find { it.field == 'partners[0].organizationId' }.message",
                        equalTo("partner Partner consent-flow S.r.l. has not confirmed its participation yet"));
        as(c.lead()).post("/api/proposals/" + id + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("partners[0].organizationId"))
                .body("errors.message", hasItem(containsString("Partner consent-flow S.r.l.")));
        as(c.lead()).get("/api/proposals/" + id + "/partners").then().statusCode(200)
                .body("organizationId[0]", equalTo((int) c.partner())).body("confirmed[0]", equalTo(false));

        // the partner sees the invitation: what it takes part in and its own budget, nothing else of the draft
        as(c.partnerUser()).get("/api/proposals/invitations").then().statusCode(200)
                .body("find { it.proposalId == " + id + " }.acronym", equalTo("COBOT-SB"))
                .body("find { it.proposalId == " + id + " }.leadName", equalTo("Lead consent-flow S.r.l."))
                .body("find { it.proposalId == " + id + " }.role", equalTo("PARTNER"))
                .body("find { it.proposalId == " + id + " }.budget.size()", equalTo(3))
                .body("find { it.proposalId == " + id + " }.confirmed", equalTo(false))
                .body("find { it.proposalId == " + id + " }", not(hasKey("content")))
                .body("find { it.proposalId == " + id + " }", not(hasKey("summary")));
        as(c.partnerUser()).post("/api/proposals/" + id + "/consent").then().statusCode(200)
                .body("confirmed", equalTo(true)).body("confirmedBy", equalTo(c.partnerUser()));
        as(c.partnerUser()).post("/api/proposals/" + id + "/consent").then().statusCode(200); // again: nothing new
        as(c.lead()).get("/api/proposals/" + id + "/partners").then()
                .body("confirmed[0]", equalTo(true)).body("confirmedBy[0]", equalTo(c.partnerUser()));
        as(c.lead()).get("/api/proposals/" + id + "/validation").then().body("$", empty());

        // withdrawn before submission: the draft's version moves, so a submission prepared before it is stale
        long version = as(c.lead()).get("/api/proposals/" + id).then().extract().jsonPath().getLong("version");
        as(c.partnerUser()).delete("/api/proposals/" + id + "/consent").then().statusCode(200)
                .body("confirmed", equalTo(false)).body("confirmedBy", nullValue());
        as(c.lead()).get("/api/proposals/" + id).then().body("version", equalTo((int) version + 1));
        as(c.lead()).post("/api/proposals/" + id + "/submit").then().statusCode(422);

        as(c.partnerUser()).post("/api/proposals/" + id + "/consent").then().statusCode(200);
        as(c.lead()).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        // after submission the confirmation stands
        as(c.partnerUser()).delete("/api/proposals/" + id + "/consent").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "consent-final"));
        as(c.partnerUser()).post("/api/proposals/" + id + "/consent").then().statusCode(409);
        as(c.partnerUser()).get("/api/proposals/" + id + "/consent").then().statusCode(200)
                .body("confirmed", equalTo(true)).body("status", equalTo("SUBMITTED"));

        List<String> actions = QuarkusTransaction.requiringNew().call(() -> audit.of("proposal", id).stream()
                .map(e -> e.action + ":" + e.actor).toList());
        assertThat(actions).containsSubsequence("partner-confirmed:" + c.partnerUser(),
                "partner-withdrew:" + c.partnerUser(), "partner-confirmed:" + c.partnerUser(), "submitted:" + c.lead());
    }

    @Test
    void aStrangerNeitherSeesNorConfirmsAnInvitationAndTheLeadCannotConfirmForItsPartner() {
        Consortium c = consortium("CONSENT-STRANGER", "consent-stranger", 7111);
        long id = draft(c.lead(), c.call(), c.partner(), c.lab());
        String stranger = fixtures.applicant("consent-stranger-other");
        organisation(stranger, "Estranea consent S.r.l.", 7115);

        as(stranger).get("/api/proposals/invitations").then().statusCode(200)
                .body("proposalId", not(hasItem((int) id)));
        as(stranger).get("/api/proposals/" + id + "/consent").then().statusCode(404);
        as(stranger).post("/api/proposals/" + id + "/consent").then().statusCode(404);
        as(stranger).delete("/api/proposals/" + id + "/consent").then().statusCode(404);
        as(stranger).get("/api/proposals/" + id + "/partners").then().statusCode(404);
        as(c.lead()).post("/api/proposals/" + id + "/consent").then().statusCode(404);
        as(TestFixtures.OFFICER).post("/api/proposals/" + id + "/consent").then().statusCode(403);
        // the lab is only a provider of research services: it is not asked to confirm, and cannot
        as(c.labUser()).post("/api/proposals/" + id + "/consent").then().statusCode(404);
        as(c.lead()).get("/api/proposals/" + id + "/partners").then().body("confirmed[0]", equalTo(false));

        // a partner removed from the consortium loses its confirmation: named again, it confirms again
        as(c.partnerUser()).post("/api/proposals/" + id + "/consent").then().statusCode(200);
        Map<String, Object> content = Api.completeProposal(c.partner(), c.lab());
        content.put("partners", List.of());
        as(c.lead()).body(Map.of("version", 1, "content", content)).put("/api/proposals/" + id).then()
                .statusCode(200);
        as(c.partnerUser()).get("/api/proposals/" + id + "/consent").then().statusCode(404);
        as(c.lead()).body(Map.of("version", 2, "content", Api.completeProposal(c.partner(), c.lab())))
                .put("/api/proposals/" + id).then().statusCode(200);
        as(c.partnerUser()).get("/api/proposals/" + id + "/consent").then().statusCode(200)
                .body("confirmed", equalTo(false));
    }

    /**
     * Finding H6: A names competitor V as partner in two proposals. Without V's confirmation A cannot submit them and
     * V's own submission succeeds; once V confirms one, A's submission counts towards V's maximum (2): V's second
     * proposal of its own is then refused.
     */
    @Test
    void aCompetitorNamedWithoutItsConsentKeepsItsMaximumOfProposals() {
        Consortium c = consortium("CONSENT-H6", "consent-h6", 7121);
        String victim = c.partnerUser(); // V
        long v = c.partner();
        long a1 = draft(c.lead(), c.call(), v, c.lab());
        long a2 = draft(c.lead(), c.call(), v, c.lab());
        as(c.lead()).post("/api/proposals/" + a1 + "/submit").then().statusCode(422);
        as(c.lead()).post("/api/proposals/" + a2 + "/submit").then().statusCode(422);

        // V's own proposal, with a partner of its choice that confirms
        String ally = fixtures.applicant("consent-h6-ally");
        long allyOrg = organisation(ally, "Alleata consent-h6 S.r.l.", 7125);
        long own = draft(victim, c.call(), allyOrg, c.lab());
        as(ally).post("/api/proposals/" + own + "/consent").then().statusCode(200);
        as(victim).post("/api/proposals/" + own + "/submit").then().statusCode(200);

        // V confirms A's first proposal: A submits it, and it counts towards V's maximum
        as(victim).post("/api/proposals/" + a1 + "/consent").then().statusCode(200);
        as(c.lead()).post("/api/proposals/" + a1 + "/submit").then().statusCode(200);
        long second = draft(victim, c.call(), allyOrg, c.lab());
        as(ally).post("/api/proposals/" + second + "/consent").then().statusCode(200);
        as(victim).post("/api/proposals/" + second + "/submit").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "too-many-proposals"));
        // A's second proposal, never confirmed by V, still cannot be submitted
        as(c.lead()).post("/api/proposals/" + a2 + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("partners[0].organizationId"));
    }

    @Test
    void thePartnerConfirmsOnItsProposalsPageAndTheLeadSeesItOnTheConsortiumPage() {
        Consortium c = consortium("CONSENT-PAGE", "consent-page", 7131);
        long id = draft(c.lead(), c.call(), c.partner(), c.lab());
        Api.page(c.lead()).get("/proposals/" + id + "/edit/consortium").then().statusCode(200)
                .body(containsString("In attesa di conferma del partner"));
        Api.page(c.partnerUser()).get("/proposals").then().statusCode(200)
                .body(containsString("Inviti a partecipare"))
                .body(containsString("action=\"/proposals/" + id + "/consent\""))
                .body(not(containsString("Cobots that learn"))); // nothing of the draft beyond what it must know
        Api.page(c.partnerUser()).cookie("lang", "en").get("/proposals").then().statusCode(200)
                .body(containsString("Invitations to take part"));
        Api.form(c.partnerUser()).post("/proposals/" + id + "/consent").then().statusCode(303);
        Api.page(c.partnerUser()).get("/proposals?confirmed=true").then().statusCode(200)
                .body(containsString("action=\"/proposals/" + id + "/consent/withdraw\""));
        Api.page(c.lead()).get("/proposals/" + id + "/edit/consortium").then().statusCode(200)
                .body(containsString("Partecipazione confermata"));
        Api.form(c.partnerUser()).post("/proposals/" + id + "/consent/withdraw").then().statusCode(303);
        Api.page(c.lead()).get("/proposals/" + id).then().statusCode(200)
                .body(containsString("non ha ancora confermato la sua partecipazione"));
        Api.form(c.labUser()).post("/proposals/" + id + "/consent").then().statusCode(404);
    }

    /** Finding L5: an id posted to the consortium page is neither named nor saved; a VAT number found is. */
    @Test
    void theConsortiumPageNamesOnlyOrganisationsOfTheDraftOrFoundByVatNumber() {
        Consortium c = consortium("CONSENT-L5", "consent-l5", 7141);
        long id = as(c.lead()).body(Map.of("callId", c.call(), "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long bystander = organisation(fixtures.applicant("consent-l5-bystander"), "Riservata consent-l5 S.p.A.", 7145);

        Api.form(c.lead()).formParams(Map.of("version", "0", "partners[0].organizationId", String.valueOf(bystander)))
                .post("/proposals/" + id + "/edit/consortium").then().statusCode(400)
                .body(not(containsString("Riservata consent-l5")))
                .body(not(containsString(Api.vat(7145))))
                .body(containsString("#" + bystander));
        as(c.lead()).get("/api/proposals/" + id).then().body("version", equalTo(0))
                .body("content.partners", empty());

        Api.form(c.lead()).formParams(Map.of("version", "0", "partnerVat", Api.vat(7145)))
                .post("/proposals/" + id + "/edit/consortium").then().statusCode(303);
        Api.page(c.lead()).get("/proposals/" + id + "/edit/consortium").then().statusCode(200)
                .body(containsString("Riservata consent-l5 S.p.A."));
    }

    // ----------------------------------------------------------------------------------------------------------

    record Consortium(long call, String lead, String partnerUser, long partner, String labUser, long lab) {
    }

    /** A published open call; a lead enterprise, a partner enterprise and a research lab, each with its user. */
    private Consortium consortium(String code, String name, int seed) {
        long call = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        String lead = fixtures.applicant(name + "-lead");
        organisation(lead, "Lead " + name + " S.r.l.", seed);
        String partnerUser = fixtures.applicant(name + "-partner");
        long partner = organisation(partnerUser, "Partner " + name + " S.r.l.", seed + 1);
        String labUser = fixtures.applicant(name + "-lab");
        long lab = as(labUser).body(Map.of("type", "RESEARCH_CENTRE", "name", "Lab " + name, "vatNumber",
                Api.vat(seed + 2))).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        return new Consortium(call, lead, partnerUser, partner, labUser, lab);
    }

    /** A complete draft of the lead naming the partner (not yet confirmed). */
    private static long draft(String lead, long call, long partner, long lab) {
        long id = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab))).put("/api/proposals/" + id)
                .then().statusCode(200);
        return id;
    }

    private static long organisation(String applicant, String name, int seed) {
        return as(applicant).body(Api.enterprise(name, Api.vat(seed), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
