package org.openbando.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbando.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.call.CallService;
import org.openbando.call.Line;
import org.openbando.funding.AwardFacts;
import org.openbando.funding.FundingSteps;
import org.openbando.organization.OrganizationPlaces;
import org.openbando.proposal.ProposalService;
import org.openbando.ranking.RankingLists;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;
import org.openbando.shared.Sha256;
import org.openbando.submission.FrozenSubmissions;

/**
 * The funding report benchmark's driver (src/bench/report.sh; not part of the suite: it runs only with
 * {@code -Dbench.report=N}, and its name does not match the test pattern). Speed is measured here, never asserted.
 *
 * <p>Preparation (not measured): a template call built by the real services ({@link EvaluatedCall}: a fundable
 * proposal of each line, a not fundable one, an inadmissible one), ranked and approved, its funded projects' awards
 * opened; then N submitted projects made from it in SQL (as the ranking benchmark does): consortia of 2 to 4 members
 * (enterprises of every size, a university with the right to publish in some), each a new organisation with a city,
 * the frozen snapshot (budget per member in two research categories, 0 to 2 contracts with one of 50 labs, one of the
 * call's thematic areas), the proposal's status, the entry in the approved ranking (about 12% not fundable, the
 * fundable ones 60% funded, the others on the reserve list, a few inadmissible) and, for the funded ones, the award
 * with each partner's grant (some moved up the reserve list).
 *
 * <p>Measured: {@link ProjectFactsReader#ofCall} (the facts read), and its reads one by one; the figures computed from
 * facts already read ({@link FundingReports#compute}); {@link FundingReports#of} (read + compute); the CSV and PDF
 * exports ({@link ReportExports}); the dossier of one project as the auditor downloads it
 * ({@code GET /api/dossiers/{id}.zip}).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.report", matches = "\\d+")
class ReportBench {

    static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
    static final String[] CITIES = {"Torino", "Bologna", "Milano", "Cuneo", "Novara", "Modena", "Parma", "Asti"};
    static final int LABS = 50;

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    RankingSteps rankingSteps;
    @Inject
    Rankings rankings;
    @Inject
    FundingSteps fundingSteps;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    CallService calls;
    @Inject
    ProjectFactsReader reader;
    @Inject
    FundingReports reports;
    @Inject
    ReportExports exports;
    @Inject
    FrozenSubmissions frozen;
    @Inject
    ProposalService proposals;
    @Inject
    RankingLists lists;
    @Inject
    AwardFacts awards;
    @Inject
    OrganizationPlaces places;

    final Path results = Path.of(System.getProperty("bench.results", "target/bench/report/results.txt"));

    @Test
    void reportsACallOfManyProjects() throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.report"));
        int runs = Integer.getInteger("bench.runs", 5);
        long t0 = System.nanoTime();
        EvaluatedCall.Built template = evaluatedCall.build("BENCH-RP-" + (System.currentTimeMillis() / 1000) % 100000,
                181000, EvaluatedCall.spec().budgets("542000", "271000").a("80").b("75").a("50").inadmissible());
        long callId = template.callId();
        rankingSteps.draft(callId);
        long version = rankings.views(callId).get(0).version();
        as(TestFixtures.OFFICER).body(Map.of("version", version)).post("/api/rankings/calls/" + callId + "/approval")
                .then().statusCode(200);
        for (long funded : List.of(template.get(0).submissionId(), template.get(1).submissionId())) {
            QuarkusTransaction.requiringNew().run(() -> fundingSteps.open(funded));
        }
        line("template call %d built through the services in %.1f s", callId, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        Map<String, Long> expected = prepare(template, n);
        line("prepared %d projects in SQL in %.1f s: %s", n, (System.nanoTime() - t1) / 1e9, expected);

        Map<String, List<Double>> times = new LinkedHashMap<>();
        long submission = template.get(0).submissionId();
        for (int run = 1; run <= runs; run++) {
            Map<String, Double> t = new LinkedHashMap<>();
            ProjectFactsReader.Read read = timed(t, "facts read (ProjectFactsReader.ofCall)", () -> reader.ofCall(
                    callId));
            FundingRulesAndAreas ctx = QuarkusTransaction.requiringNew().call(() -> new FundingRulesAndAreas(
                    calls.fundingRules(callId)));
            timed(t, "figures computed from the facts (compute)", () -> FundingReports.compute(ctx.rules(), read,
                    List.of()));
            FundingReport report = timed(t, "FundingReports.of (read + compute)", () -> reports.of(callId));
            if (run == 1) {
                check(report, expected);
            }
            t.put("ReportExports.csv", export(() -> exports.csv(callId, Locale.ITALIAN, sink()), t));
            t.put("ReportExports.pdf", export(() -> exports.pdf(callId, Locale.ITALIAN, TestFixtures.AUDITOR), t));
            // where an export's time goes beyond the report: its writing alone, from the report already read
            t.put("  written from the report read: CSV", export(() -> exports.csv(report, Locale.ITALIAN, sink()), t));
            t.put("  written from the report read: PDF (render, code, record)", export(() -> exports.pdf(report,
                    Locale.ITALIAN, TestFixtures.AUDITOR), t));
            // the dossier as an auditor gets it (the reads behind it check the reader's rights): the whole route
            t.put("dossier of one project (GET /api/dossiers/{id}.zip)", export(() -> as(TestFixtures.AUDITOR)
                    .get("/api/dossiers/" + submission + ".zip").then().statusCode(200).extract().asByteArray(), t));
            phases(callId, t);
            t.forEach((k, v) -> times.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            line("run %d: %s", run, t.entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() == null ? "n/a"
                    : Math.round(e.getValue()) + " ms")).collect(Collectors.joining(", ")));
        }
        line("summary over the runs (median [min..max] ms):");
        times.forEach((k, v) -> line("  %-56s %s", k, spread(v)));
    }

    record FundingRulesAndAreas(org.openbando.call.FundingRules rules) {
    }

    /** The reader's reads one by one (as ProjectFactsReader does them), each timed. */
    void phases(long callId, Map<String, Double> t) {
        timed(t, "  read: snapshots streamed and parsed", () -> {
            List<FrozenSubmissions.Frozen> all = new ArrayList<>();
            frozen.ofCall(callId, all::add);
            return all;
        });
        timed(t, "  read: snapshots' text only (no parsing)", () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                long chars = 0;
                try (ResultSet rs = s.executeQuery("select snapshot from openbando.submission where call_id = "
                        + callId + " and withdrawn_at is null")) {
                    while (rs.next()) {
                        chars += rs.getString(1).length();
                    }
                }
                return chars;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        timed(t, "  read: proposals' statuses", () -> QuarkusTransaction.requiringNew().call(() -> proposals
                .statusesInCall(callId)));
        timed(t, "  read: ranking lists", () -> lists.approved(callId));
        timed(t, "  read: awards with partners' grants", () -> awards.ofCall(callId));
        Set<Long> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s
                .executeQuery("select m.organization_id from openbando.submission_member m join openbando.submission "
                        + "x on x.id = m.submission_id where x.call_id = " + callId)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        timed(t, "  read: organisations' places (" + ids.size() + ")", () -> places.of(ids));
    }

    /** Times an export; null (n/a) while its owner has not filled it. */
    static Double export(Runnable work, Map<String, Double> t) {
        long t0 = System.nanoTime();
        try {
            work.run();
            return ms(t0);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    static OutputStream sink() {
        return OutputStream.nullOutputStream();
    }

    /** The report shows the projects prepared (the template's 5 and the n made). */
    void check(FundingReport report, Map<String, Long> expected) {
        FundingReport.Row submitted = report.section(FundingReport.SectionKey.SUMMARY).rows().get(1);
        FundingReport.Row financed = report.section(FundingReport.SectionKey.SUMMARY).rows().get(4);
        assertEquals(expected.get("submitted"), submitted.total().value().longValueExact(), "submitted");
        assertEquals(expected.get("financed"), financed.total().value().longValueExact(), "financed");
        line("report: submitted %s, financed %s, grants %s, enterprises %s", submitted.total().value(),
                financed.total().value(), report.section(FundingReport.SectionKey.SUMMARY).rows().get(8).total()
                        .value(), report.section(FundingReport.SectionKey.SUMMARY).rows().get(5).total().value());
    }

    static <T> T timed(Map<String, Double> times, String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        times.put(what, ms(t0));
        return result;
    }

    static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    static String spread(List<Double> values) {
        if (values.stream().anyMatch(v -> v == null)) {
            return "n/a (not implemented on this branch)";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format("%.0f [%.0f..%.0f] (%d runs)", median, sorted.get(0), sorted.get(sorted.size() - 1),
                sorted.size());
    }

    void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("REPORT-BENCH " + text);
        try {
            Files.createDirectories(results.getParent());
            Files.writeString(results, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- preparation -----------------------------------------------------------------------------------------------

    /**
     * Makes n projects of the template's call: their rows first in temporary tables (generated here), then copied
     * into the application's tables, each from the template row of its kind (every column not set here is the
     * template's, so that the copy follows the schema).
     */
    Map<String, Long> prepare(EvaluatedCall.Built template, int n) throws Exception {
        long callId = template.callId();
        List<String> areas = new ArrayList<>(QuarkusTransaction.requiringNew().call(() -> calls.rules(callId)
                .thematicAreaCodes()));
        Collections.sort(areas);
        long financed = 2; // the template's A1 and B1
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> base = new LinkedHashMap<>();
            for (String table : List.of("organization", "proposal", "submission", "grant_award")) {
                base.put(table, one(c, "select coalesce(max(id), 0) + 1000 from openbando." + table));
            }
            long protocol = one(c, "select max(protocol_number) from openbando.submission where call_id = " + callId);
            Instant arrival = Instant.ofEpochMilli(one(c, "select cast(extract(epoch from max(arrived_at)) * 1000 as "
                    + "bigint) from openbando.submission where call_id = " + callId)).plusSeconds(60);
            EvaluatedCall.Proposal fa = template.get(0);
            EvaluatedCall.Proposal fb = template.get(1);
            EvaluatedCall.Proposal nf = template.get(2);
            Map<Line, JsonNode> snapshots = Map.of(Line.A, snapshot(c, fa.submissionId()), Line.B,
                    snapshot(c, fb.submissionId()));
            long templateOrg = fa.leadOrganizationId();
            long templateLab = snapshots.get(Line.A).get("content").get("contracts").get(0)
                    .get("providerOrganizationId").asLong();
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table bench_row (i int primary key, line varchar(1), list varchar(20), "
                        + "moved_up boolean, tpl_submission bigint, tpl_proposal bigint, tpl_award bigint, "
                        + "proposal_id bigint, submission_id bigint, award_id bigint, protocol bigint, "
                        + "arrived_at timestamptz, snapshot text, sha text, acronym text, title text, grant_amount "
                        + "numeric(14, 2)) on commit drop");
                s.execute("create temporary table bench_member (i int, position int, organization_id bigint, "
                        + "type text, name text, vat text, city text, cost numeric(14, 2), grant_amount "
                        + "numeric(14, 2)) on commit drop");
            }
            long awardA = one(c, "select id from openbando.grant_award where submission_id = " + fa.submissionId());
            long awardB = one(c, "select id from openbando.grant_award where submission_id = " + fb.submissionId());
            Random random = new Random(15);
            long org = base.get("organization");
            List<Long> labs = new ArrayList<>();
            try (PreparedStatement row = c.prepareStatement("insert into bench_row values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?)"); PreparedStatement member = c.prepareStatement(
                            "insert into bench_member values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int l = 0; l < LABS; l++) { // the labs contracted (organisations of no project: i = -1)
                    long id = org++;
                    labs.add(id);
                    member.setInt(1, -1);
                    member.setInt(2, l);
                    member.setLong(3, id);
                    member.setString(4, "RESEARCH_CENTRE");
                    member.setString(5, "Bench lab " + id);
                    member.setString(6, String.format("8%010d", id));
                    member.setString(7, CITIES[l % CITIES.length]);
                    member.setBigDecimal(8, BigDecimal.ZERO);
                    member.setBigDecimal(9, null);
                    member.addBatch();
                }
                for (int i = 0; i < n; i++) {
                    boolean inadmissible = i % 2000 == 1000;
                    Line line = inadmissible || random.nextInt(10) < 7 ? Line.A : Line.B;
                    boolean fundable = !inadmissible && random.nextInt(100) >= 12;
                    boolean funded = fundable && random.nextInt(100) < 60;
                    boolean movedUp = funded && random.nextInt(100) < 5;
                    String list = inadmissible ? "INADMISSIBLE" : !fundable ? "NOT_FUNDABLE" : funded && !movedUp
                            ? "FUNDED" : "RESERVE";
                    arrival = arrival.plusMillis(1 + random.nextInt(400));
                    protocol++;
                    int members = 2 + random.nextInt(3);
                    ObjectNode snap = snapshots.get(line).deepCopy();
                    ObjectNode content = (ObjectNode) snap.get("content");
                    ArrayNode facts = json.createArrayNode();
                    ArrayNode partners = json.createArrayNode();
                    ArrayNode budget = json.createArrayNode();
                    ArrayNode contracts = json.createArrayNode();
                    JsonNode factTemplate = snap.get("members").get(0);
                    BigDecimal projectGrant = BigDecimal.ZERO;
                    for (int m = 0; m < members; m++) {
                        long id = org++;
                        boolean university = m == members - 1 && members == 4 && random.nextBoolean();
                        String vat = String.format("7%010d", id);
                        String name = (university ? "Bench university " : "Bench enterprise ") + id;
                        ObjectNode fact = factTemplate.deepCopy();
                        fact.put("id", id).put("name", name).put("vatNumber", vat);
                        if (university) {
                            fact.put("type", "UNIVERSITY").putNull("size");
                        } else {
                            ((ObjectNode) fact.get("size")).put("sizeClass", SIZES[random.nextInt(SIZES.length)]);
                        }
                        facts.add(fact);
                        if (m > 0) {
                            ObjectNode partner = partners.addObject().put("organizationId", id);
                            if (university) {
                                partner.put("rightToPublish", true);
                            }
                        }
                        BigDecimal research = new BigDecimal(50_000 + 1_000 * random.nextInt(300)).setScale(2);
                        BigDecimal development = new BigDecimal(20_000 + 1_000 * random.nextInt(150)).setScale(2);
                        budget.addObject().put("organizationId", id).put("costCategory", "PERSONNEL")
                                .put("researchCategory", "INDUSTRIAL_RESEARCH").put("amount", research);
                        budget.addObject().put("organizationId", id).put("costCategory", "INSTRUMENTS_AND_EQUIPMENT")
                                .put("researchCategory", "EXPERIMENTAL_DEVELOPMENT").put("amount", development);
                        BigDecimal cost = research.add(development);
                        BigDecimal grant = research.multiply(new BigDecimal("0.6")).add(development.multiply(
                                new BigDecimal("0.35"))).setScale(2, java.math.RoundingMode.DOWN);
                        projectGrant = projectGrant.add(grant);
                        member.setInt(1, i);
                        member.setInt(2, m);
                        member.setLong(3, id);
                        member.setString(4, university ? "UNIVERSITY" : "ENTERPRISE");
                        member.setString(5, name);
                        member.setString(6, vat);
                        member.setString(7, CITIES[random.nextInt(CITIES.length)]);
                        member.setBigDecimal(8, cost);
                        member.setBigDecimal(9, grant);
                        member.addBatch();
                    }
                    for (int k = random.nextInt(3); k > 0; k--) {
                        contracts.addObject().put("providerOrganizationId", labs.get(random.nextInt(LABS)))
                                .put("subject", "Qualified research services " + k)
                                .put("amount", new BigDecimal(10_000 + 1_000 * random.nextInt(100)).setScale(2));
                    }
                    snap.set("members", facts);
                    content.set("partners", partners);
                    content.set("budget", budget);
                    content.set("contracts", contracts);
                    content.put("acronym", "BP" + i).put("title", "Bench report project " + i)
                            .put("thematicAreaCode", areas.get(random.nextInt(areas.size())));
                    snap.put("proposalId", base.get("proposal") + i).put("protocolNumber", protocol)
                            .put("receivedAt", arrival.toString());
                    ((ObjectNode) snap.get("lead")).put("organizationId", facts.get(0).get("id").asLong())
                            .put("name", facts.get(0).get("name").asText())
                            .put("vatNumber", facts.get(0).get("vatNumber").asText());
                    String snapshot = json.writeValueAsString(snap);
                    long tplSubmission = inadmissible ? template.inadmissible().submissionId()
                            : fundable ? (line == Line.A ? fa : fb).submissionId() : nf.submissionId();
                    long tplProposal = inadmissible ? template.inadmissible().proposalId()
                            : fundable ? (line == Line.A ? fa : fb).proposalId() : nf.proposalId();
                    row.setInt(1, i);
                    row.setString(2, line.name());
                    row.setString(3, list);
                    row.setBoolean(4, movedUp);
                    row.setLong(5, tplSubmission);
                    row.setLong(6, tplProposal);
                    row.setObject(7, funded ? (line == Line.A ? awardA : awardB) : null);
                    row.setLong(8, base.get("proposal") + i);
                    row.setLong(9, base.get("submission") + i);
                    row.setLong(10, base.get("grant_award") + i);
                    row.setLong(11, protocol);
                    row.setTimestamp(12, Timestamp.from(arrival));
                    row.setString(13, snapshot);
                    row.setString(14, Sha256.of(snapshot));
                    row.setString(15, "BP" + i);
                    row.setString(16, "Bench report project " + i);
                    row.setBigDecimal(17, projectGrant);
                    row.addBatch();
                    if (funded) {
                        financed++;
                    }
                    if (i % 1000 == 999) {
                        row.executeBatch();
                        member.executeBatch();
                    }
                }
                row.executeBatch();
                member.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                copy(s, "organization", "from bench_member m join openbando.organization t on t.id = " + templateOrg,
                        Map.of("id", "m.organization_id", "type", "m.type", "name", "m.name", "vat_number", "m.vat",
                                "city", "m.city", "legal_representative", "null"));
                copy(s, "proposal", "from bench_row b join openbando.proposal t on t.id = b.tpl_proposal "
                        + "join bench_member m on m.i = b.i and m.position = 0", Map.of("id", "b.proposal_id", "line",
                                "b.line", "lead_organization_id", "m.organization_id"));
                copy(s, "submission", "from bench_row b join openbando.submission t on t.id = b.tpl_submission",
                        Map.of("id", "b.submission_id", "proposal_id", "b.proposal_id", "protocol_number",
                                "b.protocol", "received_at", "b.arrived_at", "arrived_at", "b.arrived_at",
                                "snapshot", "b.snapshot", "sha256", "b.sha", "idempotency_key", "null",
                                "process_instance_id", "null"));
                s.executeUpdate("insert into openbando.submission_member (submission_id, organization_id, lead) "
                        + "select b.submission_id, m.organization_id, m.position = 0 from bench_member m "
                        + "join bench_row b on b.i = m.i");
                // the approved ranking's entries (inserting is allowed; only updates and deletes are refused)
                copy(s, "ranking_entry", "from bench_row b join openbando.ranking r on r.call_id = " + callId
                        + " and r.line = b.line join openbando.ranking_entry t on t.id = (select min(id) from "
                        + "openbando.ranking_entry where call_id = " + callId + ")", Map.ofEntries(
                                Map.entry("id", "nextval(pg_get_serial_sequence('openbando.ranking_entry', 'id'))"),
                                Map.entry("ranking_id", "r.id"), Map.entry("line", "b.line"),
                                Map.entry("submission_id", "b.submission_id"), Map.entry("proposal_id",
                                        "b.proposal_id"), Map.entry("protocol_number", "b.protocol"),
                                Map.entry("arrived_at", "b.arrived_at"), Map.entry("acronym", "b.acronym"),
                                Map.entry("title", "b.title"), Map.entry("list", "b.list"),
                                Map.entry("ord", "100000 + b.i"), Map.entry("position", "null"),
                                Map.entry("grant_amount", "case when b.list = 'FUNDED' then b.grant_amount end")));
                copy(s, "grant_award", "from bench_row b join openbando.grant_award t on t.id = b.tpl_award",
                        Map.of("id", "b.award_id", "submission_id", "b.submission_id", "proposal_id", "b.proposal_id",
                                "origin", "case when b.moved_up then 'MOVE_UP' else 'RANKING' end", "grant_amount",
                                "b.grant_amount", "full_grant", "b.grant_amount", "partial", "false"));
                s.executeUpdate("insert into openbando.award_partner (award_id, position, organization_id, name, "
                        + "vat_number, eligible_cost, grant_amount, computation) select b.award_id, m.position, "
                        + "m.organization_id, m.name, m.vat, m.cost, m.grant_amount, cast('{}' as jsonb) "
                        + "from bench_member m join bench_row b on b.i = m.i where b.tpl_award is not null");
                for (String table : List.of("organization", "proposal", "submission", "grant_award")) {
                    s.execute("select setval(pg_get_serial_sequence('openbando." + table + "', 'id'), (select max(id) "
                            + "from openbando." + table + "))");
                }
                s.executeUpdate("update openbando.protocol_counter set last_number = " + protocol + " where call_id = "
                        + callId);
                s.execute("analyze");
            }
            c.commit();
        }
        return Map.of("submitted", (long) n + 4, "financed", financed); // the template: A1, B1, A2 (not fundable), inadmissible
    }

    /** Copies the template rows selected by {@code from} into the table, with these columns' values instead. */
    static void copy(Statement s, String table, String from, Map<String, String> overrides) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select column_name from information_schema.columns where table_schema = "
                + "'openbando' and table_name = '" + table + "' order by ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        String values = columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(Collectors.joining(
                ", "));
        s.executeUpdate("insert into openbando." + table + " (" + String.join(", ", columns) + ") select " + values
                + " " + from);
    }

    static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    JsonNode snapshot(Connection c, long submissionId) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select snapshot from "
                + "openbando.submission where id = " + submissionId)) {
            rs.next();
            return json.readTree(rs.getString(1));
        }
    }
}
