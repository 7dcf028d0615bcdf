package org.openbando.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;
import static org.openbando.Api.form;
import static org.openbando.Api.page;
import static org.openbando.Api.upload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.Pdfs;
import org.openbando.RawSql;
import org.openbando.TestFixtures;
import org.openbando.shared.ClockProducer;

/**
 * The funding pages in both languages: the officer completes the concession checklist form by form (a malformed CUP,
 * COR or DURC date is refused under its field) and orders the decision; the lead reads the computation per partner,
 * accepts and renounces a part; a Line B consortium attaches its proofs, the officer rejects one with a reason and
 * confirms the others; after a notice before revocation the lead sends observations and the officer revokes. The
 * auditor reads every page and has no form; another applicant does not find the beneficiary's page. VAT seeds
 * 140000-140007 ({@link FundingPagesCall}).
 */
@QuarkusTest
class FundingPagesTest {

    static final String OFFICER = TestFixtures.OFFICER;
    static final String AUDITOR = TestFixtures.AUDITOR;

    @Inject
    FundingPagesCall funded;
    @Inject
    FundingSteps steps;
    @Inject
    TestFixtures fixtures;
    @Inject
    RawSql sql;

    static long version(long submission) {
        return as(OFFICER).get("/api/funding/" + submission).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    static LocalDate today() {
        return LocalDate.now(ClockProducer.ROME);
    }

    /** The officer completes the checklist on the page; the process's step issues the decision. */
    void decideOnThePage(long s, boolean antimafia, boolean lineB) {
        String url = "/officer/funding/" + s;
        form(OFFICER).formParam("cup", "J12B23000120007").formParam("version", version(s)).post(url + "/cup").then()
                .statusCode(303);
        form(OFFICER).formParam("cor", "7654321").formParam("version", version(s)).post(url + "/cor").then()
                .statusCode(303);
        form(OFFICER).formParam("durcIssuedOn", today().minusDays(3).toString()).formParam("version", version(s))
                .post(url + "/durc").then().statusCode(303);
        if (antimafia) {
            form(OFFICER).formParam("reference", "PR_FPTG_1_2026").formParam("version", version(s))
                    .post(url + "/antimafia").then().statusCode(303);
        }
        if (lineB) {
            form(OFFICER).formParam("version", version(s)).post(url + "/line-b-commitment").then().statusCode(303);
        }
        form(OFFICER).formParam("version", version(s)).post(url + "/concession").then().statusCode(303)
                .header("Location", containsString(url + "?done=concession"));
        QuarkusTransaction.requiringNew().run(() -> steps.issueDecision(s));
    }

    @Test
    void theOfficerCompletesTheChecklistOnThePageAndTheLeadAccepts() {
        EvaluatedCall.Built call = funded.get();
        EvaluatedCall.Proposal a1 = call.get(0);
        long s = a1.submissionId();
        String url = "/officer/funding/" + s;

        // the list per call: every funded project, linked to its checklist; auditors read it, applicants do not
        page(OFFICER).get("/officer/calls/" + call.callId() + "/funding").then().statusCode(200)
                .body(containsString("data-submission=\"" + s + "\" data-status=\"CONCESSION\""))
                .body(containsString("data-submission=\"" + call.get(2).submissionId() + "\""))
                .body(containsString("href=\"/officer/funding/" + s + "\""))
                .body(containsString("Concessioni del bando FP-14"));
        page(AUDITOR).cookie("lang", "en").get("/officer/calls/" + call.callId() + "/funding").then()
                .statusCode(200).body(containsString("Funding of call FP-14"));
        page(a1.lead()).get("/officer/calls/" + call.callId() + "/funding").then().statusCode(403);

        // the checklist: the computation per partner with its explanation, the checks to do
        String checklist = page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("data-status=\"CONCESSION\""))
                .body(containsString("id=\"cup-form\""))
                .body(containsString("data-check=\"antimafia\" data-done=\"false\""))
                .body(not(containsString("data-check=\"commitment\"")))
                .body(containsString("id=\"grant-table\""))
                .body(containsString("Ricerca industriale"))
                .body(containsString("data-grant=\"271000.00\""))
                .body(containsString("arrotondato per difetto al centesimo"))
                .body(not(containsString("id=\"complete-form\"")))
                .extract().asString();
        assertThat(checklist).containsPattern("class=\"small explanation\">[^<]*70[^<]*%");
        page(OFFICER).cookie("lang", "en").get(url).then().statusCode(200)
                .body(containsString("Concession checks")).body(containsString("Industrial research"))
                .body(containsString("rounded down to the cent"));
        // the auditor reads it all and may do nothing
        page(AUDITOR).get(url).then().statusCode(200).body(containsString("id=\"funding-readonly\""))
                .body(containsString("id=\"grant-table\"")).body(not(containsString("<form method=\"post\" action=\"/officer/funding")));
        form(AUDITOR).formParam("cup", "J12B23000120007").formParam("version", version(s)).post(url + "/cup").then()
                .statusCode(403);
        page(a1.lead()).get(url).then().statusCode(403);

        // malformed values are refused under their field, in the visitor's language around them
        form(OFFICER).formParam("cup", "J12B2300012000").formParam("version", version(s)).post(url + "/cup").then()
                .statusCode(400).body(containsString("data-action=\"cup\""))
                .body(containsString("data-field=\"cup\""))
                .body(containsString("value=\"J12B2300012000\""))
                .body(containsString("Correggi il campo indicato."));
        form(OFFICER).formParam("cor", "RNA-12").formParam("version", version(s)).post(url + "/cor").then()
                .statusCode(400).body(containsString("data-field=\"cor\""));
        form(OFFICER).formParam("durcIssuedOn", "2026-02-30").formParam("version", version(s)).post(url + "/durc")
                .then().statusCode(400).body(containsString("data-field=\"durcIssuedOn\""));
        form(OFFICER).formParam("durcIssuedOn", today().minusDays(121).toString()).formParam("version", version(s))
                .post(url + "/durc").then().statusCode(400).body(containsString("data-field=\"durcIssuedOn\""));
        // a stale form: the conflict is told on the page
        long stale = version(s);
        form(OFFICER).formParam("cup", "J12B23000120007").formParam("version", stale).post(url + "/cup").then()
                .statusCode(303);
        form(OFFICER).formParam("cor", "7654321").formParam("version", stale).post(url + "/cor").then()
                .statusCode(409).body(containsString("id=\"funding-error\""));
        page(OFFICER).queryParam("done", "cup").get(url).then().statusCode(200)
                .body(containsString("id=\"funding-done\""))
                .body(containsString("<code id=\"cup-value\">J12B23000120007</code>"))
                .body(containsString("data-check=\"cup\" data-done=\"true\""))
                .body(containsString(OFFICER + ", "));

        decideOnThePage(s, true, false);
        String decided = page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("data-status=\"DECIDED\""))
                .body(containsString("id=\"decision-link\""))
                .body(containsString("id=\"accept-by\""))
                .body(not(containsString("id=\"cup-form\"")))
                .body(containsString("data-kind=\"FUNDING_DECISION\""))
                .extract().asString();
        long decision = as(OFFICER).get("/api/funding/" + s).then().extract().jsonPath().getLong("decisionDocumentId");
        assertThat(decided).contains("href=\"/officer/funding/" + s + "/documents/" + decision + "\"");
        page(OFFICER).get(url + "/documents/" + decision).then().statusCode(200).contentType("application/pdf");
        page(AUDITOR).get(url + "/documents/" + decision).then().statusCode(200).contentType("application/pdf");
        page(OFFICER).get(url + "/documents/1").then().statusCode(404);

        // the beneficiary's page: the decision, the computation, the acceptance for the lead only
        String funding = "/funding/" + s;
        page(a1.lead()).get(funding).then().statusCode(200)
                .body(containsString("data-status=\"DECIDED\""))
                .body(containsString("id=\"accept-form\""))
                .body(containsString("id=\"renounce-form\""))
                .body(containsString("href=\"/funding/" + s + "/documents/" + decision + "\""))
                .body(containsString("id=\"grant-table\""))
                .body(containsString("La concessione del progetto"));
        page(a1.lead()).cookie("lang", "en").get(funding).then().statusCode(200)
                .body(containsString("The funding of project")).body(containsString("I accept the grant"));
        page(a1.lead()).get(funding + "/documents/" + decision).then().statusCode(200)
                .contentType("application/pdf");
        String partner = funded.partnerUser(a1);
        page(partner).get(funding).then().statusCode(200).body(not(containsString("id=\"accept-form\"")))
                .body(not(containsString("id=\"renounce-form\"")));
        String stranger = fixtures.applicant("fp-stranger");
        page(stranger).get(funding).then().statusCode(404);
        page(stranger).get(funding + "/documents/" + decision).then().statusCode(404);
        form(stranger).formParam("confirm", "true").formParam("version", version(s)).post(funding + "/acceptance")
                .then().statusCode(404);
        form(partner).formParam("confirm", "true").formParam("version", version(s)).post(funding + "/acceptance")
                .then().statusCode(403);

        // the links: "Le mie proposte" and the proposal's page
        page(a1.lead()).get("/proposals").then().statusCode(200).body(containsString("id=\"my-funding\""))
                .body(containsString("href=\"/funding/" + s + "\""));
        page(a1.lead()).get("/proposals/" + a1.proposalId()).then().statusCode(200)
                .body(containsString("id=\"funding-link\" href=\"/funding/" + s + "\""));
        page(stranger).get("/proposals").then().statusCode(200).body(not(containsString("id=\"my-funding\"")));

        // accept: the box must be ticked
        form(a1.lead()).formParam("version", version(s)).post(funding + "/acceptance").then().statusCode(400)
                .body(containsString("data-field=\"confirm\""));
        form(a1.lead()).formParam("confirm", "true").formParam("version", version(s)).post(funding + "/acceptance")
                .then().statusCode(303).header("Location", containsString(funding + "?done=accepted"));
        page(a1.lead()).get(funding).then().statusCode(200)
                .body(containsString("id=\"outcome-accepted\""))
                .body(not(containsString("id=\"accept-form\"")))
                .body(containsString("id=\"renounce-part-form\""));

        // a partial renunciation: the amount is read as people type it, a wrong one refused under its field
        form(a1.lead()).formParam("amount", "mille").formParam("reason", "Un pacchetto di lavoro in meno")
                .formParam("version", version(s)).post(funding + "/partial-renunciation").then().statusCode(400)
                .body(containsString("data-field=\"amount\""));
        form(a1.lead()).formParam("amount", "1.000,01").formParam("version", version(s))
                .post(funding + "/partial-renunciation").then().statusCode(400)
                .body(containsString("data-field=\"reason\""));
        form(a1.lead()).formParam("amount", "1.000,01").formParam("reason", "Un pacchetto di lavoro in meno")
                .formParam("version", version(s)).post(funding + "/partial-renunciation").then().statusCode(303);
        page(a1.lead()).get(funding).then().statusCode(200)
                .body(containsString("data-grant=\"269999.99\""))
                .body(containsString("id=\"renounced\""));
        page(OFFICER).get(url).then().statusCode(200).body(containsString("id=\"accepted\""))
                .body(containsString("Un pacchetto di lavoro in meno"));
    }

    @Test
    void thePartiallyFundedProjectSaysSo() {
        EvaluatedCall.Proposal a2 = funded.get().get(1);
        page(OFFICER).get("/officer/funding/" + a2.submissionId()).then().statusCode(200)
                .body(containsString("id=\"partial-funding\""))
                .body(not(containsString("data-check=\"antimafia\"")));
        page(a2.lead()).cookie("lang", "en").get("/funding/" + a2.submissionId()).then().statusCode(200)
                .body(containsString("Partial funding"));
    }

    @Test
    void lineBProofsAreAttachedOnThePageAndJudgedByTheOfficer() throws SQLException {
        EvaluatedCall.Proposal b1 = funded.get().get(2);
        long s = b1.submissionId();
        String url = "/officer/funding/" + s;
        String funding = "/funding/" + s;
        page(OFFICER).get(url).then().statusCode(200).body(containsString("data-check=\"commitment\""));
        decideOnThePage(s, true, true);
        List<Long> members = funded.members(b1);
        long mech = sql.queryLong("select id from openbando.cluster where code = 'MECH'");

        // the lead sees every enterprise to join and the proof form for each; the partner only its own
        page(b1.lead()).get(funding).then().statusCode(200)
                .body(containsString("data-joining=\"PENDING\""))
                .body(containsString("id=\"joining-due\""))
                .body(containsString("data-organization=\"" + members.get(1) + "\" data-confirmed=\"false\""))
                .body(containsString("id=\"proof-form\""))
                .body(containsString("<option value=\"" + members.get(0) + "\""));
        String partner = funded.partnerUser(b1);
        page(partner).get(funding).then().statusCode(200)
                .body(containsString("<option value=\"" + members.get(1) + "\""))
                .body(not(containsString("<option value=\"" + members.get(0) + "\"")));

        // the upload form: a missing file or cluster is refused under its field; then the partner's proof
        upload(partner).multiPart("organizationId", members.get(1)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).post(funding + "/proofs").then().statusCode(400)
                .body(containsString("data-field=\"file\""));
        upload(partner).multiPart("organizationId", members.get(1)).multiPart("version", version(s))
                .multiPart("file", "adesione.pdf", Pdfs.onePage("adesione"), "application/pdf")
                .post(funding + "/proofs").then().statusCode(400).body(containsString("data-field=\"clusterId\""));
        upload(partner).multiPart("organizationId", members.get(1)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "adesione.pdf", Pdfs.onePage("adesione MECH"),
                        "application/pdf")
                .post(funding + "/proofs").then().statusCode(303).header("Location", containsString("done=proof"));
        long proof = as(OFFICER).get("/api/funding/" + s).then().extract().jsonPath().getLong("proofs[0].id");
        page(partner).get(funding + "/proofs/" + proof).then().statusCode(200).contentType("application/pdf");
        page(fixtures.applicant("fp-stranger")).get(funding + "/proofs/" + proof).then().statusCode(404);

        // the officer: the proof with its download and the verdict form; a rejection needs its reason
        page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("data-joining=\"PROOF_SUBMITTED\""))
                .body(containsString("data-proof=\"" + proof + "\" data-verdict=\"AWAITED\""))
                .body(containsString("href=\"/officer/funding/" + s + "/proofs/" + proof + "\""))
                .body(containsString("id=\"verdict-" + proof + "\""));
        page(AUDITOR).get(url).then().statusCode(200).body(not(containsString("id=\"verdict-" + proof + "\"")));
        page(OFFICER).get(url + "/proofs/" + proof).then().statusCode(200).contentType("application/pdf");
        form(OFFICER).formParam("version", version(s)).post(url + "/proofs/" + proof + "/verdict").then()
                .statusCode(400).body(containsString("data-field=\"confirmed\""));
        form(OFFICER).formParam("confirmed", "false").formParam("version", version(s))
                .post(url + "/proofs/" + proof + "/verdict").then().statusCode(400)
                .body(containsString("data-action=\"verdict-" + proof + "\""))
                .body(containsString("data-field=\"reason\""));
        form(OFFICER).formParam("confirmed", "false").formParam("reason", "L'atto non è firmato")
                .formParam("version", version(s)).post(url + "/proofs/" + proof + "/verdict").then()
                .statusCode(303);
        page(partner).get(funding).then().statusCode(200)
                .body(containsString("data-verdict=\"REJECTED\""))
                .body(containsString("L&#39;atto non è firmato"));

        // registered in the cluster: the proofs of both enterprises, confirmed
        for (long organization : members) {
            sql.update("insert into openbando.cluster_membership (organization_id, cluster_id, since, status) "
                    + "values (?, ?, ?, 'ACTIVE')", organization, mech, today().minusDays(1));
        }
        for (int i = 0; i < 2; i++) {
            upload(i == 0 ? b1.lead() : partner).multiPart("organizationId", members.get(i))
                    .multiPart("clusterId", mech).multiPart("version", version(s))
                    .multiPart("file", "adesione-" + i + ".pdf", Pdfs.onePage("adesione " + i), "application/pdf")
                    .post(funding + "/proofs").then().statusCode(303);
        }
        List<Long> proofs = as(OFFICER).get("/api/funding/" + s).then().extract().jsonPath()
                .getList("proofs.id", Long.class);
        for (long p : proofs.subList(1, 3)) {
            form(OFFICER).formParam("confirmed", "true").formParam("version", version(s))
                    .post(url + "/proofs/" + p + "/verdict").then().statusCode(303);
        }
        page(b1.lead()).cookie("lang", "en").get(funding).then().statusCode(200)
                .body(containsString("data-joining=\"CONFIRMED\""))
                .body(containsString("Joining confirmed"))
                .body(not(containsString("id=\"proof-form\"")));
    }

    @Test
    void aNoticeIsAnsweredOnThePageAndTheOfficerRevokes() {
        EvaluatedCall.Proposal b2 = funded.get().get(3);
        long s = b2.submissionId();
        String url = "/officer/funding/" + s;
        String funding = "/funding/" + s;
        decideOnThePage(s, true, true);
        form(b2.lead()).formParam("confirm", "true").formParam("version", version(s)).post(funding + "/acceptance")
                .then().statusCode(303);
        QuarkusTransaction.requiringNew().call(() -> steps.issueRevocationNotice(s));

        page(b2.lead()).get(funding).then().statusCode(200)
                .body(containsString("id=\"notice-at\""))
                .body(containsString("id=\"observations-form\""))
                .body(containsString("id=\"observations-due\""))
                .body(containsString("data-kind=\"REVOCATION_NOTICE\""));
        page(funded.partnerUser(b2)).get(funding).then().statusCode(200)
                .body(not(containsString("id=\"observations-form\"")));
        page(OFFICER).get(url).then().statusCode(200).body(containsString("data-joining=\"NOTICE\""))
                .body(containsString("id=\"observations-none\""))
                .body(containsString("id=\"revocation-form\""));

        form(b2.lead()).formParam("observations", "").formParam("version", version(s))
                .post(funding + "/observations").then().statusCode(400)
                .body(containsString("data-field=\"observations\""));
        form(b2.lead()).formParam("observations", "Abbiamo chiesto l'adesione: la risposta tarda.")
                .formParam("version", version(s)).post(funding + "/observations").then().statusCode(303);

        form(OFFICER).formParam("revoke", "true").formParam("version", version(s))
                .post(url + "/revocation-decision").then().statusCode(400)
                .body(containsString("data-field=\"reason\""));
        form(OFFICER).formParam("revoke", "true").formParam("reason", "Una domanda non è un'adesione")
                .formParam("version", version(s)).post(url + "/revocation-decision").then().statusCode(303)
                .header("Location", containsString("done=revocation"));
        QuarkusTransaction.requiringNew().run(() -> steps.revoke(s));

        page(OFFICER).get(url).then().statusCode(200)
                .body(containsString("data-status=\"REVOKED\""))
                .body(containsString("Abbiamo chiesto l&#39;adesione"))
                .body(containsString("id=\"revoked\""))
                .body(containsString("data-kind=\"REVOCATION\""))
                .body(not(containsString("id=\"revocation-form\"")));
        page(b2.lead()).cookie("lang", "en").get(funding).then().statusCode(200)
                .body(containsString("id=\"outcome-revoked\""))
                .body(containsString("Grant revoked."))
                .body(not(containsString("id=\"observations-form\"")));
    }
}
