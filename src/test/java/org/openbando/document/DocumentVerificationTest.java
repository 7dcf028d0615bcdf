package org.openbando.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.shared.Sha256;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Anyone can verify an issued document (issue 15): every PDF prints a random verification code and the QR code of its
 * public page; the public API and pages say, by code or by file, whether it is authentic and which act it is, and
 * nothing else. Against the real database, documents and HTTP endpoints, without a login.
 */
@QuarkusTest
class DocumentVerificationTest {

    static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";
    static final String VERIFY = "/api/public/documents/verification";

    @Inject
    DocumentService documents;
    @Inject
    TestFixtures fixtures;
    @Inject
    RawSql sql;

    @Test
    void theReceiptCarriesItsVerificationCodeOnEveryPageAndTheQrCodeOfItsPage() throws Exception {
        SubmittedProposal p = SubmittedProposal.submit(fixtures, "VERIFY-RECEIPT", 210001);
        // the receipt issued on the spot (the process has not started): it gets its code at its first issue
        byte[] receipt = as(p.lead()).accept("application/pdf").get("/api/proposals/" + p.proposal() + "/receipt")
                .then().statusCode(200).extract().asByteArray();
        DocumentSummary summary = QuarkusTransaction.requiringNew().call(() -> documents.list(p.proposal())).stream()
                .filter(d -> d.kind() == DocumentKind.RECEIPT).findFirst().orElseThrow();
        assertThat(summary.verificationCode()).matches(CODE);
        assertThat(summary.sha256()).isEqualTo(Sha256.of(receipt));
        String code = summary.verificationCode();
        String url = "http://localhost:8080/verify/" + code;
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/verified-receipt.pdf"), receipt);

        try (PDDocument pdf = Loader.loadPDF(receipt)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) { // in the top margin of every page
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("page " + page).contains("Codice di verifica " + code);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " ")).contains(url)
                    .contains("Chiunque può verificare che questo documento è autentico");
            assertThat(qrCodes(pdf)).containsExactly(url);
        }
        // still PDF/A-2a with the QR code image (veraPDF)
        assertThat(PdfA.validate(receipt, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        // asked for again: the stored receipt, byte-identical, with the same code
        byte[] again = as(p.lead()).accept("application/pdf").get("/api/proposals/" + p.proposal() + "/receipt")
                .then().statusCode(200).extract().asByteArray();
        assertThat(again).isEqualTo(receipt);
        DocumentFile stored = QuarkusTransaction.requiringNew().call(() -> documents.get(p.proposal(), summary.id())
                .orElseThrow());
        assertThat(stored.verificationCode()).isEqualTo(code);

        // anyone verifies it by its code, with no login, and learns the act and nothing else
        JsonPath verified = given().accept(ContentType.JSON).header("Accept-Language", "it")
                .get(VERIFY + "/" + code).then().statusCode(200).extract().jsonPath();
        assertThat(verified.getMap("").keySet()).isEqualTo(Set.of("authentic", "verificationCode", "kind", "title",
                "callCode", "protocolNumber", "line", "issuedAt", "sha256", "signed"));
        assertThat(verified.getBoolean("authentic")).isTrue();
        assertThat(verified.getString("verificationCode")).isEqualTo(code);
        assertThat(verified.getString("kind")).isEqualTo("RECEIPT");
        assertThat(verified.getString("title")).isEqualTo("Ricevuta di presentazione della domanda");
        assertThat(verified.getString("callCode")).isEqualTo("VERIFY-RECEIPT");
        assertThat(verified.getLong("protocolNumber")).isEqualTo(p.stored().protocolNumber);
        assertThat(verified.getString("line")).isNull();
        assertThat(verified.getString("sha256")).isEqualTo(Sha256.of(receipt));
        assertThat(verified.getBoolean("signed")).isFalse();
        assertThat(verified.prettify()).doesNotContain("Capofila").doesNotContain(p.lead())
                .doesNotContain("ricevuta-");
        // as a person types it: lower case, without hyphens, O for 0 and I or L for 1
        String typed = code.replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l');
        given().accept(ContentType.JSON).header("Accept-Language", "en").get(VERIFY + "/" + typed).then()
                .statusCode(200).body("verificationCode", equalTo(code))
                .body("title", equalTo("Receipt of submission"));
    }

    @Test
    void aFileIsAuthenticByteForByteAndOneChangedByteMakesItNoIssuedDocument() {
        long proposal = proposal("VERIFY-FILE", 210011);
        DocumentFile decision = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "decision:1", "en", "olga", Samples.of(DocumentKind.FUNDING_DECISION)));
        assertThat(decision.verificationCode()).matches(CODE);

        for (String type : List.of("application/pdf", "application/octet-stream")) {
            given().contentType(type).accept(ContentType.JSON).body(decision.content()).post(VERIFY).then()
                    .statusCode(200).body("authentic", equalTo(true))
                    .body("verificationCode", equalTo(decision.verificationCode()))
                    .body("kind", equalTo("FUNDING_DECISION")).body("signed", equalTo(true))
                    .body("sha256", equalTo(decision.sha256()));
        }
        byte[] altered = decision.content().clone();
        altered[altered.length / 2] ^= 0x01;
        given().contentType("application/pdf").accept(ContentType.JSON).body(altered).post(VERIFY).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-an-issued-document"))
                .body("detail", containsString(Sha256.of(altered)));
        // a signed act verified by its code says so too
        given().accept(ContentType.JSON).get(VERIFY + "/" + decision.verificationCode()).then().statusCode(200)
                .body("signed", equalTo(true)).body("protocolNumber", equalTo((int) Samples.PROTOCOL));
    }

    @Test
    void anUnknownCodeIsNotFoundAndAMalformedOneIsRefusedNamingTheCode() {
        String unknown = DocumentVerification.newCode();
        given().accept(ContentType.JSON).get(VERIFY + "/" + unknown).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/document-not-found"))
                .body("detail", containsString(unknown));
        for (String bad : List.of("ABCD-EFGH", "ABCD-EFGH-JKMN-PQRSU", "UUUU-UUUU-UUUU-UUUU", "1234-5678-9ABC-DEF!",
                "A".repeat(41))) {
            given().accept(ContentType.JSON).get(VERIFY + "/" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        }
    }

    @Test
    void aBodyLargerThanAnyDocumentOrEmptyIsRefusedNamingTheFile() {
        long max = 1024 * 1024; // %test.openbando.document-verification.max-size
        given().contentType("application/pdf").accept(ContentType.JSON).body(new byte[(int) max + 1]).post(VERIFY)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/file-too-large")).body("errors[0].field", equalTo("file"));
        given().contentType("application/pdf").accept(ContentType.JSON).body(new byte[0]).post(VERIFY).then()
                .statusCode(400).body("errors[0].field", equalTo("file"));
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{}").post(VERIFY).then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theVerificationPageShowsTheResultInTheVisitorsLanguage() {
        long proposal = proposal("VERIFY-PAGE", 210021);
        DocumentFile admission = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "decision:1", "it", "olga", Samples.of(DocumentKind.ADMISSION)));
        String code = admission.verificationCode();

        Api.page(null).get("/verify").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Verifica di un documento")).body(containsString("id=\"verify-file-form\""));
        Api.page(null).cookie("lang", "it").get("/verify/" + code).then().statusCode(200)
                .body(containsString("Documento autentico"))
                .body(containsString("Comunicazione di ammissione alla valutazione"))
                .body(containsString("Bando CLUST-2026, numero di protocollo 4711"))
                .body(containsString(admission.sha256())).body(containsString("Non firmato"))
                .body(not(containsString("Meccanica Fine"))).body(not(containsString("Olga")));
        Api.page(null).cookie("lang", "en").get("/verify/" + code).then().statusCode(200)
                .body(containsString("Authentic document"))
                .body(containsString("Notice of admission to evaluation"))
                .body(containsString("Call CLUST-2026, protocol number 4711"));
        // the form sends the code by GET: the result's own address, the code as stored
        Api.page(null).get("/verify?code=" + code.toLowerCase().replace("-", " ")).then().statusCode(303)
                .header("Location", endsWith("/verify/" + code));
        Api.page(null).cookie("lang", "en").get("/verify?code=not-a-code").then().statusCode(400)
                .body(containsString("id=\"code-error\"")).body(containsString("A verification code has 16"));
        String unknown = DocumentVerification.newCode();
        Api.page(null).cookie("lang", "it").get("/verify/" + unknown).then().statusCode(404)
                .body(containsString("Nessun documento con questo codice")).body(containsString(unknown));

        // by file, through the upload form
        Api.upload(null).cookie("lang", "en").multiPart("file", "admission.pdf", admission.content(),
                "application/pdf").post("/verify").then().statusCode(200)
                .body(containsString("identical byte for byte")).body(containsString(code));
        byte[] altered = admission.content().clone();
        altered[100] ^= 0x20;
        Api.upload(null).cookie("lang", "it").multiPart("file", "admission.pdf", altered, "application/pdf")
                .post("/verify").then().statusCode(404).body(containsString("Non è un documento emesso"))
                .body(containsString(Sha256.of(altered)));
        Api.upload(null).cookie("lang", "en").post("/verify").then().statusCode(400)
                .body(containsString("Choose the PDF file to verify"));
    }

    @Test
    void aDocumentWithoutAVerificationCodeCannotBeStoredNorItsCodeChanged() {
        long proposal = proposal("VERIFY-STORE", 210031);
        DocumentFile doc = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal, "decision:1", "it",
                "olga", Samples.of(DocumentKind.ADMISSION)));
        assertThatThrownBy(() -> sql.update("insert into openbando.issued_document (proposal_id, kind, reference, "
                + "language, file_name, content, size_bytes, sha256, issued_by, issued_at) values (?, 'ADMISSION', "
                + "'decision:2', 'it', 'x.pdf', '\\x25504446'::bytea, 4, repeat('0', 64), 'olga', now())", proposal))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("issued_document_verification_code_required");
        assertThatThrownBy(() -> sql.update("update openbando.issued_document set verification_code = ? "
                + "where id = ?", DocumentVerification.newCode(), doc.id())).isInstanceOf(SQLException.class)
                .hasMessageContaining("refused");
        // two documents never share a code
        DocumentFile other = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal, "decision:3",
                "it", "olga", Samples.of(DocumentKind.ADMISSION)));
        assertThat(other.verificationCode()).isNotEqualTo(doc.verificationCode());
        assertThat(sql.queryLong("select count(*) from openbando.issued_document where verification_code = ?",
                doc.verificationCode())).isEqualTo(1);
    }

    /**
     * The texts of the QR codes in the document: every image of every page, as the PDF holds it (its pixels, decoded
     * by zxing's reader as a phone's camera would read the printed page).
     */
    private static List<String> qrCodes(PDDocument pdf) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            qrCodes(page.getResources(), found);
        }
        return found;
    }

    private static void qrCodes(PDResources resources, List<String> found) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                qrCodes(form.getResources(), found);
            } else if (resources.getXObject(name) instanceof PDImageXObject image) {
                BufferedImage pixels = image.getImage();
                int[] rgb = pixels.getRGB(0, 0, pixels.getWidth(), pixels.getHeight(), null, 0, pixels.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels.getWidth(),
                        pixels.getHeight(), rgb)));
                try {
                    found.add(new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                            List.of(BarcodeFormat.QR_CODE))).getText());
                } catch (NotFoundException e) {
                    found.add("(an image that is no QR code)");
                }
            }
        }
    }

    private long proposal(String callCode, int vatSeed) {
        long call = as(TestFixtures.OFFICER).body(Api.call(callCode, -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        String lead = fixtures.applicant(callCode.toLowerCase() + "-lead");
        as(lead).body(Api.enterprise("Capofila " + callCode, Api.vat(vatSeed), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201);
        return as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
