package org.openbando.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.openbando.Api.as;
import static org.openbando.Api.uploadAs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.EvaluatedCall;
import org.openbando.Pdfs;
import org.openbando.RawSql;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.identity.AppUser;
import org.openbando.identity.Role;
import org.openbando.shared.ClockProducer;

/**
 * The acts on a funded project against the real database: the officer's checklist and its refusals, the decision
 * with its terms and message, acceptance, partial and whole renunciation, forfeiture, the Line B proofs with the
 * officer's verdicts, the notice before revocation, observations and revocation; each freeing money where it should.
 */
@QuarkusTest
class AwardsTest {

    static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    FundedCall funded;
    @Inject
    FundingSteps steps;
    @Inject
    MoneyFreedLog freed;
    @Inject
    TestFixtures fixtures;
    @Inject
    RawSql sql;
    @Inject
    TestClock clock;

    static String award(long submission) {
        return "/api/funding/" + submission;
    }

    static long version(long submission) {
        return as(OFFICER).get(award(submission)).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** The body with its numbers as BigDecimal (money compared to the cent). */
    static JsonPath exact(String body) {
        return JsonPath.from(body).using(JsonPathConfig.jsonPathConfig().numberReturnType(
                JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static LocalDate today() {
        return LocalDate.now(ClockProducer.ROME);
    }

    /** The checklist of a Line A award completed, as the officer does it, and the decision issued by the step. */
    void decide(long submission, boolean antimafia, boolean lineB) {
        as(OFFICER).body(Map.of("cup", "J12B23000120007", "version", version(submission))).put(award(submission)
                + "/cup").then().statusCode(200);
        as(OFFICER).body(Map.of("cor", "1234567", "version", version(submission))).put(award(submission) + "/cor")
                .then().statusCode(200);
        as(OFFICER).body(Map.of("durcIssuedOn", today().minusDays(10).toString(), "version", version(submission)))
                .put(award(submission) + "/durc").then().statusCode(200);
        if (antimafia) {
            as(OFFICER).body(Map.of("reference", "PR_BOUTG_12345_2026", "version", version(submission)))
                    .put(award(submission) + "/antimafia").then().statusCode(200);
        }
        if (lineB) {
            as(OFFICER).body(Map.of("version", version(submission))).put(award(submission) + "/line-b-commitment")
                    .then().statusCode(200);
        }
        as(OFFICER).body(Map.of("version", version(submission))).post(award(submission) + "/concession").then()
                .statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> steps.issueDecision(submission));
    }

    @Test
    void theOfficerCompletesTheChecklistAndTheDecisionIsIssuedWithItsTerms() throws SQLException {
        EvaluatedCall.Built call = funded.get();
        EvaluatedCall.Proposal a1 = call.get(0);
        long s = a1.submissionId();
        String path = award(s);

        JsonPath view = as(OFFICER).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("status")).isEqualTo("CONCESSION");
        assertThat(view.getDouble("grant")).isEqualTo(271000.00);
        assertThat(view.getBoolean("checklist.antimafiaRequired")).isTrue();
        assertThat(view.getBoolean("checklist.lineBCommitmentRequired")).isFalse();
        assertThat(view.getString("joining")).isEqualTo("NOT_REQUIRED");
        // the computation frozen from the submission: the partners' grants sum to the project's
        assertThat(exact(as(OFFICER).get(path).then().extract().asString()).getList("computation.partners.grant",
                BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("271000.00");
        // the lead and the partner read it; an applicant of another organisation does not learn it exists
        as(a1.lead()).get(path).then().statusCode(200);
        as(funded.partnerUser(a1)).get(path).then().statusCode(200);
        as(fixtures.applicant("fu-stranger")).get(path).then().statusCode(404);
        as(TestFixtures.AUDITOR).get(path).then().statusCode(200);
        as(TestFixtures.EVALUATOR).get(path).then().statusCode(403);

        long v = version(s);
        // malformed input names its field
        as(OFFICER).body(Map.of("cup", "J12B2300012000", "version", v)).put(path + "/cup").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cup"));
        as(OFFICER).body(Map.of("cup", "j12b23000120007", "version", v)).put(path + "/cup").then().statusCode(400)
                .body("errors.field", hasItem("cup"));
        as(OFFICER).body(Map.of("cor", "RNA-12", "version", v)).put(path + "/cor").then().statusCode(400)
                .body("errors.field", hasItem("cor"));
        as(OFFICER).body(Map.of("cor", "1".repeat(21), "version", v)).put(path + "/cor").then().statusCode(400)
                .body("errors.field", hasItem("cor"));
        as(OFFICER).body(Map.of("durcIssuedOn", today().plusDays(1).toString(), "version", v)).put(path + "/durc")
                .then().statusCode(400).body("errors.field", hasItem("durcIssuedOn"));
        as(OFFICER).body(Map.of("durcIssuedOn", today().minusDays(121).toString(), "version", v))
                .put(path + "/durc").then().statusCode(400).body("errors.field", hasItem("durcIssuedOn"));
        as(OFFICER).body(Map.of("durcIssuedOn", "2026-02-30", "version", v)).put(path + "/durc").then()
                .statusCode(400);
        // the applicant does not record the checklist
        as(a1.lead()).body(Map.of("cup", "J12B23000120007", "version", v)).put(path + "/cup").then()
                .statusCode(403);

        as(OFFICER).body(Map.of("cup", "J12B23000120007", "version", v)).put(path + "/cup").then().statusCode(200)
                .body("checklist.cup", equalTo("J12B23000120007")).body("checklist.cupBy", equalTo(OFFICER));
        // the version moved on
        as(OFFICER).body(Map.of("cor", "1234567", "version", v)).put(path + "/cor").then().statusCode(409);
        as(OFFICER).body(Map.of("cor", "1234567", "version", version(s))).put(path + "/cor").then().statusCode(200);
        // issued 120 days ago: valid today, its last day
        as(OFFICER).body(Map.of("durcIssuedOn", today().minusDays(120).toString(), "version", version(s)))
                .put(path + "/durc").then().statusCode(200)
                .body("checklist.durcValidUntil", equalTo(today().toString()));
        // the grant exceeds EUR 150,000: the anti-mafia documentation is missing
        as(OFFICER).body(Map.of("version", version(s))).post(path + "/concession").then().statusCode(409)
                .body("type", endsWith("/checklist-incomplete")).body("errors.field", hasItem("antimafiaReference"));
        // Line A: no commitment to join
        as(OFFICER).body(Map.of("version", version(s))).put(path + "/line-b-commitment").then().statusCode(409);

        // an officer who acts for the lead does not decide on it
        as(TestFixtures.ADMIN).body(Map.of("username", "fu.own.officer", "password", TestFixtures.PASSWORD,
                "displayName", "Own officer", "roles", List.of(Role.OFFICER))).post("/api/users").then()
                .statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> AppUser.findByUsername("fu.own.officer").orElseThrow()
                .organizationId = a1.leadOrganizationId());
        as("fu.own.officer").body(Map.of("reference", "PR_BOUTG_1", "version", version(s))).put(path + "/antimafia")
                .then().statusCode(403).body("type", endsWith("/own-proposal"));

        as(OFFICER).body(Map.of("reference", "PR_BOUTG_12345_2026", "version", version(s)))
                .put(path + "/antimafia").then().statusCode(200).body("checklist.complete", equalTo(true));
        as(OFFICER).body(Map.of("version", version(s))).post(path + "/concession").then().statusCode(200);
        // completed: the checklist no longer changes
        as(OFFICER).body(Map.of("cup", "J12B23000120008", "version", version(s))).put(path + "/cup").then()
                .statusCode(409);
        // not decided yet: nothing to accept
        as(a1.lead()).body(Map.of("version", version(s))).post(path + "/acceptance").then().statusCode(409);

        Instant before = Instant.now();
        FundingSteps.Terms terms = QuarkusTransaction.requiringNew().call(() -> steps.issueDecision(s));
        // idempotent
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.issueDecision(s))).isEqualTo(terms);
        LocalDate decidedOn = before.atZone(ClockProducer.ROME).toLocalDate();
        assertThat(terms.acceptBy()).isEqualTo(decidedOn.plusDays(31).atStartOfDay(ClockProducer.ROME).toInstant());
        assertThat(terms.joiningDueAt()).isNull();
        JsonPath decided = as(a1.lead()).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(decided.getString("status")).isEqualTo("DECIDED");
        assertThat(decided.getLong("decisionDocumentId")).isPositive();
        byte[] pdf = as(a1.lead()).get(path + "/decision").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        as(fixtures.applicant("fu-stranger")).get(path + "/decision").then().statusCode(404);
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'FUNDING_DECIDED' "
                + "and recipient = ? and body like '%271000.00%'", a1.lead())).isEqualTo(1);
        // the decided checklist is never rewritten, not even in SQL
        assertThatThrownBy(() -> sql.update("update openbando.grant_award set cup = 'J12B23000120009' "
                + "where submission_id = ?", s)).hasMessageContaining("funding decision is issued");
        assertThatThrownBy(() -> sql.update("update openbando.grant_award set grant_amount = 1 "
                + "where submission_id = ?", s)).hasMessageContaining("figures never change");
        assertThatThrownBy(() -> sql.update("update openbando.award_partner set grant_amount = 1 where award_id = "
                + "(select id from openbando.grant_award where submission_id = ?)", s))
                .hasMessageContaining("frozen");

        // only the lead accepts; then the partial renunciation reduces the partners' grants in proportion
        as(funded.partnerUser(a1)).body(Map.of("version", version(s))).post(path + "/acceptance").then()
                .statusCode(403);
        as(a1.lead()).body(Map.of("version", version(s))).post(path + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedBy", equalTo(a1.lead()));
        as(a1.lead()).body(Map.of("version", version(s))).post(path + "/acceptance").then().statusCode(409);
        as(a1.lead()).body(Map.of("reason", "less work", "amount", 271000, "version", version(s)))
                .post(path + "/renunciation").then().statusCode(400).body("errors.field", hasItem("amount"));
        as(a1.lead()).body(Map.of("reason", "less work", "amount", 0, "version", version(s)))
                .post(path + "/renunciation").then().statusCode(400).body("errors.field", hasItem("amount"));
        as(a1.lead()).body(Map.of("reason", "less work", "amount", "10.001", "version", version(s)))
                .post(path + "/renunciation").then().statusCode(400).body("errors.field", hasItem("amount"));
        as(a1.lead()).body(Map.of("amount", 1000, "version", version(s))).post(path + "/renunciation").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        JsonPath reduced = exact(as(a1.lead()).body(Map.of("reason", "One work package is dropped", "amount",
                "1000.01", "version", version(s))).post(path + "/renunciation").then().statusCode(200).extract()
                .asString());
        assertThat(reduced.getString("status")).isEqualTo("ACCEPTED");
        assertThat(new BigDecimal(reduced.getString("grant"))).isEqualByComparingTo("269999.99");
        assertThat(reduced.getList("computation.partners.grant", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("269999.99");
        assertThat(sql.queryLong("select count(*) from openbando.award_partner p join openbando.grant_award a on "
                + "a.id = p.award_id where a.submission_id = ? and p.reduced_grant is not null", s)).isEqualTo(2);
        // then the whole grant: what is left is freed
        as(a1.lead()).body(Map.of("reason", "The project is abandoned", "version", version(s)))
                .post(path + "/renunciation").then().statusCode(200).body("status", equalTo("RENOUNCED"));
        QuarkusTransaction.requiringNew().run(() -> steps.renounced(s)); // idempotent with the act
        assertThat(freed.of(s)).extracting(MoneyFreed::cause, f -> f.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PARTIAL_RENUNCIATION", "1000.01"),
                        org.assertj.core.groups.Tuple.tuple("RENUNCIATION", "269999.99"));
        as(a1.lead()).body(Map.of("reason", "again", "version", version(s))).post(path + "/renunciation").then()
                .statusCode(409);
        assertThat(sql.queryLong("select count(*) from openbando.audit_event where entity_type = 'grant_award' "
                + "and entity_id = (select id from openbando.grant_award where submission_id = ?)", s))
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void aPartialGrantUpTo150000NeedsNoAntimafiaAndIsForfeitedWhenNotAccepted() {
        EvaluatedCall.Proposal a2 = funded.get().get(1);
        long s = a2.submissionId();
        JsonPath view = exact(as(OFFICER).get(award(s)).then().statusCode(200).extract().asString());
        assertThat(new BigDecimal(view.getString("grant"))).isEqualByComparingTo("135500.00");
        assertThat(new BigDecimal(view.getString("fullGrant"))).isEqualByComparingTo("271000.00");
        assertThat(view.getBoolean("partial")).isTrue();
        assertThat(view.getBoolean("checklist.antimafiaRequired")).isFalse();
        assertThat(view.getList("computation.partners.grant", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("135500.00");
        // opening again changes nothing
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.open(s)).antimafiaRequired()).isFalse();
        assertThat(sql.queryLong("select count(*) from openbando.grant_award where submission_id = ?", s))
                .isEqualTo(1);

        // the decision waits for the officer's completion of the checklist
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> steps.issueDecision(s)))
                .hasMessageContaining("not completed");
        decide(s, false, false);
        // past the term (the last day's end in Rome), neither accepted nor renounced: the timer forfeits it
        Instant acceptBy = Instant.parse(as(a2.lead()).get(award(s)).then().extract().jsonPath()
                .getString("acceptBy"));
        long v = version(s);
        try {
            clock.moveTo(acceptBy);
            as(a2.lead()).body(Map.of("version", v)).post(award(s) + "/acceptance").then().statusCode(409)
                    .body("type", endsWith("/term-expired"));
            as(a2.lead()).body(Map.of("reason", "Too late", "version", v)).post(award(s) + "/renunciation").then()
                    .statusCode(409).body("type", endsWith("/term-expired"));
        } finally {
            clock.reset();
        }
        QuarkusTransaction.requiringNew().run(() -> steps.forfeit(s));
        QuarkusTransaction.requiringNew().run(() -> steps.forfeit(s)); // idempotent
        as(a2.lead()).get(award(s)).then().statusCode(200).body("status", equalTo("FORFEITED"));
        as(a2.lead()).body(Map.of("version", version(s))).post(award(s) + "/acceptance").then().statusCode(409);
        assertThat(freed.of(s)).extracting(MoneyFreed::cause).containsExactly("FORFEITURE");
        assertThat(freed.of(s).get(0).amount()).isEqualByComparingTo("135500.00");
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'GRANT_FORFEITED' "
                + "and recipient = ?", a2.lead())).isEqualTo(1);
    }

    @Test
    void lineBMembershipIsConfirmedOnceEveryEnterpriseProvesIt() throws SQLException {
        EvaluatedCall.Proposal b1 = funded.get().get(2);
        long s = b1.submissionId();
        String path = award(s);
        // Line B: the commitment is part of the checklist
        assertThat(as(OFFICER).get(path).then().extract().jsonPath().getBoolean("checklist.lineBCommitmentRequired"))
                .isTrue();
        decide(s, true, true);
        JsonPath view = as(b1.lead()).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("joining")).isEqualTo("PENDING");
        assertThat(view.getString("joiningDueAt")).isNotNull();
        List<Long> members = funded.members(b1);
        // every enterprise of the consortium (the lead and the partner; not the contracted lab)
        assertThat(view.getList("toJoin.organizationId", Long.class)).containsExactly(members.get(0),
                members.get(1));
        long mech = sql.queryLong("select id from openbando.cluster where code = 'MECH'");

        // refusals: not a PDF, an organisation outside the consortium, no file
        uploadAs(b1.lead()).multiPart("organizationId", members.get(0)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "proof.pdf", "not a pdf".getBytes(),
                        "application/pdf").post(path + "/proofs").then().statusCode(422)
                .body("errors.field", hasItem("file"));
        uploadAs(b1.lead()).multiPart("organizationId", 1).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "proof.pdf", Pdfs.onePage("member"),
                        "application/pdf").post(path + "/proofs").then().statusCode(400)
                .body("errors.field", hasItem("organizationId"));
        uploadAs(b1.lead()).multiPart("organizationId", members.get(0)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).post(path + "/proofs").then().statusCode(400)
                .body("errors.field", hasItem("file"));
        uploadAs(b1.lead()).multiPart("organizationId", "x").multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "proof.pdf", Pdfs.onePage("member"),
                        "application/pdf").post(path + "/proofs").then().statusCode(400)
                .body("errors.field", hasItem("organizationId"));

        // the lead's proof, rejected with a reason; then accepted once the membership is registered
        JsonPath first = uploadAs(b1.lead()).multiPart("organizationId", members.get(0)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "proof.pdf", Pdfs.onePage("member of MECH"),
                        "application/pdf").post(path + "/proofs").then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("joining")).isEqualTo("PROOF_SUBMITTED");
        long proof = first.getLong("proofs[0].id");
        as(b1.lead()).get(path + "/proofs/" + proof).then().statusCode(200).contentType("application/pdf");
        assertThatThrownBy(() -> sql.update("update openbando.membership_proof set content = 'x' where id = ?",
                proof)).hasMessageContaining("never change");
        // not registered in the organisation's memberships: cannot be confirmed
        as(OFFICER).body(Map.of("confirmed", true, "version", version(s))).post(path + "/proofs/" + proof
                + "/verdict").then().statusCode(409).body("type", endsWith("/membership-not-registered"));
        as(OFFICER).body(Map.of("confirmed", false, "version", version(s))).post(path + "/proofs/" + proof
                + "/verdict").then().statusCode(400).body("errors.field", hasItem("reason"));
        as(OFFICER).body(Map.of("confirmed", false, "reason", "The attestation is not signed", "version",
                version(s))).post(path + "/proofs/" + proof + "/verdict").then().statusCode(200)
                .body("joining", equalTo("PENDING")).body("proofs[0].verdict", equalTo("REJECTED"));
        as(OFFICER).body(Map.of("confirmed", true, "version", version(s))).post(path + "/proofs/" + proof
                + "/verdict").then().statusCode(409).body("type", endsWith("/already-judged"));
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'PROOF_REJECTED' "
                + "and recipient = ?", b1.lead())).isEqualTo(1);

        for (long organization : members) {
            sql.update("insert into openbando.cluster_membership (organization_id, cluster_id, since, status) "
                    + "values (?, ?, ?, 'ACTIVE')", organization, mech, today().minusDays(1));
        }
        String partner = funded.partnerUser(b1);
        long second = uploadAs(b1.lead()).multiPart("organizationId", members.get(0)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "proof2.pdf", Pdfs.onePage("signed"),
                        "application/pdf").post(path + "/proofs").then().statusCode(200).extract().jsonPath()
                .getLong("proofs[1].id");
        // the partner proves its own membership, not the lead's
        uploadAs(partner).multiPart("organizationId", members.get(0)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "p.pdf", Pdfs.onePage("x"), "application/pdf")
                .post(path + "/proofs").then().statusCode(403);
        long third = uploadAs(partner).multiPart("organizationId", members.get(1)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "partner.pdf", Pdfs.onePage("partner"),
                        "application/pdf").post(path + "/proofs").then().statusCode(200).extract().jsonPath()
                .getLong("proofs[2].id");
        as(OFFICER).body(Map.of("confirmed", true, "version", version(s))).post(path + "/proofs/" + second
                + "/verdict").then().statusCode(200).body("joining", equalTo("PROOF_SUBMITTED"))
                .body("toJoin.confirmed", hasItems(true, false));
        as(OFFICER).body(Map.of("confirmed", true, "version", version(s))).post(path + "/proofs/" + third
                + "/verdict").then().statusCode(200).body("joining", equalTo("CONFIRMED"));
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'MEMBERSHIP_CONFIRMED' "
                + "and recipient = ?", b1.lead())).isEqualTo(1);
        // confirmed: no more proofs, no notice
        uploadAs(b1.lead()).multiPart("organizationId", members.get(0)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "p.pdf", Pdfs.onePage("x"), "application/pdf")
                .post(path + "/proofs").then().statusCode(409);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> steps.issueRevocationNotice(s)))
                .hasMessageContaining("no notice");
        assertThat(freed.of(s)).isEmpty();
    }

    @Test
    void anUnfulfilledObligationIsNotifiedThenRevokedAndTheMoneyFreed() {
        EvaluatedCall.Proposal b2 = funded.get().get(3);
        long s = b2.submissionId();
        String path = award(s);
        decide(s, true, true);
        as(b2.lead()).body(Map.of("version", version(s))).post(path + "/acceptance").then().statusCode(200);
        // no notice yet: no observations, no decision
        as(b2.lead()).body(Map.of("observations", "We joined", "version", version(s))).post(path + "/observations")
                .then().statusCode(409);
        Instant due = QuarkusTransaction.requiringNew().call(() -> steps.issueRevocationNotice(s));
        assertThat(QuarkusTransaction.requiringNew().call(() -> steps.issueRevocationNotice(s))).isEqualTo(due);
        JsonPath notified = as(b2.lead()).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(notified.getString("joining")).isEqualTo("NOTICE");
        assertThat(Instant.parse(notified.getString("observationsDueAt"))).isEqualTo(due);
        assertThat(notified.getList("documentIds")).hasSize(2);
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'REVOCATION_NOTIFIED' "
                + "and recipient = ?", b2.lead())).isEqualTo(1);
        // the officer waits for the observations (or their term)
        as(OFFICER).body(Map.of("revoke", true, "reason", "Not joined", "version", version(s)))
                .post(path + "/revocation-decision").then().statusCode(409)
                .body("type", endsWith("/observations-term-running"));
        as(b2.lead()).body(Map.of("observations", "", "version", version(s))).post(path + "/observations").then()
                .statusCode(400).body("errors.field", hasItem("observations"));
        as(b2.lead()).body(Map.of("observations", "x".repeat(4001), "version", version(s)))
                .post(path + "/observations").then().statusCode(400).body("errors.field", hasItem("observations"));
        as(b2.lead()).body(Map.of("observations", "We applied to the cluster; the answer is late.", "version",
                version(s))).post(path + "/observations").then().statusCode(200);
        as(b2.lead()).body(Map.of("observations", "Again", "version", version(s))).post(path + "/observations")
                .then().statusCode(409);
        as(OFFICER).body(Map.of("revoke", true, "version", version(s))).post(path + "/revocation-decision").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        as(b2.lead()).body(Map.of("revoke", true, "reason", "x", "version", version(s)))
                .post(path + "/revocation-decision").then().statusCode(403);
        as(OFFICER).body(Map.of("revoke", true, "reason", "An application is not a membership", "version",
                version(s))).post(path + "/revocation-decision").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> steps.revoke(s));
        QuarkusTransaction.requiringNew().run(() -> steps.revoke(s)); // idempotent
        JsonPath revoked = as(TestFixtures.AUDITOR).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(revoked.getString("status")).isEqualTo("REVOKED");
        assertThat(revoked.getString("joining")).isEqualTo("REVOKED");
        assertThat(revoked.getList("documentIds")).hasSize(3);
        long revocation = revoked.getLong("documentIds[2]");
        as(b2.lead()).get(path + "/documents/" + revocation).then().statusCode(200).contentType("application/pdf");
        as(b2.lead()).get(path + "/documents/1").then().statusCode(404);
        assertThat(freed.of(s)).extracting(MoneyFreed::cause).containsExactly("REVOCATION");
        assertThat(freed.of(s).get(0).amount()).isEqualByComparingTo("271000.00");
        assertThat(freed.of(s).get(0).line()).isEqualTo(org.openbando.call.Line.B);
        assertThat(sql.queryLong("select count(*) from openbando.outbox_message where kind = 'GRANT_REVOKED' "
                + "and recipient = ?", b2.lead())).isEqualTo(1);
        // revoked: nothing more
        as(b2.lead()).body(Map.of("reason", "late", "version", version(s))).post(path + "/renunciation").then()
                .statusCode(409);
    }

    @Test
    void afterTheObservationsTermTheOfficerMayFindTheObligationMet() {
        EvaluatedCall.Proposal b3 = funded.get().get(4);
        long s = b3.submissionId();
        String path = award(s);
        decide(s, true, true);
        long mech = sql.queryLong("select id from openbando.cluster where code = 'MECH'");
        // a proof that carries active content is refused as attachments are
        byte[] active = Pdfs.active().values().iterator().next();
        uploadAs(b3.lead()).multiPart("organizationId", funded.members(b3).get(0)).multiPart("clusterId", mech)
                .multiPart("version", version(s)).multiPart("file", "proof.pdf", active, "application/pdf")
                .post(path + "/proofs").then().statusCode(422).body("errors.field", hasItem("file"));
        Instant due = QuarkusTransaction.requiringNew().call(() -> steps.issueRevocationNotice(s));
        long v = version(s);
        try {
            clock.moveTo(due);
            as(b3.lead()).body(Map.of("observations", "Too late", "version", v)).post(path + "/observations").then()
                    .statusCode(409).body("type", endsWith("/term-expired"));
            as(OFFICER).body(Map.of("revoke", false, "reason", "The cluster registered the membership after the "
                    + "term: the obligation is met", "version", v)).post(path + "/revocation-decision").then()
                    .statusCode(200).body("joining", equalTo("CONFIRMED")).body("status", equalTo("DECIDED"));
        } finally {
            clock.reset();
        }
        as(OFFICER).body(Map.of("revoke", true, "reason", "again", "version", version(s)))
                .post(path + "/revocation-decision").then().statusCode(409);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> steps.revoke(s)))
                .hasMessageContaining("no decision to revoke");
        assertThat(freed.of(s)).isEmpty();
    }

    @Test
    void theCallsAwardsAreListedForOfficersAndTheLeadsForTheirUsers() {
        EvaluatedCall.Built call = funded.get();
        as(OFFICER).get("/api/funding/calls/" + call.callId()).then().statusCode(200)
                .body("submissionId", hasItems((int) call.get(0).submissionId(), (int) call.get(3).submissionId()));
        as(call.get(1).lead()).get("/api/funding/mine").then().statusCode(200)
                .body("submissionId", equalTo(List.of((int) call.get(1).submissionId())));
        as(call.get(1).lead()).get("/api/funding/calls/" + call.callId()).then().statusCode(403);
    }
}
