package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.openbando.Api.as;
import static org.openbando.Api.page;
import static org.openbando.Api.upload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.funding.FundingSteps;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Sha256;

/**
 * The dossier of a funded project against the real database: every part with the hashes the system stored, and its
 * verification (intact; a modified, removed or extra file named; a modified manifest refused; the offline command
 * agreeing), its bounds and who may have it. VAT seeds 220000-220009 (labs at +5000).
 */
@QuarkusTest
class DossierTest {

    static final String AUDITOR = TestFixtures.AUDITOR;
    static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps rankingSteps;
    @Inject
    Rankings rankings;
    @Inject
    FundingSteps steps;
    @Inject
    TestFixtures fixtures;

    private static EvaluatedCall.Built built;

    /** A call ranked and approved; its Line A project funded with the decision issued. */
    EvaluatedCall.Built call() {
        if (built == null) {
            EvaluatedCall.Built b = evaluatedCall.build("DO-15", 220000, EvaluatedCall.spec()
                    .budgets("600000", "600000").a("80").b("70"));
            rankingSteps.draft(b.callId());
            long version = rankings.views(b.callId()).get(0).version();
            as(OFFICER).body(Map.of("version", version)).post("/api/rankings/calls/" + b.callId() + "/approval")
                    .then().statusCode(200);
            // the approval's publication (the call's process runs it; here at once): the ranking acts are issued
            QuarkusTransaction.requiringNew().call(() -> rankingSteps.publish(b.callId()));
            for (EvaluatedCall.Proposal p : b.proposals()) {
                QuarkusTransaction.requiringNew().run(() -> steps.open(p.submissionId()));
            }
            decide(b.get(0).submissionId());
            built = b;
        }
        return built;
    }

    void decide(long s) {
        String award = "/api/funding/" + s;
        LocalDate today = LocalDate.now(ClockProducer.ROME);
        as(OFFICER).body(Map.of("cup", "J12B23000120007", "version", version(s))).put(award + "/cup").then()
                .statusCode(200);
        as(OFFICER).body(Map.of("cor", "1234567", "version", version(s))).put(award + "/cor").then().statusCode(200);
        as(OFFICER).body(Map.of("durcIssuedOn", today.minusDays(10).toString(), "version", version(s)))
                .put(award + "/durc").then().statusCode(200);
        as(OFFICER).body(Map.of("reference", "PR_BOUTG_12345_2026", "version", version(s)))
                .put(award + "/antimafia").then().statusCode(200);
        as(OFFICER).body(Map.of("version", version(s))).post(award + "/concession").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> steps.issueDecision(s));
    }

    static long version(long s) {
        return as(OFFICER).get("/api/funding/" + s).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static byte[] download(long submissionId) {
        return as(AUDITOR).get("/api/dossiers/" + submissionId + ".zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                found.put(e.getName(), in.readAllBytes());
            }
        }
        return found;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static JsonPath verify(byte[] zip) {
        return as(AUDITOR).contentType("application/zip").body(zip).post("/api/dossiers/verification").then()
                .statusCode(200).extract().jsonPath();
    }

    static Map<String, byte[]> changed(Map<String, byte[]> entries, String path, UnaryOperator<byte[]> change) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        if (change == null) {
            copy.remove(path);
        } else {
            copy.put(path, change.apply(copy.get(path)));
        }
        return copy;
    }

    @Test
    void theDossierOfAFundedProjectHoldsEveryPartWithTheStoredHashes() throws IOException {
        EvaluatedCall.Proposal a1 = call().get(0);
        Map<String, byte[]> zip = entries(download(a1.submissionId()));

        assertThat(zip.keySet()).contains("submission/snapshot.json", "submission/receipt.json",
                "documents/index.json", "eligibility/checklist.json", "evaluation/declarations.json",
                "evaluation/individual.json", "evaluation/consensus.json", "ranking/entry.json",
                "computations/size.json", "computations/aid.json", "funding/decision.json", "audit/trail.json",
                "manifest.json");
        // the snapshot verbatim: its SHA-256 is the one stored at submission
        String stored = as(AUDITOR).get("/api/proposals/" + a1.proposalId() + "/submission").then().statusCode(200)
                .extract().jsonPath().getString("sha256");
        assertThat(Sha256.of(zip.get("submission/snapshot.json"))).isEqualTo(stored);
        assertThat(JsonPath.from(new String(zip.get("submission/receipt.json"), StandardCharsets.UTF_8))
                .getString("snapshotSha256")).isEqualTo(stored);
        // every issued document verbatim (receipt, admission, evaluation summary, funding decision...) and the act
        List<Map<String, Object>> issued = as(AUDITOR).get("/api/proposals/" + a1.proposalId() + "/documents")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(issued).extracting(d -> d.get("kind")).contains("RECEIPT", "FUNDING_DECISION");
        for (Map<String, Object> d : issued) {
            byte[] pdf = zip.entrySet().stream().filter(e -> e.getKey().startsWith("documents/" + d.get("id") + "-"))
                    .findFirst().orElseThrow(() -> new AssertionError("document " + d.get("id") + " missing"))
                    .getValue();
            assertThat(Sha256.of(pdf)).isEqualTo(d.get("sha256"));
        }
        JsonPath index = JsonPath.from(new String(zip.get("documents/index.json"), StandardCharsets.UTF_8));
        assertThat(index.getList("kind", String.class)).contains("RANKING_ACT", "FUNDING_DECISION", "RECEIPT");
        JsonPath ranking = JsonPath.from(new String(zip.get("ranking/entry.json"), StandardCharsets.UTF_8));
        assertThat(ranking.getString("list")).isEqualTo("FUNDED");
        assertThat(ranking.getString("actReference")).isEqualTo("ranking:" + built.callId() + ":A");
        assertThat(zip).containsKey(ranking.getString("actPath"));
        JsonPath decision = JsonPath.from(new String(zip.get("funding/decision.json"), StandardCharsets.UTF_8));
        assertThat(decision.getString("checklist.cup")).isEqualTo("J12B23000120007");
        assertThat(decision.getString("checklist.cor")).isEqualTo("1234567");
        assertThat(decision.getString("checklist.cupBy")).isEqualTo(OFFICER);
        JsonPath declarations = JsonPath.from(new String(zip.get("evaluation/declarations.json"),
                StandardCharsets.UTF_8));
        assertThat(declarations.getList("expert")).hasSize(2);
        assertThat(JsonPath.from(new String(zip.get("evaluation/individual.json"), StandardCharsets.UTF_8))
                .getList("submittedAt")).hasSize(2).doesNotContainNull();
        assertThat(JsonPath.from(new String(zip.get("evaluation/consensus.json"), StandardCharsets.UTF_8))
                .getString("report.sha256")).isNotBlank();
        JsonPath aid = JsonPath.from(new String(zip.get("computations/aid.json"), StandardCharsets.UTF_8));
        assertThat(aid.getDouble("awarded.grant")).isEqualTo(271000.00);
        assertThat(JsonPath.from(new String(zip.get("computations/size.json"), StandardCharsets.UTF_8))
                .getList("sizeClass")).contains("SMALL");
        assertThat(JsonPath.from(new String(zip.get("eligibility/checklist.json"), StandardCharsets.UTF_8))
                .getString("rules.state")).isEqualTo("CHECKED");
        assertThat(JsonPath.from(new String(zip.get("audit/trail.json"), StandardCharsets.UTF_8))
                .getList("action", String.class)).isNotEmpty();

        // the manifest lists every other file with its size and SHA-256, and the stored hash where one is stored
        JsonPath manifest = JsonPath.from(new String(zip.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.getString("protocol")).isEqualTo("DO-15/" + as(AUDITOR).get("/api/proposals/"
                + a1.proposalId() + "/submission").then().extract().jsonPath().getLong("protocolNumber"));
        List<Map<String, Object>> files = manifest.getList("files");
        assertThat(files).extracting(f -> f.get("path")).containsExactlyInAnyOrderElementsOf(zip.keySet().stream()
                .filter(p -> !p.equals("manifest.json")).toList());
        for (Map<String, Object> f : files) {
            byte[] content = zip.get((String) f.get("path"));
            assertThat(f.get("sha256")).as((String) f.get("path")).isEqualTo(Sha256.of(content));
            assertThat(((Number) f.get("size")).longValue()).isEqualTo(content.length);
        }
        assertThat(files).filteredOn(f -> f.get("path").equals("submission/snapshot.json"))
                .extracting(f -> (Object) ((Map<?, ?>) f.get("stored")).get("sha256")).containsExactly((Object) stored);
        // the contents the page shows list the dossier just issued, with its manifest's SHA-256
        as(AUDITOR).get("/api/dossiers/" + a1.submissionId()).then().statusCode(200)
                .body("issued.manifestSha256", hasItem(Sha256.of(zip.get("manifest.json"))))
                .body("snapshotSha256", org.hamcrest.Matchers.equalTo(stored));
    }

    @Test
    void anIntactDossierVerifiesAndEveryTamperingIsNamed() throws IOException {
        EvaluatedCall.Proposal b1 = call().get(1);
        byte[] original = download(b1.submissionId());
        Map<String, byte[]> zip = entries(original);
        String manifestSha = Sha256.of(zip.get("manifest.json"));

        JsonPath intact = verify(original);
        assertThat(intact.getBoolean("intact")).isTrue();
        assertThat(intact.getString("manifestSha256")).isEqualTo(manifestSha);
        assertThat(intact.getString("issuedTo")).isEqualTo(AUDITOR);
        assertThat(intact.getList("problems")).isEmpty();
        assertThat(intact.getList("files.matchesManifest", Boolean.class)).doesNotContain(false);
        assertThat(intact.getList("files.findAll { it.path == 'submission/snapshot.json' }.matchesStored",
                Boolean.class)).containsExactly(true);

        // a modified view: named, not matching the manifest
        JsonPath modified = verify(zip(changed(zip, "evaluation/consensus.json",
                b -> new String(b, StandardCharsets.UTF_8).replace("\"", "'").getBytes(StandardCharsets.UTF_8))));
        assertThat(modified.getBoolean("intact")).isFalse();
        assertThat(modified.getList("files.findAll { it.path == 'evaluation/consensus.json' }.matchesManifest",
                Boolean.class)).containsExactly(false);
        assertThat(modified.getList("problems", String.class)).anyMatch(p -> p.startsWith("evaluation/consensus.json"));

        // a removed document: named
        String document = zip.keySet().stream().filter(p -> p.startsWith("documents/") && p.endsWith(".pdf"))
                .findFirst().orElseThrow();
        JsonPath removed = verify(zip(changed(zip, document, null)));
        assertThat(removed.getBoolean("intact")).isFalse();
        assertThat(removed.getList("problems", String.class)).anyMatch(p -> p.startsWith(document)
                && p.contains("missing"));

        // an extra file: named
        Map<String, byte[]> extra = new LinkedHashMap<>(zip);
        extra.put("documents/forged.pdf", "%PDF-1.7 forged".getBytes(StandardCharsets.UTF_8));
        assertThat(verify(zip(extra)).getList("problems", String.class))
                .anyMatch(p -> p.startsWith("documents/forged.pdf"));

        // a modified manifest that agrees with a modified file: the file no longer matches the hash the system
        // stored, and the manifest is not one the system issued
        byte[] forged = "%PDF-1.7 forged".getBytes(StandardCharsets.UTF_8);
        String oldSha = Sha256.of(zip.get(document));
        Map<String, byte[]> tampered = changed(zip, document, b -> forged);
        tampered.put("manifest.json", new String(zip.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"sha256\" : \"" + oldSha + "\"", "\"sha256\" : \"" + Sha256.of(forged) + "\"")
                .replaceFirst("\"size\" : " + zip.get(document).length + ",", "\"size\" : " + forged.length + ",")
                .getBytes(StandardCharsets.UTF_8));
        JsonPath forgedCheck = verify(zip(tampered));
        assertThat(forgedCheck.getBoolean("intact")).isFalse();
        assertThat(forgedCheck.getList("files.findAll { it.path == '" + document + "' }.matchesManifest",
                Boolean.class)).containsExactly(true);
        assertThat(forgedCheck.getList("files.findAll { it.path == '" + document + "' }.matchesStored",
                Boolean.class)).containsExactly(false);
        assertThat(forgedCheck.getString("issuedAt")).isNull();
        assertThat(forgedCheck.getList("problems", String.class)).anyMatch(p -> p.startsWith("manifest.json"));

        // a manifest changed in a field no file is checked against: not one the system issued
        Map<String, byte[]> retitled = changed(zip, "manifest.json", b -> new String(b, StandardCharsets.UTF_8)
                .replace("\"producedFor\" : \"" + AUDITOR + "\"", "\"producedFor\" : \"someone\"")
                .getBytes(StandardCharsets.UTF_8));
        JsonPath retitledCheck = verify(zip(retitled));
        assertThat(retitledCheck.getBoolean("intact")).isFalse();
        assertThat(retitledCheck.getList("problems", String.class)).singleElement().asString()
                .startsWith("manifest.json");
    }

    @Test
    void theOfflineCommandAgreesWithTheSystem() throws Exception {
        EvaluatedCall.Proposal a1 = call().get(0);
        byte[] original = download(a1.submissionId());
        Map<String, byte[]> zip = entries(original);
        Path dir = Files.createTempDirectory("dossier");
        Path intact = dir.resolve("intact.zip");
        Files.write(intact, original);
        Run ok = offline(intact);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains(Sha256.of(zip.get("manifest.json"))).contains("INTACT");

        Path tampered = dir.resolve("tampered.zip");
        Files.write(tampered, zip(changed(zip, "funding/decision.json",
                b -> new String(b, StandardCharsets.UTF_8).replace("J12B23000120007", "J12B23000120008")
                        .getBytes(StandardCharsets.UTF_8))));
        Run bad = offline(tampered);
        assertThat(bad.exit()).as(bad.output()).isEqualTo(1);
        assertThat(bad.output()).contains("funding/decision.json").contains("NOT INTACT");
    }

    record Run(int exit, String output) {
    }

    static Run offline(Path zip) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "src/main/dossier/VerifyDossier.java", zip.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void whatIsNotADossierIsRefusedWithAProblem() throws IOException {
        as(AUDITOR).contentType("application/zip").body("not a zip at all".getBytes(StandardCharsets.UTF_8))
                .post("/api/dossiers/verification").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("file"));
        as(AUDITOR).body("{}").post("/api/dossiers/verification").then().statusCode(400)
                .contentType("application/problem+json");
        // larger than the limit (2M in tests)
        byte[] big = new byte[3 * 1024 * 1024];
        new Random(15).nextBytes(big);
        as(AUDITOR).contentType("application/zip").body(zip(Map.of("big.bin", big)))
                .post("/api/dossiers/verification").then().statusCode(413).contentType("application/problem+json")
                .body("errors.field", hasItem("file"));
        // a small ZIP that inflates beyond an entry's limit (8M in tests): refused while it inflates
        as(AUDITOR).contentType("application/zip").body(zip(Map.of("bomb.bin", new byte[9 * 1024 * 1024])))
                .post("/api/dossiers/verification").then().statusCode(413).contentType("application/problem+json");
        // an entry that climbs out of the dossier
        as(AUDITOR).contentType("application/zip").body(zip(Map.of("../../etc/passwd", new byte[] {1})))
                .post("/api/dossiers/verification").then().statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("unsafe-entry-name"));
        // a ZIP without a manifest is not intact
        JsonPath none = verify(zip(Map.of("readme.txt", new byte[] {1})));
        assertThat(none.getBoolean("intact")).isFalse();
        assertThat(none.getList("problems", String.class)).anyMatch(p -> p.startsWith("manifest.json"));
    }

    @Test
    void thePagesListTheProjectsShowTheDossierAndVerifyAnUploadInBothLanguages() throws IOException {
        EvaluatedCall.Built call = call();
        EvaluatedCall.Proposal a1 = call.get(0);
        EvaluatedCall.Proposal b1 = call.get(1);
        String projects = "/auditor/calls/" + call.callId() + "/projects";
        String it = page(AUDITOR).get(projects).then().statusCode(200).extract().asString();
        assertThat(it).contains("Progetti del bando DO-15").contains("/auditor/projects/" + a1.submissionId())
                .contains("/auditor/projects/" + b1.submissionId());
        String en = page(AUDITOR).cookie("lang", "en").get(projects).then().statusCode(200).extract().asString();
        assertThat(en).contains("Projects of call DO-15").contains("Open the dossier");
        // filtered by line, and a page of one with the link to the next
        assertThat(page(AUDITOR).queryParam("line", "B").get(projects).then().statusCode(200).extract().asString())
                .contains("/auditor/projects/" + b1.submissionId())
                .doesNotContain("/auditor/projects/" + a1.submissionId() + "\"");
        String first = page(AUDITOR).queryParam("size", "1").get(projects).then().statusCode(200).extract()
                .asString();
        assertThat(first).contains("id=\"next-page\"").contains("/auditor/projects/" + a1.submissionId() + "\"")
                .doesNotContain("/auditor/projects/" + b1.submissionId() + "\"");
        // bad filters are refused, naming nothing secret
        page(AUDITOR).queryParam("size", "201").get(projects).then().statusCode(400);
        page(AUDITOR).queryParam("line", "C").get(projects).then().statusCode(400);
        page(AUDITOR).queryParam("q", "x".repeat(101)).get(projects).then().statusCode(400);

        byte[] zip = download(a1.submissionId());
        String manifestSha = Sha256.of(entries(zip).get("manifest.json"));
        String dossier = page(AUDITOR).cookie("lang", "en").get("/auditor/projects/" + a1.submissionId()).then()
                .statusCode(200).extract().asString();
        assertThat(dossier).contains("Download the dossier (ZIP)").contains(manifestSha)
                .contains("/auditor/projects/" + a1.submissionId() + "/dossier.zip").contains("submission/snapshot.json");
        // the page's download, with the browser's session: the same dossier
        byte[] fromPage = page(AUDITOR).get("/auditor/projects/" + a1.submissionId() + "/dossier.zip").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        assertThat(entries(fromPage).get("submission/snapshot.json")).isEqualTo(entries(zip)
                .get("submission/snapshot.json"));
        assertThat(page(AUDITOR).get("/auditor/projects/" + a1.submissionId()).then().statusCode(200).extract()
                .asString()).contains("Scarica il fascicolo (ZIP)");

        String intact = upload(AUDITOR).multiPart("file", "dossier.zip", zip, "application/zip")
                .post("/auditor/dossiers/verify").then().statusCode(200).extract().asString();
        assertThat(intact).contains("id=\"verify-intact\"").contains(manifestSha);
        byte[] tampered = zip(changed(entries(zip), "ranking/entry.json", b -> new byte[] {'{', '}'}));
        String broken = upload(AUDITOR).cookie("lang", "en").multiPart("file", "dossier.zip", tampered,
                "application/zip").post("/auditor/dossiers/verify").then().statusCode(200).extract().asString();
        assertThat(broken).contains("Dossier NOT intact").contains("ranking/entry.json");
        upload(AUDITOR).multiPart("file", "x.zip", "nope".getBytes(StandardCharsets.UTF_8), "application/zip")
                .post("/auditor/dossiers/verify").then().statusCode(400);
    }

    @Test
    void onlyAuditorsAndAdministratorsHaveDossiers() {
        EvaluatedCall.Proposal a1 = call().get(0);
        String path = "/api/dossiers/" + a1.submissionId() + ".zip";
        as(OFFICER).get(path).then().statusCode(403);
        as(a1.lead()).get(path).then().statusCode(403);
        as(TestFixtures.ADMIN).get(path).then().statusCode(200);
        as(AUDITOR).get("/api/dossiers/999999999.zip").then().statusCode(404).contentType("application/problem+json");
    }
}
