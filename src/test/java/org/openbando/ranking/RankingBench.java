package org.openbando.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbando.EvaluatedCall;
import org.openbando.call.CallService;
import org.openbando.call.FundingRules;
import org.openbando.call.Line;
import org.openbando.evaluation.Outcomes;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalStatus;
import org.openbando.proposal.ProposalView;
import org.openbando.shared.Sha256;
import org.openbando.submission.Submissions;

/**
 * The ranking benchmark's driver (src/bench/ranking.sh; not part of the suite: it runs only with
 * {@code -Dbench.ranking=N}, and its name does not match the test pattern). Speed is measured here, never asserted.
 *
 * <p>Preparation (not measured): a template call built by the real services ({@link EvaluatedCall}: a fundable
 * proposal of each line, a not fundable one, an inadmissible one), then N proposals made from it in SQL: consortia of 2
 * to 4 members (enterprises of every size, a university with the right to publish in some), each member an
 * organisation, with its frozen snapshot (budget per member and research category, its SHA-256), the evaluation with
 * its heading and parties, the consensus report with its total and the final score of each criterion (totals in half
 * points: hundreds of ties, some broken by the tie-break criterion, some by the arrival, a few by the protocol number
 * when two arrived in the same millisecond), about 12% not fundable, a few inadmissible.
 *
 * <p>Measured: {@link RankingSteps#draft} (from the evaluations in the database to the stored lists of both lines,
 * allocation included), first without the per-submission grant cache ({@code ranking_grant}: the draft computes every
 * fundable proposal's grant from its snapshot), then with it (as after the consensus reports filled it). Beside each
 * draft, the same reads, ordering and writes one by one, so that the report says where the time goes.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.ranking", matches = "\\d+")
class RankingBench {

    static final int INADMISSIBLE = 5;
    static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    RankingSteps steps;
    @Inject
    RankingStore store;
    @Inject
    FullGrants grants;
    @Inject
    Outcomes outcomes;
    @Inject
    Submissions submissions;
    @Inject
    ProposalService proposals;
    @Inject
    CallService calls;
    @Inject
    ObjectMapper json;

    final List<String> report = new ArrayList<>();
    final Path results = Path.of(System.getProperty("bench.results", "target/bench/ranking/results.txt"));

    @Test
    void ranksACallOfManyProposals() throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.ranking"));
        int cold = Integer.getInteger("bench.coldRuns", 2);
        int warm = Integer.getInteger("bench.runs", 5);
        long t0 = System.nanoTime();
        EvaluatedCall.Built template = evaluatedCall.build("BENCH-RK-" + (System.currentTimeMillis() / 1000) % 100000,
                170000, EvaluatedCall.spec().budgets(System.getProperty("bench.budgetA", "500000000.00"),
                        System.getProperty("bench.budgetB", "150000000.00")).partial(true, "50")
                        .a("80").b("75").a("50").inadmissible());
        long callId = template.callId();
        line("template call %d built through the services in %.1f s", callId, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        Expected expected = prepare(template, n);
        line("prepared %d proposals in SQL in %.1f s: %s", n, (System.nanoTime() - t1) / 1e9, expected);

        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = 1; run <= cold + warm; run++) {
            boolean cached = run > cold;
            clear(callId, !cached);
            long d0 = System.nanoTime();
            steps.draft(callId);
            double draft = ms(d0);
            String kind = cached ? "draft (grants cached)" : "draft (grants computed from the snapshots)";
            times.computeIfAbsent(kind, k -> new ArrayList<>()).add(draft);
            Map<String, Double> parts = phases(callId, cached);
            parts.forEach((k, v) -> times.computeIfAbsent((cached ? "" : "[no cache] ") + k, x -> new ArrayList<>())
                    .add(v));
            line("run %d: %s %.0f ms; one by one: %s", run, kind, draft, parts.entrySet().stream()
                    .map(e -> e.getKey() + " " + Math.round(e.getValue()) + " ms").collect(Collectors.joining(", ")));
        }
        check(callId, expected);
        line("summary over the runs (median [min..max] ms):");
        times.forEach((k, v) -> line("  %-48s %s", k, spread(v)));
    }

    // --- measurement -------------------------------------------------------------------------------------------

    /** Removes the draft (and the grant cache); the next draft starts from the evaluations. */
    void clear(long callId, boolean grantsToo) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from openbando.ranking_entry where call_id = " + callId);
            s.executeUpdate("delete from openbando.ranking where call_id = " + callId);
            if (grantsToo) {
                s.executeUpdate("delete from openbando.ranking_grant where call_id = " + callId);
            }
        }
    }

    /**
     * The draft's steps one by one, each timed (as RankingDrafts does them): the reads, the grants, the order and the
     * allocation, the writes of the lists just computed (deleted and written again).
     */
    Map<String, Double> phases(long callId, boolean cached) {
        Map<String, Double> t = new LinkedHashMap<>();
        FundingRules rules = timed(t, "read: call rules", () -> calls.fundingRules(callId));
        List<Outcomes.Ranked> evaluated = timed(t, "read: outcomes (one query)", () -> outcomes.ofCall(callId));
        Map<Long, Submissions.Arrival> arrivals = timed(t, "read: arrivals (one query)",
                () -> submissions.arrivals(callId));
        timed(t, "read: exclusions", () -> store.exclusions(callId));
        timed(t, "read: inadmissible", () -> {
            List<ProposalView> declared = proposals.inCall(callId, Set.of(ProposalStatus.INADMISSIBLE));
            Map<Long, Submissions.SubmissionView> inForce = submissions.inForce(declared.stream()
                    .map(ProposalView::id).toList());
            return submissions.headings(inForce.values().stream().map(Submissions.SubmissionView::id).toList());
        });
        List<Long> fundable = evaluated.stream().filter(Outcomes.Ranked::fundable)
                .map(Outcomes.Ranked::submissionId).toList();
        Map<Long, BigDecimal> full = cached ? timed(t, "read: grants (cache, one query)", () -> grants.cached(callId))
                : timed(t, "grants: computed from " + fundable.size() + " snapshots", () -> {
                    Map<Long, BigDecimal> m = new LinkedHashMap<>();
                    QuarkusTransaction.requiringNew().run(() -> fundable.forEach(id -> m.put(id,
                            grants.compute(rules, submissions.snapshot(id)))));
                    return m;
                });
        String criterion = rules.tieBreakCriterion();
        timed(t, "order and allocation (both lines)", () -> {
            Map<Line, List<Allocator.Item>> items = new LinkedHashMap<>();
            for (Line line : Line.values()) {
                List<Ranker.Candidate> candidates = evaluated.stream().filter(o -> o.fundable()
                        && line.name().equals(o.line())).map(o -> {
                            Submissions.Arrival a = arrivals.get(o.submissionId());
                            return new Ranker.Candidate(o.submissionId(), o.total(), criterion == null ? null
                                    : o.finalScores().get(criterion), a.arrivedAt(), a.protocolNumber(),
                                    o.acronym());
                        }).toList();
                items.put(line, Ranker.rank(candidates, criterion).stream().map(r -> new Allocator.Item(
                        r.candidate().submissionId(), full.get(r.candidate().submissionId()))).toList());
            }
            return Allocator.allocate(items.get(Line.A), rules.budget(Line.A), items.get(Line.B),
                    rules.budget(Line.B), new Allocator.Terms(rules.partialFundingAllowed(),
                            rules.partialFundingMinShare()), rules.remainderToOtherLine());
        });
        List<RankingStore.Head> heads = store.heads(callId, false);
        Map<RankingStore.Head, List<RankingStore.Row>> lists = new LinkedHashMap<>();
        heads.forEach(h -> lists.put(h, store.rows(h.id())));
        timed(t, "write: both lines' lists (" + lists.values().stream().mapToInt(List::size).sum() + " entries)",
                () -> {
                    QuarkusTransaction.requiringNew().run(() -> lists.forEach(store::saveDraft));
                    return null;
                });
        return t;
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
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format("%.0f [%.0f..%.0f] (%d runs)", median, sorted.get(0), sorted.get(sorted.size() - 1),
                sorted.size());
    }

    void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("RANKING-BENCH " + text);
        report.add(text);
        try {
            Files.createDirectories(results.getParent());
            Files.writeString(results, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored lists hold every proposal prepared, each in the list its evaluation gives it. */
    void check(long callId, Expected expected) {
        List<RankingStore.Head> heads = store.heads(callId, false);
        assertEquals(2, heads.size());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RankingStore.Head h : heads) {
            assertTrue(h.allocated().compareTo(h.budget().add(h.fromOtherLine())) <= 0, "line " + h.line());
            store.rows(h.id()).forEach(r -> counts.merge(h.line() + " " + r.list(), 1L, Long::sum));
            line("line %s: budget %s, allocated %s, left %s", h.line(), h.budget().toPlainString(),
                    h.allocated().toPlainString(), h.remainder().toPlainString());
        }
        line("lists: %s", counts);
        for (Line l : Line.values()) {
            long fundable = counts.getOrDefault(l + " FUNDED", 0L) + counts.getOrDefault(l + " RESERVE", 0L);
            assertEquals(expected.fundable(l), fundable, "fundable on line " + l);
            assertEquals(expected.notFundable(l), counts.getOrDefault(l + " NOT_FUNDABLE", 0L), "line " + l);
        }
        assertEquals((long) INADMISSIBLE + 1, counts.getOrDefault("A INADMISSIBLE", 0L));
    }

    // --- preparation -------------------------------------------------------------------------------------------

    record Expected(long fundableA, long fundableB, long notFundableA, long notFundableB) {

        long fundable(Line line) {
            return line == Line.A ? fundableA : fundableB;
        }

        long notFundable(Line line) {
            return line == Line.A ? notFundableA : notFundableB;
        }
    }

    /**
     * Makes n proposals of the template's call: their rows first in a temporary table (generated here), then copied
     * into the application's tables, each from the template row of its kind (every column the test does not set is
     * the template's, so that the copy follows the schema).
     */
    Expected prepare(EvaluatedCall.Built template, int n) throws Exception {
        long[] counts = new long[4];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> base = new LinkedHashMap<>();
            for (String table : List.of("organization", "proposal", "submission", "evaluation", "consensus_report")) {
                base.put(table, one(c, "select coalesce(max(id), 0) + 1000 from openbando." + table));
            }
            long protocol = one(c, "select max(protocol_number) from openbando.submission where call_id = "
                    + template.callId());
            Instant arrival = Instant.ofEpochMilli(one(c, "select cast(extract(epoch from max(arrived_at)) * 1000 as "
                    + "bigint) from openbando.submission where call_id = " + template.callId())).plusSeconds(60);
            EvaluatedCall.Proposal fa = template.get(0);
            EvaluatedCall.Proposal fb = template.get(1);
            EvaluatedCall.Proposal nf = template.get(2);
            Map<Line, JsonNode> snapshots = Map.of(Line.A, snapshot(c, fa.submissionId()), Line.B,
                    snapshot(c, fb.submissionId()));
            long evalFa = one(c, "select id from openbando.evaluation where submission_id = " + fa.submissionId());
            long evalFb = one(c, "select id from openbando.evaluation where submission_id = " + fb.submissionId());
            long evalNf = one(c, "select id from openbando.evaluation where submission_id = " + nf.submissionId());
            JsonNode consensus = json.readTree(text(c, "select cast(content as text) from openbando.consensus_report "
                    + "where evaluation_id = " + evalFa));
            long templateOrg = fa.leadOrganizationId();
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table bench_row (i int primary key, line varchar(1), fundable boolean, "
                        + "inadmissible boolean, tpl_submission bigint, tpl_proposal bigint, tpl_evaluation bigint, "
                        + "proposal_id bigint, submission_id bigint, evaluation_id bigint, consensus_id bigint, "
                        + "protocol bigint, arrived_at timestamptz, snapshot text, sha text, content jsonb, "
                        + "total numeric(5, 2), acronym text, title text) on commit drop");
                s.execute("create temporary table bench_member (i int, position int, organization_id bigint, "
                        + "type text, name text, vat text, role text) on commit drop");
            }
            Random random = new Random(14);
            try (PreparedStatement row = c.prepareStatement("insert into bench_row values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)"); PreparedStatement member = c.prepareStatement(
                            "insert into bench_member values (?, ?, ?, ?, ?, ?, ?)")) {
                long org = base.get("organization");
                for (int i = 0; i < n; i++) {
                    boolean inadmissible = i % (n / INADMISSIBLE) == n / INADMISSIBLE / 2 && i / (n / INADMISSIBLE)
                            < INADMISSIBLE;
                    Line line = inadmissible || random.nextInt(10) < 7 ? Line.A : Line.B;
                    boolean fundable = !inadmissible && random.nextInt(100) >= 12;
                    // totals in half points: 60..100 when fundable (81 values: hundreds of ties), 30..59.5 when not
                    int half = fundable ? 120 + random.nextInt(81) : 60 + random.nextInt(60);
                    int[] scores = split(half, random);
                    // arrivals a few milliseconds apart, now and then in the same millisecond
                    arrival = arrival.plusMillis(random.nextInt(25) == 0 ? 0 : 1 + random.nextInt(400));
                    protocol++;
                    int members = 2 + random.nextInt(3);
                    String acronym = "BR" + i;
                    String title = "Bench ranking project " + i;
                    ObjectNode snap = snapshots.get(line).deepCopy();
                    ObjectNode content = (ObjectNode) snap.get("content");
                    ArrayNode facts = json.createArrayNode();
                    ArrayNode partners = json.createArrayNode();
                    ArrayNode budget = json.createArrayNode();
                    JsonNode factTemplate = snap.get("members").get(0);
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
                        budget.addObject().put("organizationId", id).put("costCategory", "PERSONNEL")
                                .put("researchCategory", "INDUSTRIAL_RESEARCH")
                                .put("amount", new BigDecimal(50_000 + 1_000 * random.nextInt(300)).setScale(2));
                        budget.addObject().put("organizationId", id).put("costCategory", "INSTRUMENTS_AND_EQUIPMENT")
                                .put("researchCategory", "EXPERIMENTAL_DEVELOPMENT")
                                .put("amount", new BigDecimal(20_000 + 1_000 * random.nextInt(150)).setScale(2));
                        member.setInt(1, i);
                        member.setInt(2, m);
                        member.setLong(3, id);
                        member.setString(4, university ? "UNIVERSITY" : "ENTERPRISE");
                        member.setString(5, name);
                        member.setString(6, vat);
                        member.setString(7, m == 0 ? "LEAD" : "PARTNER");
                        member.addBatch();
                    }
                    snap.set("members", facts);
                    content.set("partners", partners);
                    content.set("budget", budget);
                    content.put("acronym", acronym).put("title", title);
                    snap.put("proposalId", base.get("proposal") + i).put("protocolNumber", protocol)
                            .put("receivedAt", arrival.toString());
                    ((ObjectNode) snap.get("lead")).put("organizationId", facts.get(0).get("id").asLong())
                            .put("name", facts.get(0).get("name").asText())
                            .put("vatNumber", facts.get(0).get("vatNumber").asText());
                    String snapshot = json.writeValueAsString(snap);
                    ObjectNode report = consensus.deepCopy();
                    int k = 0;
                    for (JsonNode score : report.get("form").get("scores")) {
                        ((ObjectNode) score).put("score", BigDecimal.valueOf(scores[k++] * 5L, 1));
                    }
                    row.setInt(1, i);
                    row.setString(2, line.name());
                    row.setBoolean(3, fundable);
                    row.setBoolean(4, inadmissible);
                    long tplSubmission = inadmissible ? template.inadmissible().submissionId()
                            : fundable ? (line == Line.A ? fa : fb).submissionId() : nf.submissionId();
                    long tplProposal = inadmissible ? template.inadmissible().proposalId()
                            : fundable ? (line == Line.A ? fa : fb).proposalId() : nf.proposalId();
                    row.setLong(5, tplSubmission);
                    row.setLong(6, tplProposal);
                    row.setLong(7, fundable ? (line == Line.A ? evalFa : evalFb) : evalNf);
                    row.setLong(8, base.get("proposal") + i);
                    row.setLong(9, base.get("submission") + i);
                    row.setLong(10, base.get("evaluation") + i);
                    row.setLong(11, base.get("consensus_report") + i);
                    row.setLong(12, protocol);
                    row.setTimestamp(13, Timestamp.from(arrival));
                    row.setString(14, snapshot);
                    row.setString(15, Sha256.of(snapshot));
                    row.setString(16, json.writeValueAsString(report));
                    row.setBigDecimal(17, BigDecimal.valueOf(half * 5L, 1).setScale(2));
                    row.setString(18, acronym);
                    row.setString(19, title);
                    row.addBatch();
                    if (!inadmissible) {
                        counts[(fundable ? 0 : 2) + (line == Line.A ? 0 : 1)]++;
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
                                "legal_representative", "null"));
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
                String evaluated = "from bench_row b join openbando.evaluation t on t.id = b.tpl_evaluation "
                        + "where not b.inadmissible";
                copy(s, "evaluation", evaluated, Map.of("id", "b.evaluation_id", "submission_id", "b.submission_id",
                        "proposal_id", "b.proposal_id", "line", "b.line"));
                copy(s, "evaluation_subject", "from bench_row b join openbando.evaluation_subject t on "
                        + "t.evaluation_id = b.tpl_evaluation where not b.inadmissible", Map.of("evaluation_id",
                                "b.evaluation_id", "protocol_number", "b.protocol", "acronym", "b.acronym", "title",
                                "b.title"));
                s.executeUpdate("insert into openbando.evaluation_party (evaluation_id, position, role, "
                        + "organization_id, name, vat_number) select b.evaluation_id, m.position, m.role, "
                        + "m.organization_id, m.name, m.vat from bench_member m join bench_row b on b.i = m.i "
                        + "where not b.inadmissible");
                copy(s, "consensus_report", "from bench_row b join openbando.consensus_report t on "
                        + "t.evaluation_id = b.tpl_evaluation where not b.inadmissible", Map.of("id", "b.consensus_id",
                                "evaluation_id", "b.evaluation_id", "content", "b.content", "total", "b.total"));
                for (String table : List.of("organization", "proposal", "submission", "evaluation",
                        "consensus_report")) {
                    s.execute("select setval(pg_get_serial_sequence('openbando." + table + "', 'id'), (select max(id) "
                            + "from openbando." + table + "))");
                }
                s.executeUpdate("update openbando.protocol_counter set last_number = " + protocol + " where call_id = "
                        + template.callId());
                s.execute("analyze");
            }
            c.commit();
        }
        // the template's proposals count too: two fundable (A, B), one not fundable (A), one inadmissible (A)
        return new Expected(counts[0] + 1, counts[1] + 1, counts[2] + 1, counts[3]);
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

    /**
     * A total in half points split over the five criteria (maxima 30, 25, 15, 15, 15: in half points 60, 50, 30, 30,
     * 30); the first (the tie-break) near its share of the total, a little above or below, so that equal totals are
     * often told apart by it, and often not.
     */
    static int[] split(int half, Random random) {
        int[] max = {60, 50, 30, 30, 30};
        int[] v = new int[5];
        int first = half * 60 / 200 + random.nextInt(5) - 2;
        v[0] = Math.max(Math.max(0, half - 140), Math.min(Math.min(60, half), first));
        int rest = half - v[0];
        int given = 0;
        for (int k = 1; k < 5; k++) {
            v[k] = Math.min(max[k], rest * max[k] / 140);
            given += v[k];
        }
        for (int k = 1; given < rest; k = k % 4 + 1) {
            if (v[k] < max[k]) {
                v[k]++;
                given++;
            }
        }
        return v;
    }

    static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    JsonNode snapshot(Connection c, long submissionId) throws Exception {
        return json.readTree(text(c, "select snapshot from openbando.submission where id = " + submissionId));
    }
}
