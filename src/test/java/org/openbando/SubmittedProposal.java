package org.openbando;

import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Map;
import org.openbando.submission.Submission;

/**
 * A complete Line A proposal submitted to an open call, with one attachment frozen by the submission: what the tests
 * of stored records and incidents act on. The VAT numbers come from {@code seed} (the lead), {@code seed + 1} (the
 * partner) and {@code seed + 5000} (the lab).
 */
public record SubmittedProposal(long call, long proposal, long submission, String lead, long partner, long lab,
        long attachment) {

    /** A published call open for 30 days more. */
    public static long openCall(String code) {
        long call = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    /** A new open call and one proposal submitted to it. */
    public static SubmittedProposal submit(TestFixtures fixtures, String code, int seed) {
        return submit(fixtures, code, seed, openCall(code));
    }

    /** A proposal of a new lead, partner and lab (named after {@code code} and {@code seed}) submitted to the call. */
    public static SubmittedProposal submit(TestFixtures fixtures, String code, int seed, long call) {
        String name = code.toLowerCase() + "-" + seed;
        long partner = as(fixtures.applicant(name + "-partner")).body(Api.member(Api.enterprise("Partner " + name,
                Api.vat(seed + 1), "20", "3000000", "2000000"))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant(name + "-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name", "Lab " + name,
                "vatNumber", Api.vat(seed + 5000))).post("/api/organizations").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        String lead = fixtures.applicant(name + "-lead");
        as(lead).body(Api.member(Api.enterprise("Capofila " + name, Api.vat(seed), "20", "3000000", "2000000")))
                .post("/api/organizations").then().statusCode(201);
        long proposal = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + proposal).then().statusCode(200);
        fixtures.confirmAll(proposal);
        long attachment = Pdfs.upload(lead, proposal, "OTHER", "relazione.pdf", Pdfs.onePage("Relazione " + name))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long submission = as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200).extract()
                .jsonPath().getLong("submissionId");
        return new SubmittedProposal(call, proposal, submission, lead, partner, lab, attachment);
    }

    /** The submission as stored now. */
    public Submission stored() {
        return QuarkusTransaction.requiringNew().call(() -> Submission.<Submission>findById(submission));
    }
}
