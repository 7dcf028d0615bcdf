package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.Pdfs;
import org.openbando.TestFixtures;
import org.openbando.shared.Sha256;
import org.openbando.submission.Submission;

/** Attachments of proposals through the API: PDF by content, size limit, SHA-256, who may do what, the snapshot. */
@QuarkusTest
class AttachmentTest {

    static final String PROBLEMS = "https://openbando.org/problems/";

    @Inject
    TestFixtures fixtures;
    @ConfigProperty(name = "openbando.attachments.max-size")
    MemorySize maxSize;
    @ConfigProperty(name = "openbando.attachments.max-count")
    int maxCount;

    @Test
    void anUploadedPdfIsListedAndDownloadedByteForByteWithItsHash() {
        long call = publishedCall("ATT-UPLOAD");
        String lead = lead("att-upload-lead", 1200);
        long id = draft(lead, call, "A");
        byte[] pdf = Pdfs.onePage("Technical annex");
        String sha = Sha256.of(pdf);

        var created = Pdfs.upload(lead, id, "OTHER", "../../tmp/Relazione tecnica.pdf", pdf).then().statusCode(201)
                .contentType("application/json")
                .body("kind", equalTo("OTHER"))
                .body("fileName", equalTo("Relazione tecnica.pdf"))
                .body("sizeBytes", equalTo(pdf.length))
                .body("sha256", equalTo(sha))
                .body("uploadedBy", equalTo(lead))
                .body("uploadedAt", org.hamcrest.Matchers.notNullValue())
                .extract();
        long attachment = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/proposals/" + id + "/attachments/" + attachment);

        as(lead).get("/api/proposals/" + id + "/attachments").then().statusCode(200)
                .body("id", equalTo(List.of((int) attachment))).body("[0].sha256", equalTo(sha));
        var download = as(lead).get("/api/proposals/" + id + "/attachments/" + attachment).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"Relazione tecnica.pdf\""))
                .header("ETag", containsString(sha))
                .extract();
        assertThat(download.asByteArray()).isEqualTo(pdf);

        // officers and auditors read the dossier, but only the lead's users add or remove attachments
        for (String reader : List.of(TestFixtures.OFFICER, TestFixtures.AUDITOR, TestFixtures.ADMIN)) {
            as(reader).get("/api/proposals/" + id + "/attachments").then().statusCode(200)
                    .body("sha256", hasItem(sha));
            assertThat(as(reader).get("/api/proposals/" + id + "/attachments/" + attachment).then().statusCode(200)
                    .extract().asByteArray()).isEqualTo(pdf);
            Pdfs.upload(reader, id, "OTHER", "x.pdf", pdf).then().statusCode(403)
                    .contentType("application/problem+json");
            as(reader).delete("/api/proposals/" + id + "/attachments/" + attachment).then().statusCode(403);
        }
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void onlyAReadablePdfIsAcceptedWhateverTheFileIsCalled() {
        long call = publishedCall("ATT-CONTENT");
        String lead = lead("att-content-lead", 1201);
        long id = draft(lead, call, "A");
        Map<String, byte[]> refused = Map.of(
                "a text file named .pdf", "This is not a PDF at all.\n".getBytes(),
                "a PDF header on garbage", "%PDF-1.7\nnothing of a PDF follows\n".getBytes(),
                "a password-protected PDF", Pdfs.encrypted("Secret", "user-secret"),
                "an encrypted PDF that opens without a password", Pdfs.encrypted("Restricted", ""),
                "an empty file", new byte[0]);
        refused.forEach((what, bytes) -> Pdfs.upload(lead, id, "OTHER", "attestazione.pdf", bytes).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "attachment-not-pdf"))
                .body("errors[0].field", equalTo("file")));
        Pdfs.upload(lead, id, "OTHER", "attestazione.pdf", Pdfs.encrypted("Secret", "user-secret")).then()
                .body("errors[0].message", containsString("password"));
        assertThat(stored(id)).isZero();
        // the same bytes under any name: the content decides
        Pdfs.upload(lead, id, "OTHER", "scan.jpg", Pdfs.onePage("Really a PDF")).then().statusCode(201)
                .body("fileName", equalTo("scan.jpg"));
    }

    @Test
    void missingOrUnknownPartsAreNamedInTheProblem() {
        long call = publishedCall("ATT-PARTS");
        String lead = lead("att-parts-lead", 1202);
        long id = draft(lead, call, "A");
        byte[] pdf = Pdfs.onePage("Annex");
        Pdfs.upload(lead, id, "OTHER", null, null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation")).body("errors.field", equalTo(List.of("file")));
        Pdfs.upload(lead, id, null, "annex.pdf", pdf).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        Pdfs.upload(lead, id, "PHOTO", "annex.pdf", pdf).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")))
                .body("errors[0].message", containsString("CLUSTER_ATTESTATION"));
        Pdfs.upload(lead, id, "CLUSTER_ATTESTATION", "annex.pdf", pdf).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")))
                .body("errors[0].message", containsString("Line B"));
        as(lead).body("{}").post("/api/proposals/" + id + "/attachments").then().statusCode(415)
                .contentType("application/problem+json");
        assertThat(stored(id)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsStored() {
        long call = publishedCall("ATT-SIZE");
        String lead = lead("att-size-lead", 1203);
        long id = draft(lead, call, "A");
        long max = maxSize.asLongValue();
        Pdfs.upload(lead, id, "OTHER", "big.pdf", Pdfs.ofSize(max + 1)).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "attachment-too-large"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString(String.valueOf(max)));
        assertThat(stored(id)).isZero();
        Pdfs.upload(lead, id, "OTHER", "just-right.pdf", Pdfs.ofSize(max)).then().statusCode(201)
                .body("sizeBytes", equalTo((int) max));
    }

    @Test
    void anotherOrganisationsApplicantIsToldNothingExists() {
        long call = publishedCall("ATT-STRANGER");
        String lead = lead("att-owner-lead", 1204);
        String stranger = lead("att-stranger", 1205);
        long id = draft(lead, call, "A");
        byte[] pdf = Pdfs.onePage("Private annex");
        long attachment = Pdfs.upload(lead, id, "OTHER", "annex.pdf", pdf).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(stranger).get("/api/proposals/" + id + "/attachments").then().statusCode(404)
                .contentType("application/problem+json");
        as(stranger).get("/api/proposals/" + id + "/attachments/" + attachment).then().statusCode(404);
        Pdfs.upload(stranger, id, "OTHER", "mine.pdf", pdf).then().statusCode(404);
        as(stranger).delete("/api/proposals/" + id + "/attachments/" + attachment).then().statusCode(404);
        as(TestFixtures.EVALUATOR).get("/api/proposals/" + id + "/attachments/" + attachment).then().statusCode(404);
        // an attachment id of another proposal is not found under this one
        long own = draft(stranger, call, "A");
        as(stranger).get("/api/proposals/" + own + "/attachments/" + attachment).then().statusCode(404);
        as(stranger).delete("/api/proposals/" + own + "/attachments/" + attachment).then().statusCode(404);
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void lineBIsBlockedUntilTheAttestationIsUploadedAndTheSnapshotFixesItsHash() {
        long call = publishedCall("ATT-LINEB");
        long partner = enterprise("att-lineb-partner", 1206);
        long lab = lab("att-lineb-lab", 1207);
        String lead = lead("att-lineb-lead", 1208);
        long id = completeDraft(lead, call, "B", partner, lab);
        as(lead).get("/api/proposals/" + id + "/validation").then().statusCode(200)
                .body("field", equalTo(List.of("attachments.attestation")));

        byte[] other = Pdfs.onePage("Company profile");
        Pdfs.upload(lead, id, "OTHER", "profile.pdf", other).then().statusCode(201);
        as(lead).get("/api/proposals/" + id + "/validation").then().body("field",
                hasItem("attachments.attestation"));
        as(lead).post("/api/proposals/" + id + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("attachments.attestation"));

        byte[] attestation = Pdfs.onePage("Clust-ER MECH attests that the project fits its agenda");
        long attestationId = Pdfs.upload(lead, id, "CLUSTER_ATTESTATION", "attestazione-mech.pdf", attestation)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(lead).get("/api/proposals/" + id + "/validation").then().statusCode(200).body("size()", equalTo(0));
        Pdfs.upload(lead, id, "CLUSTER_ATTESTATION", "again.pdf", attestation).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "attestation-already-uploaded"));

        String hash = as(lead).post("/api/proposals/" + id + "/submit").then().statusCode(200).extract()
                .path("sha256");
        String snapshot = as(TestFixtures.OFFICER).get("/api/proposals/" + id + "/submission/snapshot").then()
                .statusCode(200).extract().asString();
        assertThat(Sha256.of(snapshot)).isEqualTo(hash);
        List<Map<String, Object>> listed = JsonPath.from(snapshot).getList("attachments");
        assertThat(listed).hasSize(2);
        Map<String, Object> listedAttestation = listed.stream()
                .filter(a -> a.get("kind").equals("CLUSTER_ATTESTATION")).findFirst().orElseThrow();
        assertThat(listedAttestation).containsEntry("sha256", Sha256.of(attestation))
                .containsEntry("fileName", "attestazione-mech.pdf")
                .containsEntry("sizeBytes", attestation.length)
                .containsEntry("id", (int) attestationId);
        assertThat(listed).extracting(a -> a.get("sha256")).contains(Sha256.of(other));

        // submitted: the attachments are frozen with the proposal
        Pdfs.upload(lead, id, "OTHER", "late.pdf", other).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "proposal-not-draft"));
        as(lead).delete("/api/proposals/" + id + "/attachments/" + attestationId).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "proposal-not-draft"));
        assertThat(stored(id)).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Attachment.count(
                "proposalId = ?1 and submittedAt is null", id))).isZero();
    }

    @Test
    void afterAWithdrawalAttachmentsChangeAndTheEarlierSnapshotKeepsItsFiles() {
        long call = publishedCall("ATT-WITHDRAW");
        long partner = enterprise("att-withdraw-partner", 1209);
        long lab = lab("att-withdraw-lab", 1210);
        String lead = lead("att-withdraw-lead", 1211);
        long id = completeDraft(lead, call, "B", partner, lab);
        byte[] first = Pdfs.onePage("Attestation, first version");
        long firstId = Pdfs.upload(lead, id, "CLUSTER_ATTESTATION", "attestation-v1.pdf", first).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).post("/api/proposals/" + id + "/submit").then().statusCode(200);
        long firstSubmission = QuarkusTransaction.requiringNew().call(() -> Submission.activeOf(id).orElseThrow().id);
        as(lead).post("/api/proposals/" + id + "/withdraw").then().statusCode(200);

        as(lead).delete("/api/proposals/" + id + "/attachments/" + firstId).then().statusCode(204);
        as(lead).get("/api/proposals/" + id + "/attachments").then().statusCode(200).body("size()", equalTo(0));
        as(lead).get("/api/proposals/" + id + "/validation").then().body("field", hasItem("attachments.attestation"));
        // removed from the draft, but kept: the withdrawn submission's snapshot names it
        assertThat(as(TestFixtures.AUDITOR).get("/api/proposals/" + id + "/attachments/" + firstId).then()
                .statusCode(200).extract().asByteArray()).isEqualTo(first);
        as(lead).delete("/api/proposals/" + id + "/attachments/" + firstId).then().statusCode(404);

        // an attachment that no submission listed is deleted with its content
        long draftOnly = Pdfs.upload(lead, id, "OTHER", "draft-only.pdf", Pdfs.onePage("Wrong file")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).delete("/api/proposals/" + id + "/attachments/" + draftOnly).then().statusCode(204);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Attachment.count("id", draftOnly))).isZero();
        as(lead).get("/api/proposals/" + id + "/attachments/" + draftOnly).then().statusCode(404);

        byte[] second = Pdfs.onePage("Attestation, second version");
        Pdfs.upload(lead, id, "CLUSTER_ATTESTATION", "attestation-v2.pdf", second).then().statusCode(201);
        as(lead).post("/api/proposals/" + id + "/submit").then().statusCode(200).body("protocolNumber", equalTo(2));
        String snapshot = as(lead).get("/api/proposals/" + id + "/submission/snapshot").asString();
        assertThat(JsonPath.from(snapshot).getList("attachments.sha256"))
                .containsExactly(Sha256.of(second));
        String earlier = QuarkusTransaction.requiringNew().call(() ->
                Submission.<Submission>findById(firstSubmission).snapshot);
        assertThat(JsonPath.from(earlier).getList("attachments.sha256")).containsExactly(Sha256.of(first));
        assertThat(JsonPath.from(earlier).getList("attachments.id")).containsExactly((int) firstId);
    }

    @Test
    void attachmentsLeaveTheProposalsVersionAlone() {
        long call = publishedCall("ATT-VERSION");
        String lead = lead("att-version-lead", 1212);
        long id = draft(lead, call, "A");
        long attachment = Pdfs.upload(lead, id, "OTHER", "annex.pdf", Pdfs.onePage("Annex")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(lead).get("/api/proposals/" + id).then().body("version", equalTo(0));
        // a co-author who read version 0 before the upload still saves the content
        as(lead).body(Map.of("version", 0, "content", Map.of("title", "Still mine"))).put("/api/proposals/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        as(lead).delete("/api/proposals/" + id + "/attachments/" + attachment).then().statusCode(204);
        as(lead).get("/api/proposals/" + id).then().body("version", equalTo(1));
    }

    @Test
    void aProposalHoldsAtMostTheConfiguredNumberOfAttachments() {
        long call = publishedCall("ATT-COUNT");
        String lead = lead("att-count-lead", 1213);
        long id = draft(lead, call, "A");
        byte[] pdf = Pdfs.onePage("One of many");
        for (int i = 0; i < maxCount; i++) {
            Pdfs.upload(lead, id, "OTHER", "annex-" + i + ".pdf", pdf).then().statusCode(201);
        }
        Pdfs.upload(lead, id, "OTHER", "one-too-many.pdf", pdf).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "too-many-attachments"));
        assertThat(stored(id)).isEqualTo(maxCount);
        as(lead).get("/api/proposals/" + id + "/attachments").then().body("size()", equalTo(maxCount))
                .body("fileName", not(hasItem("one-too-many.pdf")));
    }

    private long publishedCall(String code) {
        long call = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    /** A new applicant with its own enterprise; returns the username (use {@link #enterprise} for the id). */
    private String lead(String username, int seed) {
        enterprise(username, seed);
        return username;
    }

    private long enterprise(String username, int seed) {
        fixtures.applicant(username);
        return as(username).body(Api.enterprise("Impresa " + username, Api.vat(seed), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long lab(String username, int seed) {
        return as(fixtures.applicant(username)).body(Map.of("type", "RESEARCH_CENTRE", "name", "Lab " + username,
                "vatNumber", Api.vat(seed))).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long draft(String lead, long call, String line) {
        return as(lead).body(Map.of("callId", call, "line", line)).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long completeDraft(String lead, long call, String line, long partner, long lab) {
        long id = draft(lead, call, line);
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab))).put("/api/proposals/" + id)
                .then().statusCode(200);
        fixtures.confirmAll(id);
        return id;
    }

    private static long stored(long proposalId) {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.count("proposalId", proposalId));
    }
}
