package org.openbando.ranking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;
import static org.openbando.Api.form;
import static org.openbando.Api.page;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;

/**
 * The ranking pages: the officer's board of a call (draft, ties, lists with their reasons, the money; exclusion with
 * a reason, reinstatement, approval with its confirmation; the act once approved), read only to auditors, refused to
 * applicants; the public list and ranking (no login) with the open data; the applicant's standing on the proposal page
 * once the ranking is published, never before. Both languages. VAT seeds 120000-120099.
 */
@QuarkusTest
class RankingPagesTest {

    static final String OFFICER = TestFixtures.OFFICER;
    static final String AUDITOR = TestFixtures.AUDITOR;

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps steps;

    /**
     * Line A: 600,000.00 for proposals of 271,000.00 each: the two best are funded (542,000.00), the third is on the
     * reserve list (58,000.00 left is below half its grant); two tie at 80 and the innovativeness score breaks it;
     * one is not fundable (50 is below the threshold); one inadmissible. Line B: one funded.
     */
    private EvaluatedCall.Built call(String code, int seed) {
        EvaluatedCall.Built built = evaluatedCall.build(code, seed, EvaluatedCall.spec()
                .budgets("600000", "300000").partial(true, "50")
                .a("80", "24").a("80", "25").a("70").a("50").b("75").inadmissible());
        // idempotent: the call process may have drafted it already
        QuarkusTransaction.requiringNew().run(() -> steps.draft(built.callId()));
        return built;
    }

    private static String board(long call) {
        return "/officer/calls/" + call + "/ranking";
    }

    @Test
    void theBoardShowsTheDraftToOfficersAndAuditorsInBothLanguagesAndTheFormsActOnIt() {
        EvaluatedCall.Built c = call("RP-BOARD", 120000);
        long tieWinner = c.get(1).submissionId();
        long tieLoser = c.get(0).submissionId();
        long reserve = c.get(2).submissionId();
        long notFundable = c.get(3).submissionId();

        // the draft, in Italian, to the officer: positions, the tie and how it was broken, the lists, the forms
        String html = page(OFFICER).get(board(c.callId())).then().statusCode(200)
                .body(containsString("Graduatoria del bando RP-BOARD"))
                .body(containsString("id=\"ranking-status\" data-status=\"DRAFT\""))
                .body(containsString("data-submission=\"" + tieWinner + "\" data-list=\"FUNDED\" data-position=\"1\""))
                .body(containsString("data-submission=\"" + tieLoser + "\" data-list=\"FUNDED\" data-position=\"2\""))
                .body(containsString("data-submission=\"" + reserve + "\" data-list=\"RESERVE\" data-position=\"3\""))
                .body(containsString("data-broken-by=\"CRITERION:"))
                .body(containsString("risolta da: punteggio del criterio"))
                .body(containsString("data-submission=\"" + notFundable + "\" data-list=\"NOT_FUNDABLE\""))
                .body(containsString("Punteggio totale sotto la soglia"))
                .body(containsString("data-submission=\"" + c.inadmissible().submissionId()
                        + "\" data-list=\"INADMISSIBLE\""))
                .body(containsString("id=\"line-B\""))
                .body(containsString("271.000,00"))
                .body(containsString("id=\"exclude-" + reserve + "\""))
                .body(containsString("id=\"approve-form\""))
                .body(not(containsString("ranking-readonly")))
                .extract().asString();
        String version = version(html);

        // in English; the auditor reads it without a form
        page(OFFICER).cookie("lang", "en").get(board(c.callId())).then().statusCode(200)
                .body(containsString("Ranking of call RP-BOARD"))
                .body(containsString("broken by: score of criterion"))
                .body(containsString("Total score below the threshold"))
                .body(containsString("Approve the ranking"));
        page(AUDITOR).get(board(c.callId())).then().statusCode(200)
                .body(containsString("id=\"ranking-readonly\""))
                .body(containsString("data-list=\"RESERVE\""))
                .body(not(containsString("<form method=\"post\" action=\"/officer/calls/" + c.callId())))
                .body(not(containsString("approve-form")));
        page(c.get(0).lead()).get(board(c.callId())).then().statusCode(403);
        page(null).get(board(c.callId())).then().statusCode(302);
        form(AUDITOR).formParam("version", version).formParam("confirm", "yes")
                .post(board(c.callId()) + "/approval").then().statusCode(403);

        // an exclusion without a reason names the field, under its own form, and keeps nothing
        form(OFFICER).formParam("version", version).formParam("reason", " ")
                .post(board(c.callId()) + "/exclusions/" + reserve).then().statusCode(400)
                .body(containsString("id=\"ranking-error\" data-action=\"exclude-" + reserve + "\""))
                .body(containsString("data-field=\"reason\">Motivo:"));
        // a form of an older version is refused: someone changed the draft meanwhile
        form(OFFICER).formParam("version", String.valueOf(Long.parseLong(version) + 7))
                .formParam("reason", "Duplicate of another proposal")
                .post(board(c.callId()) + "/exclusions/" + reserve).then().statusCode(409)
                .body(containsString("id=\"ranking-error\""));
        form(OFFICER).formParam("version", version).formParam("reason", "Duplicate of another proposal")
                .post(board(c.callId()) + "/exclusions/" + reserve).then().statusCode(303)
                .header("Location", endsWith(board(c.callId()) + "?done=excluded"));
        html = page(OFFICER).get(board(c.callId()) + "?done=excluded").then().statusCode(200)
                .body(containsString("data-done=\"excluded\""))
                .body(containsString("data-submission=\"" + reserve + "\" data-list=\"EXCLUDED\""))
                .body(containsString("Duplicate of another proposal"))
                .body(containsString(OFFICER))
                .body(containsString("id=\"reinstate-" + reserve + "\""))
                .extract().asString();
        form(OFFICER).formParam("version", version(html))
                .post(board(c.callId()) + "/exclusions/" + reserve + "/reinstate").then().statusCode(303);
        html = page(OFFICER).get(board(c.callId())).then().statusCode(200)
                .body(containsString("data-submission=\"" + reserve + "\" data-list=\"RESERVE\""))
                .extract().asString();

        // the approval wants its confirmation ticked, then approves both lines
        form(OFFICER).formParam("version", version(html)).post(board(c.callId()) + "/approval").then()
                .statusCode(400).body(containsString("data-field=\"confirm\">Conferma:"));
        form(OFFICER).formParam("version", version(html)).formParam("confirm", "yes")
                .post(board(c.callId()) + "/approval").then().statusCode(303)
                .header("Location", endsWith("?done=approved"));
        // idempotent: the call process's asynchronous step may have run already
        QuarkusTransaction.requiringNew().call(() -> steps.publish(c.callId()));
        page(OFFICER).get(board(c.callId())).then().statusCode(200)
                .body(containsString("id=\"ranking-status\" data-status=\"APPROVED\""))
                .body(containsString("href=\"/officer/calls/" + c.callId() + "/ranking/acts/A\""))
                .body(containsString("Lista di riserva valida fino al"))
                .body(containsString("id=\"movements-none\""))
                .body(not(containsString("approve-form")))
                .body(not(containsString("exclude-form")));
        page(AUDITOR).get(board(c.callId()) + "/acts/A").then().statusCode(200)
                .header("Content-Type", containsString("application/pdf"));
        // approved: nothing more to exclude
        form(OFFICER).formParam("version", version(html)).formParam("reason", "Too late")
                .post(board(c.callId()) + "/exclusions/" + reserve).then().statusCode(409);
    }

    @Test
    void thePublishedRankingIsPublicAndTheApplicantSeesItsStandingOnlyOncePublished() {
        EvaluatedCall.Built c = call("RP-PUBLIC", 120020);
        EvaluatedCall.Proposal funded = c.get(1);
        EvaluatedCall.Proposal reserve = c.get(2);

        // before the approval: not public, the applicant's page unchanged
        page(null).get("/rankings/" + c.callId()).then().statusCode(404);
        page(null).get("/rankings").then().statusCode(200).body(not(containsString("RP-PUBLIC")));
        page(funded.lead()).get("/proposals/" + funded.proposalId()).then().statusCode(200)
                .body(not(containsString("ranking-standing")))
                .body(not(containsString("/rankings/" + c.callId())));
        page(null).get("/calls/" + c.callId()).then().statusCode(200)
                .body(not(containsString("call-public-ranking")));

        String html = page(OFFICER).get(board(c.callId())).then().statusCode(200).extract().asString();
        form(OFFICER).formParam("version", version(html)).formParam("confirm", "yes")
                .post(board(c.callId()) + "/approval").then().statusCode(303);
        QuarkusTransaction.requiringNew().call(() -> steps.publish(c.callId()));

        // anyone reads it, in both languages, with the open data and the acts
        page(null).get("/rankings").then().statusCode(200)
                .body(containsString("data-call=\"" + c.callId() + "\""))
                .body(containsString("Graduatorie pubblicate"));
        page(null).get("/rankings/" + c.callId()).then().statusCode(200)
                .body(containsString("Graduatoria del bando RP-PUBLIC"))
                .body(containsString("href=\"/api/public/rankings/" + c.callId() + ".csv\""))
                .body(containsString("href=\"/api/public/rankings/" + c.callId() + ".json\""))
                .body(containsString("href=\"/rankings/" + c.callId() + "/acts/A\""))
                .body(containsString("data-list=\"FUNDED\" data-status=\"FUNDED\""))
                .body(containsString("data-list=\"RESERVE\" data-status=\"RESERVE\""))
                .body(containsString("Finanziata"))
                .body(containsString("In riserva"))
                .body(containsString("271.000,00"))
                .body(not(containsString(c.experts().get(0))));
        page(null).cookie("lang", "en").get("/rankings/" + c.callId()).then().statusCode(200)
                .body(containsString("Ranking of call RP-PUBLIC"))
                .body(containsString("Reserve list valid until"))
                .body(containsString("Funded"));
        page(null).get("/rankings/" + c.callId() + "/acts/B").then().statusCode(200)
                .header("Content-Type", containsString("application/pdf"));
        page(null).get("/rankings/" + c.callId() + "/acts/C").then().statusCode(404);
        page(null).get("/calls/" + c.callId()).then().statusCode(200)
                .body(containsString("id=\"call-public-ranking\" href=\"/rankings/" + c.callId() + "\""));
        page(null).get("/").then().statusCode(200).body(containsString("id=\"home-rankings\""));

        // the applicants: the funded one with its grant, the reserve one with the validity
        page(funded.lead()).get("/proposals/" + funded.proposalId()).then().statusCode(200)
                .body(containsString("id=\"ranking-standing\" data-list=\"FUNDED\""))
                .body(containsString("Posizione 1 nella graduatoria della linea A"))
                .body(containsString("Contributo: EUR 271.000,00"))
                .body(containsString("id=\"evaluation-report\""));
        page(reserve.lead()).cookie("lang", "en").get("/proposals/" + reserve.proposalId()).then().statusCode(200)
                .body(containsString("id=\"ranking-standing\" data-list=\"RESERVE\""))
                .body(containsString("On the reserve list"))
                .body(containsString("The reserve list is valid until"))
                .body(not(containsString("id=\"standing-grant\"")));
        // another applicant does not see that proposal at all
        page(reserve.lead()).get("/proposals/" + funded.proposalId()).then().statusCode(404);
    }

    @Test
    void aCallWithoutARankingSaysSoAndHasNoAct() {
        long call = as(OFFICER).body(Api.call("RP-NONE", 1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        page(OFFICER).get(board(call)).then().statusCode(200).body(containsString("id=\"ranking-none\""))
                .body(not(containsString("approve-form")));
        page(OFFICER).cookie("lang", "en").get(board(call)).then().statusCode(200)
                .body(containsString("The ranking has not been drafted yet"));
        page(OFFICER).get(board(call) + "/acts/A").then().statusCode(404);
        page(OFFICER).get(board(999_999_999L)).then().statusCode(404);
    }

    /** The draft's version the page's forms carry. */
    static String version(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no version on the page");
        }
        return m.group(1);
    }
}
