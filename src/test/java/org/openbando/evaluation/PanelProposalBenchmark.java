package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;

/**
 * How long the panel proposal takes for a call of 2,000 admitted proposals and 200 experts: one proposal's panel
 * ({@code propose}) and the whole call's ({@code proposeAll}). Not a timed test: it runs only when asked and prints
 * lines starting with {@code BENCH} for docs/benchmarks.md:
 *
 * <pre>
 * OPENBANDO_TEST_DB_URL=jdbc:postgresql://localhost:5432/test_a QUARKUS_HTTP_TEST_PORT=0 \
 *   ./mvnw -q test -Dtest=PanelProposalBenchmark -Dopenbando.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The evaluations, their subjects and parties and the experts are written straight to the database (the foreign keys
 * to submissions and proposals bypassed, as {@link RawSql#tamper} does): what is measured is the reading and the
 * rule, not the way there.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "openbando.bench", matches = "true")
class PanelProposalBenchmark {

    static final int PROPOSALS = 2000;
    static final int EXPERTS = 200;
    static final long FIRST = 9_000_000L;

    @Inject
    Assignments assignments;
    @Inject
    RawSql sql;
    @Inject
    ExpertPool pool;

    @Test
    void measuresTheProposalOfOneAndOfEveryPanelOfACall() {
        long call = SubmittedProposal.openCall("BENCH-PANEL");
        sql.tamper("insert into openbando.app_user (username, password, roles, display_name, locale, created_at) "
                + "select 'bench-x' || g, 'x', 'EVALUATOR', 'Bench expert ' || g, 'it', now() "
                + "from generate_series(1, ?) g", EXPERTS);
        sql.tamper("insert into openbando.expert_profile (username, affiliation_name, affiliation_vat, cluster_codes, "
                + "area_codes, languages, max_per_call, active, updated_at, updated_by) select 'bench-x' || g, "
                + "'Università ' || g, lpad(g::text, 11, '9'), array['MECH']::varchar[], case when g % 3 = 0 "
                + "then array['MECH-ROBOTICS']::varchar[] else array['GREENTECH-STORAGE']::varchar[] end, "
                + "array['it']::varchar[], 50, true, now(), 'bench' from generate_series(1, ?) g", EXPERTS);
        sql.tamper("insert into openbando.evaluation (submission_id, proposal_id, call_id, line, status, opened_at) "
                + "select ? + g, ? + g, ?, 'A', 'PANEL_PENDING', now() from generate_series(1, ?) g", FIRST, FIRST,
                call, PROPOSALS);
        sql.tamper("insert into openbando.evaluation_subject (evaluation_id, call_code, protocol_number, acronym, "
                + "title, thematic_area_code, cluster_code) select id, 'BENCH-PANEL', submission_id - ?, 'ACR', "
                + "'Title', case when submission_id % 2 = 0 then 'MECH-ROBOTICS' else 'GREENTECH-STORAGE' end, "
                + "case when submission_id % 2 = 0 then 'MECH' else 'GREENTECH' end from openbando.evaluation "
                + "where call_id = ?", FIRST, call);
        // four parties each; one proposal in ten has a provider that is an expert's affiliation
        sql.tamper("insert into openbando.evaluation_party (evaluation_id, position, role, organization_id, name, "
                + "vat_number) select e.id, p, case when p = 0 then 'LEAD' when p < 3 then 'PARTNER' else "
                + "'PROVIDER' end, p, 'Organisation ' || p, case when p = 3 and e.submission_id % 10 = 0 then "
                + "lpad(((e.submission_id % ?) + 1)::text, 11, '9') else lpad((e.submission_id * 4 + p)::text, 11, "
                + "'0') end from openbando.evaluation e, generate_series(0, 3) p where e.call_id = ?", EXPERTS, call);

        long one = FIRST + PROPOSALS / 2;
        for (int i = 0; i < 20; i++) { // warm-up
            assignments.propose(one);
        }
        int runs = 50;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            assignments.propose(one);
        }
        double perProposal = (System.nanoTime() - start) / 1e6 / runs;

        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            QuarkusTransaction.requiringNew().call(() -> pool.experts());
        }
        double experts = (System.nanoTime() - start) / 1e6 / runs;
        System.out.println(String.format(Locale.ROOT, "BENCH panel-proposal reading the %d experts: %.1f ms",
                EXPERTS, experts));

        PanelProposal.ForCall all = null;
        for (int i = 0; i < 3; i++) { // warm-up
            all = assignments.proposeAll(call);
        }
        runs = 5;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            all = assignments.proposeAll(call);
        }
        double perCall = (System.nanoTime() - start) / 1e6 / runs;
        double perCallCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs;
        System.out.println(String.format(Locale.ROOT, "BENCH panel-proposal whole call, CPU time of the request's "
                + "thread: %.1f ms (load average %.1f)", perCallCpu,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        assertThat(all.suggestions()).hasSize(PROPOSALS);
        assertThat(all.suggestions()).allMatch(s -> s.experts().size() == 3);
        System.out.println(String.format(Locale.ROOT, "BENCH panel-proposal one proposal (%d experts): %.1f ms",
                EXPERTS, perProposal));
        System.out.println(String.format(Locale.ROOT, "BENCH panel-proposal whole call (%d proposals, %d experts): "
                + "%.1f ms", PROPOSALS, EXPERTS, perCall));
    }
}
