package org.openbando.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.Proposal;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalService;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.ProblemException;
import org.openbando.shared.Sha256;

@QuarkusTest
class SubmissionTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void submissionFreezesAHashedSnapshotWithProtocolNumberAndReceiptTime() {
        Setup s = setup("SUB-FREEZE", 700);
        long id = completeDraft(s, "freeze-lead", 701);
        ExtractableResponse<Response> receipt = as("freeze-lead").header("Idempotency-Key", "k-1")
                .post("/api/proposals/" + id + "/submit").then().statusCode(200)
                .body("protocolNumber", equalTo(1))
                .body("callCode", equalTo("SUB-FREEZE"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .body("receivedAt", matchesPattern(".*T.*\\.\\d{3}Z|.*T\\d{2}:\\d{2}:\\d{2}Z"))
                .extract();
        String hash = receipt.path("sha256");
        assertThat(Instant.parse(receipt.<String>path("arrivedAt"))).as("arrived, then registered")
                .isBeforeOrEqualTo(Instant.parse(receipt.<String>path("receivedAt")));

        String snapshot = as("freeze-lead").get("/api/proposals/" + id + "/submission/snapshot").then()
                .statusCode(200).header("ETag", org.hamcrest.Matchers.containsString(hash)).extract().asString();
        assertThat(Sha256.of(snapshot)).isEqualTo(hash);
        assertThat(snapshot).contains("\"protocolNumber\":1").contains("\"acronym\":\"COBOT-SB\"")
                .contains("\"submittedBy\":\"freeze-lead\"");

        as("freeze-lead").get("/api/proposals/" + id).then().body("status", equalTo("SUBMITTED"));
        as("freeze-lead").body(Map.of("version", 1, "content", Map.of("title", "Changed after"))).put(
                "/api/proposals/" + id).then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/proposal-not-draft"));
        assertThat(Sha256.of(as("freeze-lead").get("/api/proposals/" + id + "/submission/snapshot")
                .asString())).isEqualTo(hash);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameReceiptAndCreatesNothing() {
        Setup s = setup("SUB-RETRY", 710);
        long id = completeDraft(s, "retry-lead", 711);
        Map<String, Object> first = as("retry-lead").header("Idempotency-Key", "click-1")
                .post("/api/proposals/" + id + "/submit").then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> again = as("retry-lead").header("Idempotency-Key", "click-1")
                .post("/api/proposals/" + id + "/submit").then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(again).isEqualTo(first);
        as("retry-lead").header("Idempotency-Key", "click-2").post("/api/proposals/" + id + "/submit").then()
                .statusCode(409).body("type", equalTo("https://openbando.org/problems/already-submitted"));
        as("retry-lead").post("/api/proposals/" + id + "/submit").then().statusCode(409);
        assertThat(submissionsOf(id)).isEqualTo(1);
    }

    @Test
    void anIncompleteDraftIsRefusedWithWhatBlocksItAndNothingIsStored() {
        Setup s = setup("SUB-INCOMPLETE", 720);
        fixtures.applicant("incomplete-lead");
        organisation("incomplete-lead", "Incompleta S.r.l.", 721);
        long id = as("incomplete-lead").body(Map.of("callId", s.call, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("incomplete-lead").post("/api/proposals/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openbando.org/problems/proposal-incomplete"))
                .body("errors.field", hasItem("title"));
        assertThat(submissionsOf(id)).isZero();
        as("incomplete-lead").get("/api/proposals/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void theDeadlineInstantIsTooLateByTheServerClock() {
        Setup s = setup("SUB-LATE", 730);
        long id = completeDraft(s, "late-lead", 731);
        clock.moveTo(s.deadline);
        try {
            as("late-lead").post("/api/proposals/" + id + "/submit").then().statusCode(409)
                    .body("type", equalTo("https://openbando.org/problems/call-closed"));
        } finally {
            clock.reset();
        }
        assertThat(submissionsOf(id)).isZero();
        // the number was given back: the next submission of the call gets protocol 1
        as("late-lead").post("/api/proposals/" + id + "/submit").then().statusCode(200)
                .body("protocolNumber", equalTo(1));
    }

    @Test
    void aWithdrawnProposalCanBeSubmittedAgainAsANewSubmission() {
        Setup s = setup("SUB-WITHDRAW", 740);
        long id = completeDraft(s, "withdraw-lead", 741);
        as("withdraw-lead").header("Idempotency-Key", "first").post("/api/proposals/" + id + "/submit").then()
                .statusCode(200).body("protocolNumber", equalTo(1));
        as("withdraw-lead").post("/api/proposals/" + id + "/withdraw").then().statusCode(200)
                .body("withdrawnAt", org.hamcrest.Matchers.notNullValue());
        as("withdraw-lead").get("/api/proposals/" + id).then().body("status", equalTo("DRAFT"));
        as("withdraw-lead").get("/api/proposals/" + id + "/submission").then().statusCode(404);
        as("withdraw-lead").header("Idempotency-Key", "second").post("/api/proposals/" + id + "/submit").then()
                .statusCode(200).body("protocolNumber", equalTo(2)).body("withdrawnAt", nullValue());
        // late retries: the key of the withdrawn submission is refused (never its receipt as if it were new), the key
        // in force gets its receipt, a new click names the one in force
        as("withdraw-lead").header("Idempotency-Key", "first").post("/api/proposals/" + id + "/submit").then()
                .statusCode(409).body("type", equalTo("https://openbando.org/problems/idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as("withdraw-lead").header("Idempotency-Key", "second").post("/api/proposals/" + id + "/submit").then()
                .statusCode(200).body("protocolNumber", equalTo(2)).body("withdrawnAt", nullValue());
        as("withdraw-lead").post("/api/proposals/" + id + "/submit").then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/already-submitted"))
                .body("detail", org.hamcrest.Matchers.containsString("protocol number 2"));
        assertThat(submissionsOf(id)).isEqualTo(2);
    }

    @Test
    void anotherApplicantCannotSubmitOrSeeTheSubmission() {
        Setup s = setup("SUB-OTHERS", 750);
        long id = completeDraft(s, "owner-lead", 751);
        fixtures.applicant("nosy-lead");
        organisation("nosy-lead", "Curiosa S.r.l.", 752);
        as("nosy-lead").post("/api/proposals/" + id + "/submit").then().statusCode(404);
        as("owner-lead").post("/api/proposals/" + id + "/submit").then().statusCode(200);
        as("nosy-lead").get("/api/proposals/" + id + "/submission").then().statusCode(404);
        as("nosy-lead").get("/api/proposals/" + id + "/submission/snapshot").then().statusCode(404);
        as(TestFixtures.AUDITOR).get("/api/proposals/" + id + "/submission").then().statusCode(200);
        as(TestFixtures.AUDITOR).post("/api/proposals/" + id + "/withdraw").then().statusCode(403);
    }

    @Test
    void simultaneousClicksOnOneProposalStoreOneSubmission() throws Exception {
        Setup s = setup("SUB-CLICKS", 780);
        long id = completeDraft(s, "clicks-lead", 781);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean keyed = i % 2 == 0;
            futures.add(pool.submit(() -> (keyed ? as("clicks-lead").header("Idempotency-Key", "same-click")
                    : as("clicks-lead")).post("/api/proposals/" + id + "/submit").then().extract()));
        }
        List<Integer> statuses = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Future<ExtractableResponse<Response>> f : futures) {
            ExtractableResponse<Response> r = f.get();
            statuses.add(r.statusCode());
            if (r.statusCode() == 200) {
                numbers.add(r.path("protocolNumber"));
            } else {
                assertThat(r.<String>path("type")).isEqualTo("https://openbando.org/problems/already-submitted");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409).contains(200);
        assertThat(numbers).containsOnly(1);
        assertThat(submissionsOf(id)).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsGetGaplessNumbersInTheOrderOfReceipt() throws Exception {
        Setup s = setup("SUB-RUSH", 760);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(completeDraft(s, "rush-lead-" + i, 761 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String lead = "rush-lead-" + i;
            long id = ids.get(i);
            futures.add(pool.submit(() -> as(lead).header("Idempotency-Key", "rush")
                    .post("/api/proposals/" + id + "/submit").then().statusCode(200).extract()));
        }
        List<long[]> numbersAndTimes = new ArrayList<>();
        for (Future<ExtractableResponse<Response>> f : futures) {
            ExtractableResponse<Response> r = f.get();
            numbersAndTimes.add(new long[] {r.jsonPath().getLong("protocolNumber"),
                    Instant.parse(r.jsonPath().getString("receivedAt")).toEpochMilli()});
        }
        pool.shutdown();
        numbersAndTimes.sort(Comparator.comparingLong(a -> a[0]));
        assertThat(numbersAndTimes.stream().map(a -> a[0]).toList()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        for (int i = 1; i < numbersAndTimes.size(); i++) {
            assertThat(numbersAndTimes.get(i)[1]).isGreaterThanOrEqualTo(numbersAndTimes.get(i - 1)[1]);
        }
    }

    @Test
    void theRegisterRefusesAProposalChangedAfterTheRequestCheckedIt() {
        Setup s = setup("SUB-STALE", 2600);
        long id = completeDraft(s, "register-stale-lead", 2601);
        SubmissionRegister.Prepared checked = prepared(id, "register-stale-lead", "stale-key");
        as("register-stale-lead").body(Map.of("version", 1, "content", Api.completeProposal(s.partner, s.lab)))
                .put("/api/proposals/" + id).then().statusCode(200); // an edit lands between the check and the store
        assertThatThrownBy(() -> register.store(checked, WAIT)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).contains("changed while it was being submitted"));
        assertThat(submissionsOf(id)).isZero();
        as("register-stale-lead").post("/api/proposals/" + id + "/submit").then().statusCode(200)
                .body("protocolNumber", equalTo(1));
    }

    @Test
    void theRegisterJudgesTheInstantTheRequestArrived() {
        Setup s = setup("SUB-LATE-REG", 2630);
        long id = completeDraft(s, "register-late-lead", 2631);
        SubmissionRegister.Prepared checked = prepared(id, "register-late-lead", "k");
        clock.moveTo(s.deadline.plusSeconds(1)); // the register reaches every one of them after the deadline
        try {
            // arrived at the deadline instant: too late
            assertThatThrownBy(() -> register.store(arrivedAt(checked, s.deadline), WAIT))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("call-closed"));
            // arrived so long before its turn that it was stuck: 503, judged neither late nor in time
            assertThatThrownBy(() -> register.store(arrivedAt(checked, s.deadline.minusSeconds(600)), WAIT))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.retryAfter().getAsInt()).isPositive();
                    });
            assertThat(submissionsOf(id)).isZero();
            // arrived a millisecond before the deadline, registered after it: in time, and no number was taken before
            SubmissionReceipt receipt = register.store(arrivedAt(checked, s.deadline.minusMillis(1)), WAIT);
            assertThat(receipt.protocolNumber()).isEqualTo(1);
            assertThat(receipt.arrivedAt()).isEqualTo(s.deadline.minusMillis(1));
            assertThat(receipt.receivedAt()).isAfter(s.deadline);
        } finally {
            clock.reset();
        }
    }

    private static SubmissionRegister.Prepared arrivedAt(SubmissionRegister.Prepared p, Instant arrivedAt) {
        return new SubmissionRegister.Prepared(p.proposalId(), p.version(), p.callId(), p.callCode(), p.line(),
                p.leadOrganizationId(), p.submittedBy(), p.idempotencyKey(), p.maxProposalsPerEnterprise(),
                p.content(), p.attachments(), p.members(), arrivedAt);
    }

    @Test
    void theRegisterRefusesASnapshotWhoseAttachmentsAreNoLongerThoseInForce() {
        Setup s = setup("SUB-ATT-RACE", 2620);
        long id = completeDraft(s, "register-att-lead", 2621);
        SubmissionRegister.Prepared checked = prepared(id, "register-att-lead", "k");
        SubmissionRegister.Prepared withAnother = new SubmissionRegister.Prepared(checked.proposalId(),
                checked.version(), checked.callId(), checked.callCode(), checked.line(), checked.leadOrganizationId(),
                checked.submittedBy(), checked.idempotencyKey(), checked.maxProposalsPerEnterprise(),
                checked.content(), List.of(new Snapshot.SubmittedAttachment(Long.MAX_VALUE,
                        AttachmentKind.OTHER, "removed-meanwhile.pdf", 1000, "0".repeat(64))), checked.members(),
                checked.arrivedAt());
        assertThatThrownBy(() -> register.store(withAnother, WAIT)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).contains("attachments")
                        .contains("changed while it was being submitted"));
        assertThat(submissionsOf(id)).isZero();
        assertThat(register.store(checked, WAIT).protocolNumber()).isEqualTo(1);
    }

    @Test
    void withdrawnSubmissionsAndOtherCallsDoNotCountTowardsTheMaximum() {
        Setup s = setup("SUB-MAX-ACTIVE", 2700, Map.of("maxProposalsPerEnterprise", 1));
        Setup other = setup("SUB-MAX-OTHER", 2703, Map.of("maxProposalsPerEnterprise", 1));
        String lead = "max-active-lead";
        long first = completeDraft(s, lead, 2706);
        as(lead).post("/api/proposals/" + first + "/submit").then().statusCode(200);
        as(lead).post("/api/proposals/" + first + "/withdraw").then().statusCode(200);
        long second = anotherDraft(fixtures, s, lead);
        as(lead).post("/api/proposals/" + second + "/submit").then().statusCode(200); // the withdrawn one is not counted
        long elsewhere = anotherDraft(fixtures, other, lead);
        as(lead).post("/api/proposals/" + elsewhere + "/submit").then().statusCode(200); // nor another call's
        long third = anotherDraft(fixtures, s, lead);
        as(lead).post("/api/proposals/" + third + "/submit").then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/too-many-proposals"));
        assertThat(submissionsOf(third)).isZero();
    }

    @Test
    void theRegisterCountsTheProposalsOfAnEnterpriseUnderItsLock() throws Exception {
        Setup s = setup("SUB-MAX", 2610, Map.of("maxProposalsPerEnterprise", 1));
        long first = completeDraft(s, "register-max-lead", 2611);
        long second = anotherDraft(fixtures, s, "register-max-lead");
        // both are checked while neither is stored, then reach the register together
        List<SubmissionRegister.Prepared> checked = List.of(prepared(first, "register-max-lead", "a"),
                prepared(second, "register-max-lead", "b"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (SubmissionRegister.Prepared p : checked) {
            outcomes.add(pool.submit(() -> {
                try {
                    return register.store(p, WAIT);
                } catch (ProblemException e) {
                    return e;
                }
            }));
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).filteredOn(SubmissionReceipt.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ProblemException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ProblemException) e).getMessage()).contains("the most the call allows"));
        assertThat(submissionsOf(first) + submissionsOf(second)).isEqualTo(1);
    }

    /** How long a test's request waits for the register: as the configured max-wait (60 s in tests). */
    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    SubmissionRegister register;
    @Inject
    ProposalService proposals;
    @Inject
    OrganizationDirectory organizations;

    /** What the request prepares for the register (read as the applicant would have it, without the request). */
    private SubmissionRegister.Prepared prepared(long id, String lead, String key) {
        return prepared(proposals, organizations, id, lead, key, clock.instant());
    }

    static SubmissionRegister.Prepared prepared(ProposalService proposals, OrganizationDirectory organizations,
            long id, String lead, String key, Instant arrivedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Proposal proposal = Proposal.findById(id);
            org.openbando.call.GrantCall call = org.openbando.call.GrantCall.findById(proposal.callId);
            ProposalContent content = proposals.content(proposal.content);
            Set<Long> named = new HashSet<>(content.namedOrganizationIds());
            named.add(proposal.leadOrganizationId);
            return new SubmissionRegister.Prepared(id, proposal.version, call.id, call.code, proposal.line,
                    proposal.leadOrganizationId, lead, key, call.rules.maxProposalsPerEnterprise, content, List.of(),
                    SubmissionService.members(proposal.leadOrganizationId, content, organizations.facts(named,
                            LocalDate.ofInstant(arrivedAt, ClockProducer.ROME))), arrivedAt);
        });
    }

    record Setup(long call, long partner, long lab, Instant deadline) {
    }

    private Setup setup(String code, int seed) {
        return setup(code, seed, Map.of());
    }

    private Setup setup(String code, int seed, Map<String, Object> rules) {
        return setup(fixtures, code, seed, rules);
    }

    /** A published call open now (deadline in 30 days), with a partner enterprise and a lab to name in drafts. */
    static Setup setup(TestFixtures fixtures, String code, int seed, Map<String, Object> rules) {
        Map<String, Object> body = Api.call(code, -1, 30);
        if (!rules.isEmpty()) {
            body.put("rules", rules);
        }
        long call = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long partner = organisation(fixtures.applicant(code.toLowerCase() + "-partner"), "Partner " + code, seed);
        long lab = as(fixtures.applicant(code.toLowerCase() + "-lab")).body(Map.of("type", "RESEARCH_CENTRE",
                "name", "Lab " + code, "vatNumber", Api.vat(seed + 5000))).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        return new Setup(call, partner, lab, OffsetDateTime.parse((String) body.get("deadlineAt")).toInstant());
    }

    private long completeDraft(Setup s, String lead, int seed) {
        return completeDraft(fixtures, s, lead, seed);
    }

    /** A new applicant with its own enterprise (VAT number from the seed) and a complete draft in the call. */
    static long completeDraft(TestFixtures fixtures, Setup s, String lead, int seed) {
        fixtures.applicant(lead);
        organisation(lead, "Capofila " + lead, seed);
        return anotherDraft(fixtures, s, lead);
    }

    /** A complete draft in the call for a lead whose organisation exists. */
    static long anotherDraft(TestFixtures fixtures, Setup s, String lead) {
        long id = as(lead).body(Map.of("callId", s.call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(s.partner, s.lab)))
                .put("/api/proposals/" + id).then().statusCode(200);
        fixtures.confirmAll(id);
        return id;
    }

    static long organisation(String applicant, String name, int seed) {
        return as(applicant).body(Api.enterprise(name, Api.vat(seed), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long submissionsOf(long proposalId) {
        return QuarkusTransaction.requiringNew().call(() -> Submission.count("proposalId", proposalId));
    }
}
