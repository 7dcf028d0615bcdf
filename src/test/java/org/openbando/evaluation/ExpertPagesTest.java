package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;
import static org.openbando.Api.form;
import static org.openbando.Api.page;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;

/**
 * The expert's pages (VAT seeds 33000-33999): the inbox, the declaration signed to accept (nothing of the proposal
 * before), the decline with its reason, the scoring form beside the proposal (saving with its version, errors by
 * field, confirmation, the frozen evaluation with its hash, the panel's scores only after one's own), the consensus
 * form of the rapporteur and its reading by the others; in Italian and English; and who may not see them.
 */
@QuarkusTest
class ExpertPagesTest {

    static final List<String> CRITERIA = List.of("INNOVATIVENESS", "TECHNICAL_QUALITY", "TEAM", "IMPACT",
            "COOPERATION");
    static final String COMMENT = "A reasoned comment of more than twenty characters.";

    @Inject
    AdmittedProposal admitted;
    @Inject
    EvaluationSteps steps;

    /** An admitted proposal with a panel of three experts, the first the rapporteur; their assignments by expert. */
    record Panel(SubmittedProposal s, List<String> experts, Map<String, Long> assignments) {

        String expert(int i) {
            return experts.get(i);
        }

        long assignment(int i) {
            return assignments.get(experts.get(i));
        }
    }

    Panel panel(String code, int seed, String prefix) {
        SubmittedProposal s = admitted.admit(code, seed);
        List<String> experts = new ArrayList<>();
        for (String n : List.of("a", "b", "c")) {
            experts.add(expert(prefix + "-" + n));
        }
        as(TestFixtures.OFFICER).body(Map.of("experts", experts, "rapporteur", experts.get(0)))
                .post("/api/evaluations/" + s.submission() + "/panel").then().statusCode(200);
        Map<String, Long> assignments = new HashMap<>();
        for (String e : experts) { // the inbox page names each assignment with its submission
            Matcher m = Pattern.compile("data-assignment=\"(\\d+)\" data-submission=\"" + s.submission() + "\"")
                    .matcher(page(e).get("/expert").then().statusCode(200).extract().asString());
            assertThat(m.find()).as("the inbox of " + e + " lists the assignment").isTrue();
            assignments.put(e, Long.valueOf(m.group(1)));
        }
        return new Panel(s, experts, assignments);
    }

    static String expert(String username) {
        as(TestFixtures.ADMIN).body(Map.of("username", username, "password", TestFixtures.PASSWORD, "displayName",
                "Expert " + username, "email", username + "@test.openbando.org", "roles", Set.of("EVALUATOR"),
                "locale", "it")).post("/api/users").then().statusCode(201);
        Map<String, Object> profile = new HashMap<>();
        profile.put("affiliationName", "Università di prova");
        profile.put("clusterCodes", List.of("MECH"));
        profile.put("areaCodes", List.of("MECH-ROBOTICS"));
        profile.put("languages", List.of("it", "en"));
        profile.put("maxProposalsPerCall", 10);
        profile.put("active", true);
        as(TestFixtures.OFFICER).body(profile).put("/api/experts/" + username).then().statusCode(200);
        return username;
    }

    static String scores(long assignment) {
        return "/expert/assignments/" + assignment + "/scores";
    }

    /** The version the page's form carries. */
    static String version(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).as("the form carries its version").isTrue();
        return m.group(1);
    }

    /** A complete scoring form as the page posts it: every criterion at {@code score}, TRL all yes. */
    static Map<String, Object> complete(String version, String score) {
        Map<String, Object> f = new HashMap<>();
        f.put("version", version);
        CRITERIA.forEach(c -> {
            f.put("score." + c, score);
            f.put("comment." + c, COMMENT);
        });
        f.put("trl.startCredible", "yes");
        f.put("trl.startReason", "A lab prototype exists.");
        f.put("trl.targetReachable", "yes");
        f.put("trl.targetReason", "A pilot cell is planned.");
        f.put("wp.0.reachable", "yes");
        f.put("wp.0.reason", "Its plan is sound.");
        return f;
    }

    @Test
    void theInboxAndTheDeclarationShowNothingOfTheProposalBeforeAcceptingInBothLanguages() {
        Panel p = panel("EXP-DECL", 33000, "xd");
        String ada = p.expert(0);
        page(ada).get("/expert").then().statusCode(200)
                .body(containsString("Le tue valutazioni"))
                .body(containsString("id=\"nav-evaluations\""))
                .body(containsString("data-assignment=\"" + p.assignment(0) + "\""))
                .body(containsString("COBOT-SB"))
                .body(containsString("data-status=\"ASSIGNED\""))
                .body(containsString("Da accettare o rifiutare"));
        page(ada).cookie("lang", "en").get("/expert").then().statusCode(200)
                .body(containsString("Your evaluations")).body(containsString("To accept or decline"));

        String it = page(ada).get("/expert/assignments/" + p.assignment(0)).then().statusCode(200)
                .body(containsString("DICHIARAZIONE DI ASSENZA DI CONFLITTI DI INTERESSE"))
                .body(containsString("id=\"accept-form\""))
                .body(containsString("id=\"decline-form\""))
                .body(containsString("Capofila exp-decl-33000")) // the consortium's names
                .extract().asString();
        assertThat(it).as("nothing of the proposal beyond title, acronym and consortium")
                .doesNotContain("Cobots that learn a machining task").doesNotContain("relazione.pdf")
                .doesNotContain("/attachments/");
        page(ada).cookie("lang", "en").get("/expert/assignments/" + p.assignment(0)).then().statusCode(200)
                .body(containsString("DECLARATION OF ABSENCE OF CONFLICT OF INTEREST"))
                .body(containsString("Accept and sign the declaration"));
        // the form of an expert who has not accepted leads back to the declaration; attachments do not exist for them
        page(ada).get(scores(p.assignment(0))).then().statusCode(303)
                .header("Location", endsWith("/expert/assignments/" + p.assignment(0)));
        page(ada).get("/expert/assignments/" + p.assignment(0) + "/attachments/" + p.s().attachment()).then()
                .statusCode(404);
        as(ada).get("/api/proposals/" + p.s().proposal()).then().statusCode(404);

        // accepting needs the box ticked
        form(ada).post("/expert/assignments/" + p.assignment(0) + "/accept").then().statusCode(400)
                .body(containsString("data-field=\"declare\""))
                .body(containsString("Spunta la casella della dichiarazione"));
        form(ada).cookie("lang", "en").formParam("declare", "yes")
                .post("/expert/assignments/" + p.assignment(0) + "/accept").then().statusCode(303)
                .header("Location", endsWith(scores(p.assignment(0))));
        page(ada).get("/expert/assignments/" + p.assignment(0)).then().statusCode(200)
                .body(containsString("id=\"declaration-signed\""))
                .body(containsString("DECLARATION OF ABSENCE")) // the text as signed, in English
                .body(containsString("id=\"go-scores\""));
        // accepted: the proposal opens to the expert, through the proposal's own services
        as(ada).get("/api/proposals/" + p.s().proposal()).then().statusCode(200);
        page(ada).get("/expert").then().statusCode(200).body(containsString("data-status=\"ACCEPTED\""));
    }

    @Test
    void anExpertDeclinesWithAReason() {
        Panel p = panel("EXP-DECLINE", 33010, "xn");
        String bruno = p.expert(1);
        form(bruno).formParam("note", "x").post("/expert/assignments/" + p.assignment(1) + "/decline").then()
                .statusCode(400).body(containsString("data-field=\"reason\""))
                .body(containsString("Scegli il motivo del rifiuto"));
        form(bruno).formParam("reason", "TERM_LAPSED").post("/expert/assignments/" + p.assignment(1) + "/decline")
                .then().statusCode(400).body(containsString("data-field=\"reason\""));
        form(bruno).formParam("reason", "WORKLOAD").formParam("note", "x".repeat(2001))
                .post("/expert/assignments/" + p.assignment(1) + "/decline").then().statusCode(400)
                .body(containsString("data-field=\"note\""));
        form(bruno).formParam("reason", "WORKLOAD").formParam("note", "Three other panels this month")
                .post("/expert/assignments/" + p.assignment(1) + "/decline").then().statusCode(303)
                .header("Location", endsWith("/expert?declined=true"));
        page(bruno).get("/expert?declined=true").then().statusCode(200)
                .body(containsString("id=\"declined-notice\"")).body(containsString("data-status=\"DECLINED\""));
        // an ended seat: no declaration to sign, no form
        page(bruno).get("/expert/assignments/" + p.assignment(1)).then().statusCode(200)
                .body(containsString("id=\"assignment-ended\"")).body(not(containsString("id=\"accept-form\"")));
        form(bruno).formParam("declare", "yes").post("/expert/assignments/" + p.assignment(1) + "/accept").then()
                .statusCode(409);
    }

    @Test
    void theScoringFormSavesAsYouGoShowsErrorsByFieldAndSubmitsAfterConfirmation() {
        Panel p = panel("EXP-SCORE", 33020, "xs");
        String ada = p.expert(0);
        long a = p.assignment(0);
        form(ada).formParam("declare", "yes").post("/expert/assignments/" + a + "/accept").then().statusCode(303);

        String html = page(ada).get(scores(a)).then().statusCode(200)
                .body(containsString("Valutazione individuale"))
                .body(containsString("Cobots that learn a machining task")) // the proposal beside the form
                .body(containsString("href=\"/expert/assignments/" + a + "/attachments/" + p.s().attachment() + "\""))
                .body(containsString("id=\"eligibility-results\""))
                .body(containsString("Learning from demonstration"))
                .body(containsString("name=\"score.INNOVATIVENESS\""))
                .body(containsString("<option value=\"29.5\"")) // 0..30 in steps of 0.5
                .body(containsString("id=\"panel-blind\"")) // the others' scores stay hidden
                .body(containsString("src=\"/js/expert-autosave.js\""))
                .extract().asString();
        page(ada).get("/expert/assignments/" + a + "/attachments/" + p.s().attachment()).then().statusCode(200)
                .contentType("application/pdf");
        page(ada).get("/expert/assignments/" + a + "/attachments/999999999").then().statusCode(404);
        String v0 = version(html);

        // a score off the step and a number that is none: errors under their fields, nothing saved
        Map<String, Object> bad = new HashMap<>(Map.of("version", v0, "score.INNOVATIVENESS", "7.3",
                "comment.INNOVATIVENESS", "short"));
        form(ada).formParams(bad).post(scores(a)).then().statusCode(400)
                .body(containsString("data-field=\"score.INNOVATIVENESS\""))
                .body(containsString("La valutazione non è stata salvata"));
        form(ada).formParams(Map.of("version", v0, "score.TEAM", "tre")).post(scores(a)).then().statusCode(400)
                .body(containsString("data-field=\"score.TEAM\""));
        form(ada).formParams(Map.of("version", v0, "trl.startCredible", "maybe")).post(scores(a)).then()
                .statusCode(400).body(containsString("data-field=\"trl.startCredible\""));
        form(ada).formParams(Map.of("score.TEAM", "3")).post(scores(a)).then().statusCode(400)
                .body(containsString("reload the page"));

        // a partial draft is saved (comma or dot, as people type)
        form(ada).formParams(Map.of("version", v0, "score.INNOVATIVENESS", "25,5", "comment.INNOVATIVENESS",
                COMMENT, "trl.startCredible", "no")).post(scores(a)).then().statusCode(303)
                .header("Location", endsWith(scores(a) + "?saved=true"));
        String saved = page(ada).get(scores(a) + "?saved=true").then().statusCode(200)
                .body(containsString("id=\"saved-notice\""))
                .body(containsString("<option value=\"25.5\" selected>"))
                .body(containsString("id=\"trl.startCredible-no\" value=\"no\" checked"))
                .extract().asString();
        String v1 = version(saved);
        // saved again: the form rendered before is stale now, refused, and what was typed is shown again
        form(ada).formParams(Map.of("version", v1, "score.INNOVATIVENESS", "25.5", "comment.INNOVATIVENESS",
                COMMENT, "trl.startCredible", "no")).post(scores(a)).then().statusCode(303);
        String v2 = version(page(ada).get(scores(a)).then().statusCode(200).extract().asString());
        assertThat(v2).isNotEqualTo(v1);
        form(ada).formParams(Map.of("version", v1, "score.TEAM", "10", "comment.TEAM", "typed on a stale page"))
                .post(scores(a)).then().statusCode(409).body(containsString("id=\"stale-notice\""))
                .body(containsString("typed on a stale page"));

        // submitting asks for the confirmation (what was typed is saved meanwhile), then for what is missing
        form(ada).formParams(Map.of("version", v2, "score.TEAM", "10", "action", "submit")).post(scores(a)).then()
                .statusCode(400).body(containsString("data-field=\"confirm\""));
        String v3 = version(page(ada).get(scores(a)).then().statusCode(200)
                .body(containsString("<option value=\"10\" selected>")).extract().asString());
        form(ada).formParams(Map.of("version", v3, "score.TEAM", "10", "action", "submit", "confirm", "yes"))
                .post(scores(a)).then().statusCode(422)
                .body(containsString("data-field=\"comment.TEAM\""))
                .body(containsString("data-field=\"wp.0.reachable\""));
        String v4 = version(page(ada).get(scores(a)).then().statusCode(200).extract().asString());

        Map<String, Object> all = complete(v4, "12");
        all.put("action", "submit");
        all.put("confirm", "yes");
        form(ada).formParams(all).post(scores(a)).then().statusCode(303)
                .header("Location", endsWith(scores(a) + "?submitted=true"));
        page(ada).cookie("lang", "en").get(scores(a) + "?submitted=true").then().statusCode(200)
                .body(containsString("id=\"submitted-notice\""))
                .body(containsString("id=\"evaluation-hash\""))
                .body(containsString("Submitted evaluation"))
                .body(not(containsString("id=\"scores-form\"")))
                .body(containsString("id=\"panel-table\"")) // submitted: the panel's scores, others not yet in
                .body(containsString("not submitted yet"));
        // frozen
        form(ada).formParams(complete(v4, "11")).post(scores(a)).then().statusCode(409);
    }

    @Test
    void otherExpertsAndApplicantsSeeNothing() {
        Panel p = panel("EXP-ACCESS", 33030, "xa");
        String ada = p.expert(0);
        String bruno = p.expert(1);
        String stranger = expert("xa-stranger");
        form(ada).formParam("declare", "yes").post("/expert/assignments/" + p.assignment(0) + "/accept").then()
                .statusCode(303);
        for (String other : List.of(bruno, stranger)) {
            page(other).get("/expert/assignments/" + p.assignment(0)).then().statusCode(404);
            page(other).get(scores(p.assignment(0))).then().statusCode(404);
            form(other).formParam("declare", "yes").post("/expert/assignments/" + p.assignment(0) + "/accept")
                    .then().statusCode(404);
            page(other).get("/expert/assignments/" + p.assignment(0) + "/attachments/" + p.s().attachment())
                    .then().statusCode(404);
            page(other).get("/expert/evaluations/" + p.s().submission() + "/consensus").then().statusCode(404);
        }
        page(stranger).get("/expert").then().statusCode(200).body(containsString("id=\"inbox-none\""));
        as(stranger).get("/api/proposals/" + p.s().proposal()).then().statusCode(404);
        // the applicant: no expert's page at all
        page(p.s().lead()).get("/expert").then().statusCode(403);
        page(p.s().lead()).get("/expert/assignments/" + p.assignment(0)).then().statusCode(403);
        page(TestFixtures.OFFICER).get("/expert").then().statusCode(403);
    }

    @Test
    void theRapporteurWritesTheConsensusAndThePanelReadsIt() {
        Panel p = panel("EXP-CONS", 33040, "xc");
        // INNOVATIVENESS (out of 30) diverges: 12, 29, 13 spread 17, more than 30% of 30; the others agree at 10
        List<String> given = List.of("12", "29", "13");
        for (int i = 0; i < 3; i++) {
            String e = p.expert(i);
            long a = p.assignment(i);
            form(e).formParam("declare", "yes").post("/expert/assignments/" + a + "/accept").then().statusCode(303);
            Map<String, Object> f = complete(version(page(e).get(scores(a)).then().statusCode(200).extract()
                    .asString()), "10");
            f.put("score.INNOVATIVENESS", given.get(i));
            f.put("action", "submit");
            f.put("confirm", "yes");
            form(e).formParams(f).post(scores(a)).then().statusCode(303);
            if (i == 0) { // ada submitted, the others not yet: the consensus waits
                page(e).get("/expert/evaluations/" + p.s().submission() + "/consensus").then().statusCode(200)
                        .body(containsString("id=\"consensus-waiting\""));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> steps.consensusStarted(p.s().submission()));
        String consensus = "/expert/evaluations/" + p.s().submission() + "/consensus";
        String html = page(p.expert(0)).get(consensus).then().statusCode(200)
                .body(containsString("id=\"consensus-form\""))
                .body(containsString("data-criterion=\"INNOVATIVENESS\" data-divergent=\"true\""))
                .body(containsString("divergenza"))
                .body(containsString(">29</td>"))
                .extract().asString();
        // the others read it, and cannot write it
        page(p.expert(1)).cookie("lang", "en").get(consensus).then().statusCode(200)
                .body(containsString("id=\"consensus-readonly\"")).body(not(containsString("id=\"consensus-form\"")))
                .body(containsString("divergence"));
        form(p.expert(1)).formParam("version", "0").post(consensus).then().statusCode(403);

        Map<String, Object> f = new HashMap<>();
        f.put("version", version(html));
        CRITERIA.forEach(c -> {
            f.put("score." + c, "14");
            f.put("comment." + c, COMMENT);
            f.put("agreed." + c, "on");
        });
        f.remove("agreed.INNOVATIVENESS");
        f.put("trl.startCredible", "yes");
        f.put("trl.targetReachable", "yes");
        f.put("trl.reason", "The panel agrees on the TRL plan.");
        f.put("trl.agreed", "on");
        f.put("action", "submit");
        f.put("confirm", "yes");
        // without agreement on a criterion the minority's view is required
        String v = version(form(p.expert(0)).formParams(f).post(consensus).then().statusCode(422)
                .body(containsString("data-field=\"minority.INNOVATIVENESS\"")).extract().asString());
        f.put("version", v);
        f.put("minority.INNOVATIVENESS", "Expert 2 found the approach far more innovative.");
        f.remove("confirm");
        form(p.expert(0)).formParams(f).post(consensus).then().statusCode(400)
                .body(containsString("data-field=\"confirm\""));
        f.put("version", version(page(p.expert(0)).get(consensus).then().statusCode(200).extract().asString()));
        f.put("confirm", "yes");
        form(p.expert(0)).formParams(f).post(consensus).then().statusCode(303);
        page(p.expert(0)).get(consensus).then().statusCode(200)
                .body(containsString("id=\"consensus-submitted\""))
                .body(containsString("id=\"consensus-hash\""))
                .body(containsString("id=\"consensus-outcome\""))
                .body(containsString("Finanziabile"))
                .body(not(containsString("id=\"consensus-form\"")));
        page(p.expert(2)).get(consensus).then().statusCode(200)
                .body(containsString("Expert 2 found the approach far more innovative."));
    }
}
