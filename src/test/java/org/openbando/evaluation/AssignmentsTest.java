package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.openbando.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.Api;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.shared.Sha256;

/** The panel of an admitted proposal: proposal, assignment, declaration, decline, reassignment, removal. */
@QuarkusTest
class AssignmentsTest {

    @Inject
    AdmittedProposal admitted;
    @Inject
    AgroalDataSource dataSource;

    RawSql sql;

    @BeforeEach
    void sql() {
        sql = new RawSql(dataSource);
    }

    static String evaluations(SubmittedProposal s) {
        return "/api/evaluations/" + s.submission();
    }

    @Test
    void theOfficerAssignsAndTheExpertAcceptsWithADeclarationStoredHashedAndFrozen() {
        SubmittedProposal s = admitted.admit("ASSIGN-ACCEPT", 30000);
        String ada = Experts.expert("as-ada", null);
        String bruno = Experts.expert("as-bruno", null);
        String carla = Experts.expert("as-carla", null);
        // works for the lab that the consortium contracts: never proposed, never assignable
        String lab = Experts.expert("as-lab", Api.vat(30000 + 5000));
        as(TestFixtures.OFFICER).get("/api/proposals/" + s.proposal()).then().body("status",
                equalTo("UNDER_EVALUATION"));

        JsonPath proposal = as(TestFixtures.OFFICER).get(evaluations(s) + "/panel-proposal").then().statusCode(200)
                .body("status", equalTo("PANEL_PENDING")).body("seats", is(3)).body("emptySeats", contains(1, 2, 3))
                .body("acronym", equalTo("COBOT-SB")).body("suggested", hasSize(3))
                .body("proposed.username", not(hasItem(lab)))
                .body("excluded.find { it.username == '" + lab + "' }.exclusion",
                        equalTo("AFFILIATION_IN_CONSORTIUM"))
                .extract().jsonPath();
        assertThat(proposal.getList("proposed.username")).contains(ada, bruno, carla);

        // exactly three distinct experts, none excluded
        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(ada, bruno))).post(evaluations(s) + "/panel")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field",
                        equalTo("experts"));
        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(ada, bruno, lab))).post(evaluations(s) + "/panel")
                .then().statusCode(400).body("errors[0].field", equalTo("experts[2]"))
                .body("errors[0].message", containsString("AFFILIATION_IN_CONSORTIUM"));
        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(ada, ada, bruno))).post(evaluations(s) + "/panel")
                .then().statusCode(400).body("errors[0].field", equalTo("experts[1]"));
        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(ada, bruno, carla), "rapporteur", "nobody"))
                .post(evaluations(s) + "/panel").then().statusCode(400).body("errors[0].field",
                        equalTo("rapporteur"));
        as(ada).body(Map.of("experts", List.of(ada, bruno, carla))).post(evaluations(s) + "/panel").then()
                .statusCode(403);

        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(ada, bruno, carla), "rapporteur", ada))
                .post(evaluations(s) + "/panel").then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("panel.expert", contains(ada, bruno, carla)).body("panel.seat", contains(1, 2, 3))
                .body("rapporteur", equalTo(ada)).body("emptySeats", hasSize(0));
        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(ada, bruno, carla))).post(evaluations(s) + "/panel")
                .then().statusCode(409).body("type", equalTo("https://openbando.org/problems/panel-assigned"));

        // the inbox shows the call, protocol, acronym, title, consortium; nothing else of the proposal
        JsonPath inbox = as(ada).get("/api/evaluations/assignments").then().statusCode(200).body("$", hasSize(1))
                .body("[0].acronym", equalTo("COBOT-SB")).body("[0].status", equalTo("ASSIGNED"))
                .body("[0].seat", is(1)).body("[0].consortium", hasSize(3)).body("[0].rapporteur", is(true))
                .body("[0].declared", is(false)).extract().jsonPath();
        assertThat(inbox.getMap("[0]").keySet()).doesNotContain("summary", "content", "budget", "workPackages");
        long assignment = inbox.getLong("[0].id");
        as(bruno).get("/api/evaluations/assignments/" + assignment).then().statusCode(404);
        as(s.lead()).get("/api/evaluations/assignments").then()
                .statusCode(403);

        String toSign = as(ada).get("/api/evaluations/assignments/" + assignment + "?lang=en").then()
                .statusCode(200).body("declaration.signed", is(false))
                .body("declaration.text", containsString("COBOT-SB"))
                .body("declaration.text", containsString("Lab assign-accept-30000"))
                .extract().path("declaration.text");
        assertThat(toSign).contains("6-bis", "confidential");

        as(ada).body(Map.of("language", "xx")).post("/api/evaluations/assignments/" + assignment + "/accept").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field",
                        equalTo("language"));
        as(bruno).body(Map.of("language", "en")).post("/api/evaluations/assignments/" + assignment + "/accept")
                .then().statusCode(404);
        JsonPath accepted = as(ada).body(Map.of("language", "en")).post("/api/evaluations/assignments/"
                + assignment + "/accept").then().statusCode(200).body("assignment.status", equalTo("ACCEPTED"))
                .body("declaration.signed", is(true)).body("declaration.language", equalTo("en")).extract()
                .jsonPath();
        String text = accepted.getString("declaration.text");
        assertThat(text).isEqualTo(toSign);
        assertThat(accepted.getString("declaration.sha256")).isEqualTo(Sha256.of(text));
        assertThat(sql.queryLong("select count(*) from openbando.conflict_declaration where assignment_id = ? "
                + "and expert = ? and sha256 = ?", assignment, ada, Sha256.of(text))).isEqualTo(1);
        as(ada).body(Map.of("language", "it")).post("/api/evaluations/assignments/" + assignment + "/accept").then()
                .statusCode(409).body("type", equalTo("https://openbando.org/problems/not-awaiting-answer"));

        // the signed declaration is never changed nor removed
        assertThatThrownBy(() -> sql.update("update openbando.conflict_declaration set text = 'nothing' "
                + "where assignment_id = ?", assignment)).isInstanceOf(SQLException.class)
                .hasMessageContaining("is refused");
        assertThatThrownBy(() -> sql.update("delete from openbando.conflict_declaration where assignment_id = ?",
                assignment)).isInstanceOf(SQLException.class).hasMessageContaining("is refused");
        assertThat(sql.queryLong("select count(*) from openbando.audit_event where entity_type = "
                + "'evaluation_assignment' and entity_id = ? and action = 'accepted'", assignment)).isEqualTo(1);
    }

    @Test
    void aDeclineEmptiesTheSeatAndTheOfficerGivesItToAnotherExpertNeverTheConflictedOne() {
        SubmittedProposal s = admitted.admit("ASSIGN-DECLINE", 30010);
        List<String> panel = List.of(Experts.expert("ad-ada", null), Experts.expert("ad-bruno", null),
                Experts.expert("ad-carla", null));
        String dario = Experts.expert("ad-dario", null);
        as(TestFixtures.OFFICER).body(Map.of("experts", panel)).post(evaluations(s) + "/panel").then()
                .statusCode(200);
        long bruno = as("ad-bruno").get("/api/evaluations/assignments").then().extract().jsonPath()
                .getLong("[0].id");

        as("ad-bruno").body(Map.of("reason", "TERM_LAPSED")).post("/api/evaluations/assignments/" + bruno
                + "/decline").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("ad-bruno").body(Map.of("reason", "CONFLICT", "note", "x".repeat(2001))).post("/api/evaluations/"
                + "assignments/" + bruno + "/decline").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", startsWith("note"));
        as("ad-bruno").body(Map.of("reason", "CONFLICT", "note", "I advised the lead last year"))
                .post("/api/evaluations/assignments/" + bruno + "/decline").then().statusCode(200)
                .body("assignment.status", equalTo("DECLINED")).body("assignment.endReason", equalTo("CONFLICT"));

        as(TestFixtures.OFFICER).get(evaluations(s) + "/panel-proposal").then().statusCode(200)
                .body("emptySeats", contains(2)).body("suggested", contains(dario))
                .body("excluded.find { it.username == 'ad-bruno' }.exclusion", equalTo("DECLARED_CONFLICT"))
                .body("ended[0].expert", equalTo("ad-bruno"));

        as(TestFixtures.OFFICER).body(Map.of("expert", "ad-bruno")).post(evaluations(s) + "/seats/2").then()
                .statusCode(400).body("errors[0].field", equalTo("expert"))
                .body("errors[0].message", containsString("DECLARED_CONFLICT"));
        as(TestFixtures.OFFICER).body(Map.of("expert", dario)).post(evaluations(s) + "/seats/1").then()
                .statusCode(409).body("type", equalTo("https://openbando.org/problems/seat-taken"));
        as(TestFixtures.OFFICER).body(Map.of("expert", dario)).post(evaluations(s) + "/seats/9").then()
                .statusCode(400).body("errors[0].field", equalTo("seat"));
        as(TestFixtures.OFFICER).body(Map.of("expert", dario)).post(evaluations(s) + "/seats/2").then()
                .statusCode(200).body("panel.expert", contains("ad-ada", dario, "ad-carla"));
        as(dario).get("/api/evaluations/assignments").then().body("[0].seat", is(2)).body("[0].status",
                equalTo("ASSIGNED"));

        // a conflict found later: the officer removes the expert, with the reason; the seat is empty again
        long carla = as("ad-carla").get("/api/evaluations/assignments").then().extract().jsonPath().getLong("[0].id");
        as(TestFixtures.OFFICER).body(Map.of("reason", "CONFLICT")).post("/api/evaluations/assignments/" + carla
                + "/removal").then().statusCode(400).body("errors[0].field", equalTo("note"));
        as("ad-carla").body(Map.of("reason", "CONFLICT", "note", "x")).post("/api/evaluations/assignments/" + carla
                + "/removal").then().statusCode(403);
        as(TestFixtures.OFFICER).body(Map.of("reason", "CONFLICT", "note", "She co-authored the lead's patent"))
                .post("/api/evaluations/assignments/" + carla + "/removal").then().statusCode(200)
                .body("assignment.status", equalTo("REMOVED"));
        as(TestFixtures.OFFICER).get(evaluations(s) + "/panel-proposal").then().body("emptySeats", contains(3))
                .body("excluded.find { it.username == 'ad-carla' }.exclusion", equalTo("DECLARED_CONFLICT"));
        as(TestFixtures.OFFICER).body(Map.of("reason", "OTHER", "note", "again")).post("/api/evaluations/"
                + "assignments/" + carla + "/removal").then().statusCode(409);
    }

    @Test
    void theRapporteurIsAnExpertInForceOnThePanel() {
        SubmittedProposal s = admitted.admit("ASSIGN-RAPP", 30020);
        List<String> panel = List.of(Experts.expert("ar-ada", null), Experts.expert("ar-bruno", null),
                Experts.expert("ar-carla", null));
        as(TestFixtures.OFFICER).body(Map.of("expert", "ar-ada")).post(evaluations(s) + "/rapporteur").then()
                .statusCode(409);
        as(TestFixtures.OFFICER).body(Map.of("experts", panel)).post(evaluations(s) + "/panel").then()
                .statusCode(200).body("rapporteur", equalTo(null));
        as(TestFixtures.OFFICER).body(Map.of("expert", "as-nobody")).post(evaluations(s) + "/rapporteur").then()
                .statusCode(400).body("errors[0].field", equalTo("expert"));
        as(TestFixtures.OFFICER).body(Map.of("expert", "ar-carla")).post(evaluations(s) + "/rapporteur").then()
                .statusCode(200).body("rapporteur", equalTo("ar-carla"));
        as(TestFixtures.OFFICER).get("/api/evaluations/999999/panel-proposal").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theExpertsMayNotTakeMoreProposalsOfACallThanTheirProfileSays() {
        long call = SubmittedProposal.openCall("ASSIGN-FULL");
        SubmittedProposal first = admitted.admit("ASSIGN-FULL", 30030, call);
        SubmittedProposal second = admitted.admit("ASSIGN-FULL", 30040, call);
        String busy = Experts.user("af-busy");
        Map<String, Object> profile = Experts.profile(null, List.of("MECH"), List.of());
        profile.put("maxProposalsPerCall", 1);
        as(TestFixtures.OFFICER).body(profile).put("/api/experts/" + busy).then().statusCode(200);
        List<String> others = List.of(Experts.expert("af-b", null), Experts.expert("af-c", null),
                Experts.expert("af-d", null), Experts.expert("af-e", null));
        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(busy, others.get(0), others.get(1))))
                .post(evaluations(first) + "/panel").then().statusCode(200);
        as(TestFixtures.OFFICER).get(evaluations(second) + "/panel-proposal").then()
                .body("excluded.find { it.username == 'af-busy' }.exclusion", equalTo("FULL"));
        as(TestFixtures.OFFICER).body(Map.of("experts", List.of(others.get(2), others.get(3), busy)))
                .post(evaluations(second) + "/panel").then().statusCode(400).body("errors[0].field",
                        equalTo("experts[2]"));
        // the call-wide proposal: the proposal with empty seats, never the full expert
        as(TestFixtures.OFFICER).get("/api/evaluations/calls/" + call + "/panel-proposals").then().statusCode(200)
                .body("suggestions", hasSize(1)).body("suggestions[0].submissionId", is((int) second.submission()))
                .body("suggestions[0].experts", hasSize(3))
                .body("suggestions[0].experts", not(hasItem(busy)));
    }
}
