package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.shared.Sha256;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The acts are stored signed (PAdES baseline B): the signature verifies over the stored bytes with the configured
 * certificate, covers the whole file but itself, and the signed file is still PDF/A-2a; the other documents are not
 * signed.
 */
@QuarkusTest
class SignedDocumentTest {

    @Inject
    DocumentService documents;
    @Inject
    PdfSigner signer;
    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void aRankingActIsStoredWithAPadesSignatureOverItsStoredBytes() throws IOException {
        long call = call("DOC-SIGN-RANK");
        Instant now = Instant.parse("2026-05-12T08:30:00Z");
        clock.moveTo(now);
        DocumentFile doc;
        try {
            doc = QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call, "ranking:1", "it",
                    "olga", Samples.of(DocumentKind.RANKING_ACT)));
        } finally {
            clock.reset();
        }
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> documents.getForCall(call, doc.id())
                .orElseThrow()).content();
        assertThat(Sha256.of(stored)).as("the hash is of the signed bytes").isEqualTo(doc.sha256());
        List<Signatures.Verdict> signatures = Signatures.of(stored);
        assertThat(signatures).singleElement().satisfies(s -> {
            assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.valid()).as("the CMS signature verifies over the byte range").isTrue();
            assertThat(s.coversWholeFile()).as("the byte range covers the whole file but the signature").isTrue();
            assertThat(s.signers()).isEqualTo(1);
            assertThat(s.certificate()).as("the configured certificate").isEqualTo(Signatures.der(signer.certificate()));
            assertThat(s.hasSigningCertificateV2()).isTrue();
            assertThat(s.certificateHashMatches()).isTrue();
            assertThat(s.hasSigningTime()).as("PAdES: the time is the dictionary's /M, not a signed attribute")
                    .isFalse();
            assertThat(s.signDate().toInstant()).isEqualTo(now);
        });
        assertThat(signer.certificate().getSubjectX500Principal().getName())
                .contains("OpenBando development signer — not valid for production");
        // the signature is an incremental update: the rendered document is still there, readable, unchanged
        try (PDDocument pdf = Loader.loadPDF(stored)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0]+", " "))
                    .contains(Samples.keySentence(DocumentKind.RANKING_ACT, "it"));
        }
        PdfA.Verdict verdict = PdfA.validate(stored, PDFAFlavour.PDFA_2_A);
        assertThat(verdict.failures()).as("veraPDF failures of the signed file").isEmpty();
        assertThat(verdict.compliant()).isTrue();
    }

    @Test
    void aFundingDecisionAndARevocationAreSignedAndANoticeIsNot() throws IOException {
        long proposal = proposal("DOC-SIGN-FUND", 150_100);
        List<DocumentFile> issued = QuarkusTransaction.requiringNew().call(() -> List.of(
                documents.issue(proposal, "decision:1", "en", "olga", Samples.of(DocumentKind.FUNDING_DECISION)),
                documents.issue(proposal, "notice:1", "it", "system", Samples.of(DocumentKind.REVOCATION_NOTICE)),
                documents.issue(proposal, "revocation:1", "it", "olga", Samples.of(DocumentKind.REVOCATION)),
                documents.issue(proposal, "submission:1", "it", "system", Samples.of(DocumentKind.RECEIPT))));
        for (DocumentFile doc : issued) {
            byte[] stored = QuarkusTransaction.requiringNew().call(() -> documents.get(proposal, doc.id())
                    .orElseThrow()).content();
            assertThat(Sha256.of(stored)).isEqualTo(doc.sha256());
            List<Signatures.Verdict> signatures = Signatures.of(stored);
            if (doc.kind().signed()) {
                assertThat(signatures).as(doc.kind() + " is signed").singleElement().satisfies(s -> {
                    assertThat(s.valid()).isTrue();
                    assertThat(s.coversWholeFile()).isTrue();
                    assertThat(s.certificate()).isEqualTo(Signatures.der(signer.certificate()));
                });
                assertThat(PdfA.validate(stored, PDFAFlavour.PDFA_2_A).failures()).as(doc.kind().name()).isEmpty();
            } else {
                assertThat(signatures).as(doc.kind() + " is not signed").isEmpty();
            }
        }
        assertThat(issued).extracting(DocumentFile::kind).filteredOn(DocumentKind::signed)
                .containsExactly(DocumentKind.FUNDING_DECISION, DocumentKind.REVOCATION);
    }

    @Test
    void aSignatureNoLongerVerifiesOnceOneByteOfTheFileChanged() throws IOException {
        byte[] signed = signer.sign(new PdfRendererAccess().render(DocumentKind.REVOCATION), Samples.DECIDED);
        assertThat(Signatures.of(signed)).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());
        // a byte of the rendered document, before the signature: a digit of the page's content changes
        byte[] early = signed.clone();
        early[early.length / 4] ^= 0x01;
        assertThat(Signatures.of(early)).singleElement().satisfies(s -> assertThat(s.valid()).isFalse());
        // the last byte of the file (after the signature, still in its byte range)
        byte[] late = signed.clone();
        late[late.length - 1] ^= 0x01;
        assertThat(Signatures.of(late)).singleElement().satisfies(s -> assertThat(s.valid()).isFalse());
    }

    /** Renders the sample of a kind with the application's renderer. */
    private static final class PdfRendererAccess {

        byte[] render(DocumentKind kind) {
            return io.quarkus.arc.Arc.container().instance(PdfRenderer.class).get().render(Samples.of(kind), "it");
        }
    }

    private static long call(String callCode) {
        long call = as(TestFixtures.OFFICER).body(Api.call(callCode, -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    private long proposal(String callCode, int vatSeed) {
        long call = call(callCode);
        String lead = fixtures.applicant(callCode.toLowerCase() + "-lead");
        as(lead).body(Api.enterprise("Capofila " + callCode, Api.vat(vatSeed), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201);
        return as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
