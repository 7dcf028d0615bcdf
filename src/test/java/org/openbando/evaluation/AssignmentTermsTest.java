package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;

/** What the process does to the seats (EvaluationSteps part A): opening, the seat's term, reminder, lapse. */
@QuarkusTest
class AssignmentTermsTest {

    @Inject
    AdmittedProposal admitted;
    @Inject
    EvaluationSteps steps;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachSeatHasItsTermAReminderOnceAndALapseThatEmptiesIt() {
        SubmittedProposal s = admitted.admit("ASSIGN-TERMS", 30100);
        RawSql sql = new RawSql(dataSource);
        // opening again changes nothing
        QuarkusTransaction.requiringNew().run(() -> steps.open(s.submission()));
        assertThat(sql.queryLong("select count(*) from openbando.evaluation where submission_id = ?",
                s.submission())).isEqualTo(1);
        assertThat(sql.queryLong("select count(*) from openbando.evaluation_party where evaluation_id = (select id "
                + "from openbando.evaluation where submission_id = ?)", s.submission())).isEqualTo(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.evaluators(s.submission()))).isEqualTo(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.seat(s.submission(), 1)).expert()).isNull();

        List<String> panel = List.of(Experts.expert("at-ada", null), Experts.expert("at-bruno", null),
                Experts.expert("at-carla", null));
        as(TestFixtures.OFFICER).body(Map.of("experts", panel)).post("/api/evaluations/" + s.submission() + "/panel")
                .then().statusCode(200);

        EvaluationSteps.Seat seat = QuarkusTransaction.requiringNew().call(() -> steps.seat(s.submission(), 1));
        assertThat(seat.expert()).isEqualTo("at-ada");
        assertThat(Duration.between(seat.remindAt(), seat.dueAt())).isEqualTo(Duration.ofDays(3));
        long assigned = sql.queryLong("select extract(epoch from due_at - assigned_at) from "
                + "openbando.evaluation_assignment where expert = 'at-ada'");
        assertThat(assigned).isEqualTo(Duration.ofDays(15).toSeconds());

        QuarkusTransaction.requiringNew().run(() -> steps.remind(s.submission(), 1));
        QuarkusTransaction.requiringNew().run(() -> steps.remind(s.submission(), 1));
        assertThat(sql.queryLong("select count(*) from openbando.evaluation_assignment where expert = 'at-ada' "
                + "and reminded_at is not null")).isEqualTo(1);
        assertThat(sql.queryLong("select count(*) from openbando.audit_event a join openbando.evaluation_assignment "
                + "x on a.entity_type = 'evaluation_assignment' and a.entity_id = x.id where x.expert = 'at-ada' "
                + "and a.action = 'reminded'")).isEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> steps.termLapsed(s.submission(), 2));
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.seat(s.submission(), 2)).expert()).isNull();
        as("at-bruno").get("/api/evaluations/assignments").then().body("[0].status", equalTo("LAPSED"))
                .body("[0].endReason", equalTo("TERM_LAPSED"));
        as("at-bruno").body(Map.of("language", "it")).post("/api/evaluations/assignments/" + sql.queryLong(
                "select id from openbando.evaluation_assignment where expert = 'at-bruno'") + "/accept").then()
                .statusCode(409);
        as(TestFixtures.OFFICER).get("/api/evaluations/" + s.submission() + "/panel-proposal").then()
                .body("emptySeats", contains(2))
                .body("excluded.find { it.username == 'at-bruno' }.exclusion", equalTo("ALREADY_ON_PANEL"));
        // lapsing again, or a seat without anyone, changes nothing
        QuarkusTransaction.requiringNew().run(() -> steps.termLapsed(s.submission(), 2));
        assertThat(sql.queryLong("select count(*) from openbando.evaluation_assignment where status = 'LAPSED' "
                + "and expert = 'at-bruno'")).isEqualTo(1);
    }
}
