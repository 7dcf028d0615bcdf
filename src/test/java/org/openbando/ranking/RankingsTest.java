package org.openbando.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.openbando.Api.anonymous;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.RawSql;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.call.Line;
import org.openbando.shared.ProblemException;

/**
 * The ranking of a call evaluated for real: the draft of both lines (order, ties, lists, money), the officer's
 * exclusions and approval, the frozen rows, the allocation the funding reads, moving up the reserve list. VAT seeds
 * 110100-110999.
 */
@QuarkusTest
class RankingsTest {

    private static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    EvaluatedCall evaluatedCall;
    @Inject
    Rankings rankings;
    @Inject
    RankingSteps steps;
    @Inject
    RawSql sql;
    @Inject
    TestClock clock;
    @Inject
    Events events;

    /** The events of the ranking, as the workflow would observe them. */
    @ApplicationScoped
    static class Events {
        private final List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        List<Object> seen() {
            return List.copyOf(seen);
        }

        void approved(@Observes RankingApproved e) {
            seen.add(e);
        }

        void confirmed(@Observes MoveUpConfirmed e) {
            seen.add(e);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<String> list(RankingView v, RankingList l) {
        return v.list(l).stream().map(RankingView.Entry::acronym).toList();
    }

    @Test
    void draftsExcludesApprovesAndMovesTheReserveListUp() {
        EvaluatedCall.Built call = evaluatedCall.build("RK-MAIN", 110100, EvaluatedCall.spec()
                .budgets("700000.00", "300000.00").partial(true, "50")
                .a("80", "24").a("80", "25").a("75").b("70").a("50").a("65").inadmissible());
        String p0 = acronym(call, 0), p1 = acronym(call, 1), p2 = acronym(call, 2), p3 = acronym(call, 3),
                p4 = acronym(call, 4), p5 = acronym(call, 5);
        steps.draft(call.callId());
        steps.draft(call.callId()); // a retried job changes nothing

        RankingView a = rankings.view(call.callId(), Line.A);
        assertThat(a.status()).isEqualTo(RankingStatus.DRAFT);
        assertThat(a.version()).isZero();
        assertThat(a.tieBreaks()).containsExactly("CRITERION:INNOVATIVENESS", "ARRIVAL", "PROTOCOL");
        assertThat(list(a, RankingList.FUNDED)).containsExactly(p1, p0, p2);
        assertThat(a.list(RankingList.FUNDED)).extracting(RankingView.Entry::position, RankingView.Entry::grant,
                RankingView.Entry::partial).containsExactly(tuple(1, new BigDecimal("271000.00"), false),
                        tuple(2, new BigDecimal("271000.00"), false), tuple(3, new BigDecimal("158000.00"), true));
        RankingView.Entry first = a.list(RankingList.FUNDED).get(0);
        assertThat(first.tie().brokenBy()).isEqualTo("CRITERION:INNOVATIVENESS");
        assertThat(first.tie().explanation()).isEqualTo("tied at 80.00 with " + p0
                + "; INNOVATIVENESS 25.00 against 24.00: placed before it");
        assertThat(first.tieBreakScore()).isEqualByComparingTo("25");
        assertThat(a.list(RankingList.FUNDED).get(2).tie()).isNull();
        assertThat(list(a, RankingList.RESERVE)).containsExactly(p5);
        assertThat(a.list(RankingList.RESERVE).get(0).position()).isEqualTo(4);
        assertThat(a.list(RankingList.RESERVE).get(0).requestedGrant()).isEqualByComparingTo("271000.00");
        assertThat(list(a, RankingList.NOT_FUNDABLE)).containsExactly(p4);
        assertThat(a.list(RankingList.NOT_FUNDABLE).get(0).reasons()).containsExactly("TOTAL_BELOW_THRESHOLD");
        assertThat(a.list(RankingList.INADMISSIBLE)).extracting(RankingView.Entry::submissionId)
                .containsExactly(call.inadmissible().submissionId());
        assertThat(a.list(RankingList.INADMISSIBLE).get(0).reasons()).containsExactly("INADMISSIBLE",
                "Out of the call's scope");
        assertThat(a.allocated()).isEqualByComparingTo("700000.00");
        assertThat(a.remainder()).isEqualByComparingTo("0");
        assertThat(first.leadName()).startsWith("Capofila");
        assertThat(first.leadVatNumber()).hasSize(11);
        RankingView b = rankings.view(call.callId(), Line.B);
        assertThat(list(b, RankingList.FUNDED)).containsExactly(p3);
        assertThat(b.remainder()).isEqualByComparingTo("29000.00");
        assertThat(rankings.allocation(call.get(1).submissionId())).isEmpty(); // a draft gives nothing
        // the full grant is the one computation's (310,000 x 70% + 120,000 x 45%), cached when the consensus was
        // submitted
        assertThat(sql.queryLong("select count(*) from openbando.ranking_grant where call_id = ? and full_grant = "
                + "271000.00", call.callId())).isEqualTo(5);

        // the API: officers and auditors read; applicants (even the ranked ones) and experts do not
        String path = "/api/rankings/calls/" + call.callId();
        as(OFFICER).get(path).then().statusCode(200).body("size()", equalTo(2)).body("[0].line", equalTo("A"))
                .body("[0].entries[0].acronym", equalTo(p1)).body("[0].entries[0].tie.brokenBy",
                        equalTo("CRITERION:INNOVATIVENESS"));
        as(TestFixtures.AUDITOR).get(path + "/lines/B").then().statusCode(200).body("entries[0].acronym", equalTo(p3));
        as(call.get(0).lead()).get(path).then().statusCode(403);
        as(TestFixtures.EVALUATOR).get(path + "/lines/A").then().statusCode(403);
        as(OFFICER).get(path + "/lines/C").then().statusCode(404);
        as(OFFICER).get(path + "/lines/A/act").then().statusCode(404); // not published
        as(OFFICER).body(Map.of()).post(path + "/exclusions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("submissionId", "reason",
                        "version"));
        as(OFFICER).body(Map.of("submissionId", call.get(1).submissionId(), "reason", "x".repeat(2001), "version", 0))
                .post(path + "/exclusions").then().statusCode(400).body("errors.field", hasItems("reason"));
        as(OFFICER).body(Map.of("submissionId", call.get(1).submissionId(), "reason", "bad\u0000char", "version", 0))
                .post(path + "/exclusions").then().statusCode(400).body("errors.field", hasItems("reason"));
        as(OFFICER).body(Map.of("submissionId", call.get(1).submissionId(), "reason", "ok", "version", 5))
                .post(path + "/exclusions").then().statusCode(409).body("type", endsWith("stale-version"));
        as(OFFICER).body(Map.of("submissionId", 999999, "reason", "ok", "version", 0))
                .post(path + "/exclusions").then().statusCode(404);
        as(OFFICER).delete(path + "/exclusions/" + call.get(1).submissionId()).then().statusCode(400)
                .body("errors.field", hasItems("version"));
        as(OFFICER).delete(path + "/exclusions/" + call.get(1).submissionId() + "?version=x").then().statusCode(400)
                .body("errors.field", hasItems("version"));
        as(OFFICER).delete(path + "/exclusions/" + call.get(1).submissionId() + "?version=0").then().statusCode(409)
                .body("type", endsWith("not-excluded"));
        as(OFFICER).body(Map.of()).post(path + "/approval").then().statusCode(400).body("errors.field",
                hasItems("version"));
        anonymous().get("/api/public/rankings/" + call.callId()).then().statusCode(404); // a draft is not public

        // exclusions: a reason, the version, never the officer's own proposal
        assertThatThrownBy(() -> rankings.exclude(call.callId(), call.get(1).submissionId(), "  ", 0, OFFICER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason");
                });
        assertThatThrownBy(() -> rankings.exclude(call.callId(), call.get(1).submissionId(), "Conflicting aid", 7,
                OFFICER)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug())
                        .isEqualTo("stale-version"));
        assertThatThrownBy(() -> rankings.exclude(call.callId(), call.get(1).submissionId(), "Conflicting aid", 0,
                call.get(1).lead())).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug())
                        .isEqualTo("own-proposal"));
        assertThatThrownBy(() -> rankings.exclude(call.callId(), call.inadmissible().submissionId(), "x", 0,
                OFFICER)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        RankingView excluded = rankings.exclude(call.callId(), call.get(1).submissionId(),
                "Aid for the same costs already granted", 0, OFFICER);
        assertThat(excluded.version()).isEqualTo(1);
        assertThat(list(excluded, RankingList.FUNDED)).containsExactly(p0, p2, p5);
        assertThat(excluded.list(RankingList.FUNDED)).extracting(RankingView.Entry::partial)
                .containsExactly(false, false, true);
        assertThat(list(excluded, RankingList.RESERVE)).isEmpty();
        assertThat(excluded.list(RankingList.EXCLUDED)).extracting(RankingView.Entry::acronym,
                RankingView.Entry::exclusionReason, RankingView.Entry::excludedBy)
                .containsExactly(tuple(p1, "Aid for the same costs already granted", OFFICER));
        assertThat(rankings.view(call.callId(), Line.B).version()).isEqualTo(1);
        assertThat(sql.queryLong("select count(*) from openbando.audit_event where entity_type = 'ranking' "
                + "and action = 'excluded' and detail like ?", "submission " + call.get(1).submissionId() + ":%"))
                .isEqualTo(1);
        RankingView back = rankings.reinstate(call.callId(), call.get(1).submissionId(), 1, OFFICER);
        assertThat(back.version()).isEqualTo(2);
        assertThat(list(back, RankingList.FUNDED)).containsExactly(p1, p0, p2);

        // approval: both lines frozen, the event names the funded
        assertThatThrownBy(() -> rankings.approve(call.callId(), 1, OFFICER))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("stale-version"));
        Instant approvedAt = Instant.parse("2026-03-15T10:00:00Z");
        clock.moveTo(approvedAt);
        as(OFFICER).body(Map.of("version", 2)).post(path + "/approval").then().statusCode(200)
                .body("status", everyItem(equalTo("APPROVED")));
        List<RankingView> approved = rankings.views(call.callId());
        assertThat(approved).extracting(RankingView::status).containsOnly(RankingStatus.APPROVED);
        assertThat(approved.get(0).approvedAt()).isBetween(approvedAt, approvedAt.plusSeconds(600));
        assertThat(approved.get(0).reserveValidUntil()).isEqualTo(Instant.parse("2027-03-15T23:00:00Z"));
        assertThat(steps.reserveValidUntil(call.callId())).isEqualTo(Instant.parse("2027-03-15T23:00:00Z"));
        assertThat(events.seen()).anySatisfy(e -> assertThat(e).isEqualTo(new RankingApproved(call.callId(), OFFICER,
                List.of(call.get(1).submissionId(), call.get(0).submissionId(), call.get(2).submissionId(),
                        call.get(3).submissionId()))));
        assertThatThrownBy(() -> rankings.approve(call.callId(), 2, OFFICER))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug())
                        .isEqualTo("ranking-approved"));
        assertThatThrownBy(() -> rankings.exclude(call.callId(), call.get(0).submissionId(), "late", 2, OFFICER))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> sql.update("update openbando.ranking_entry set grant_amount = 1 where call_id = ?",
                call.callId())).hasMessageContaining("approved");
        assertThatThrownBy(() -> sql.update("update openbando.ranking set allocated = 1 where call_id = ?",
                call.callId())).hasMessageContaining("never rewritten");
        steps.draft(call.callId()); // the process's retried draft leaves the approved ranking alone
        assertThat(rankings.view(call.callId(), Line.A).status()).isEqualTo(RankingStatus.APPROVED);

        // what the funding reads
        assertThat(rankings.allocation(call.get(2).submissionId())).hasValueSatisfying(x -> {
            assertThat(x.grant()).isEqualByComparingTo("158000.00");
            assertThat(x.fullGrant()).isEqualByComparingTo("271000.00");
            assertThat(x.partial()).isTrue();
            assertThat(x.origin()).isEqualTo(Allocation.Origin.RANKING);
            assertThat(x.allocatedAt()).isEqualTo(approved.get(0).approvedAt());
            assertThat(x.line()).isEqualTo(Line.A);
        });
        assertThat(rankings.allocation(call.get(5).submissionId())).isEmpty();
        assertThat(rankings.standing(call.get(5).proposalId())).hasValueSatisfying(s -> {
            assertThat(s.list()).isEqualTo(RankingList.RESERVE);
            assertThat(s.position()).isEqualTo(4);
            assertThat(s.grant()).isNull();
        });
        assertThat(rankings.publishedCalls()).extracting(PublicRanking.CallRef::callId).contains(call.callId());

        // publication: the act of each line, the reports released, the leads told (once: a retried job adds nothing)
        List<Long> funded = QuarkusTransaction.requiringNew().call(() -> steps.publish(call.callId()));
        assertThat(funded).containsExactly(call.get(1).submissionId(), call.get(0).submissionId(),
                call.get(2).submissionId(), call.get(3).submissionId());
        QuarkusTransaction.requiringNew().call(() -> steps.publish(call.callId()));
        assertThat(rankings.views(call.callId())).allSatisfy(v -> assertThat(v.actDocumentId()).isNotNull());
        byte[] act = as(TestFixtures.AUDITOR).accept("application/pdf").get(path + "/lines/A/act").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(act, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String actText = text(act).replaceAll("\\s+", " ");
        assertThat(actText).contains(p1).contains(p5).contains("pari punteggio totale (80.00) con")
                .contains("criterio INNOVATIVENESS 25.00 contro 24.00: precede")
                .contains("punteggio totale inferiore alla soglia").contains("dichiarata inammissibile")
                .contains("Out of the call's scope");
        assertThat(sql.queryLong("select count(*) from openbando.consensus_report r join openbando.evaluation e "
                + "on e.id = r.evaluation_id where e.call_id = ? and r.released_at is not null", call.callId()))
                .isEqualTo(6);
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'RANKING_PUBLISHED' "
                + "and organization_id = ?", call.get(2).leadOrganizationId())).isEqualTo(1);
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'RANKING_PUBLISHED' "
                + "and organization_id = ? and body like '%158000.00%'", call.get(2).leadOrganizationId()))
                .isEqualTo(1);
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'RANKING_PUBLISHED' "
                + "and organization_id = ?", call.inadmissible().leadOrganizationId())).isZero();

        // the public ranking and its open data: no login, nothing but what the act publishes
        anonymous().get("/api/public/rankings").then().statusCode(200).body("callId", hasItem((int) call.callId()));
        String json = anonymous().get("/api/public/rankings/" + call.callId()).then().statusCode(200)
                .body("lines[0].rows[0].acronym", equalTo(p1)).body("lines[0].rows[0].status", equalTo("FUNDED"))
                .extract().asString();
        assertThat(json).doesNotContain("INNOVATIVENESS").doesNotContain(call.experts().get(0))
                .doesNotContain("TOTAL_BELOW_THRESHOLD");
        anonymous().get("/api/public/rankings/" + call.callId() + ".json").then().statusCode(200)
                .header("Content-Disposition", containsString("ranking-" + call.callId() + ".json"))
                .body("callCode", equalTo("RK-MAIN"));
        String csv = anonymous().accept("text/csv").get("/api/public/rankings/" + call.callId() + ".csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", PublicRankingResource.CSV_COLUMNS));
        assertThat(lines).hasSize(1 + 7);
        assertThat(lines[3]).startsWith("RK-MAIN,").contains(",A,FUNDED,FUNDED,3,").contains("," + p2 + ",")
                .contains(",75.00,").contains(",158000.00,true,");

        // moving up: p1 renounces, its money goes to p5; then nobody is left
        clock.moveTo(approvedAt.plusSeconds(86400 * 30));
        RankingSteps.Offer offer = steps.moneyFreed(call.callId(), Line.A, new BigDecimal("271000.00"),
                "RENUNCIATION", call.get(1).submissionId());
        assertThat(offer.proposed()).isTrue();
        Movement proposed = rankings.movements(call.callId()).get(0);
        assertThat(proposed).extracting(Movement::status, Movement::offeredSubmissionId, Movement::offeredAcronym,
                Movement::available, Movement::partial).containsExactly("PROPOSED", call.get(5).submissionId(), p5,
                        new BigDecimal("271000.00"), false);
        assertThat(proposed.offeredGrant()).isEqualByComparingTo("271000.00");
        assertThatThrownBy(() -> rankings.confirmMovement(call.callId(), offer.movementId(), call.get(5).lead()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("own-proposal"));
        as(TestFixtures.AUDITOR).get(path + "/movements").then().statusCode(200).body("[0].status",
                equalTo("PROPOSED"));
        as(TestFixtures.AUDITOR).post(path + "/movements/" + offer.movementId() + "/confirmation").then()
                .statusCode(403);
        as(OFFICER).post(path + "/movements/999999/confirmation").then().statusCode(404);
        as(OFFICER).post(path + "/movements/" + offer.movementId() + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmedBy", equalTo(OFFICER));
        as(OFFICER).post(path + "/movements/" + offer.movementId() + "/confirmation").then().statusCode(409)
                .body("type", endsWith("movement-not-proposed"));
        assertThat(events.seen()).contains(new MoveUpConfirmed(call.callId(), Line.A, offer.movementId(),
                call.get(5).submissionId(), OFFICER));
        assertThat(rankings.allocation(call.get(5).submissionId())).hasValueSatisfying(x -> {
            assertThat(x.origin()).isEqualTo(Allocation.Origin.MOVE_UP);
            assertThat(x.movementId()).isEqualTo(offer.movementId());
            assertThat(x.grant()).isEqualByComparingTo("271000.00");
        });
        assertThat(rankings.standing(call.get(5).proposalId())).hasValueSatisfying(s -> assertThat(s.movedUp())
                .isTrue());
        RankingSteps.Offer nobody = steps.moneyFreed(call.callId(), Line.A, new BigDecimal("10.00"), "FORFEITURE",
                call.get(0).submissionId());
        assertThat(nobody.proposed()).isFalse();
        assertThat(rankings.movements(call.callId()).get(0).status()).isEqualTo("NOBODY");
        assertThat(rankings.movements(call.callId()).get(0).available()).isEqualByComparingTo("10.00");

        PublicRanking published = rankings.published(call.callId());
        PublicRanking.LineRanking lineA = published.lines().get(0);
        assertThat(lineA.rows()).extracting(PublicRanking.Row::acronym, PublicRanking.Row::status).contains(
                tuple(p1, "RENOUNCED"), tuple(p0, "FORFEITED"), tuple(p2, "FUNDED"), tuple(p5, "MOVED_UP"),
                tuple(p4, "NOT_FUNDABLE"));
        assertThat(lineA.allocated()).isEqualByComparingTo("971000.00");
        assertThat(lineA.reserveValid()).isTrue();

        // past its validity nobody moves
        clock.moveTo(Instant.parse("2027-03-15T23:00:00Z"));
        RankingSteps.Offer expired = steps.moneyFreed(call.callId(), Line.A, new BigDecimal("271000.00"),
                "REVOCATION", call.get(2).submissionId());
        assertThat(expired.proposed()).isFalse();
        assertThat(rankings.movements(call.callId()).get(0).status()).isEqualTo("EXPIRED");
        steps.reserveExpired(call.callId());
        assertThatThrownBy(() -> sql.update("update openbando.ranking_movement set freed = 1 where id = ?",
                offer.movementId())).hasMessageContaining("only a proposed movement");
        assertThatThrownBy(() -> sql.update("delete from openbando.ranking_movement where id = ?",
                offer.movementId())).hasMessageContaining("refused");
        assertThat(rankings.published(call.callId()).lines().get(0).reserveValid()).isFalse();
    }

    private static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String acronym(EvaluatedCall.Built call, int i) {
        return "RK-MAIN-" + (110100 + 2 * i);
    }
}
