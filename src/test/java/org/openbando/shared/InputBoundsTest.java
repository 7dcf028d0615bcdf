package org.openbando.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.openbando.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.Await;
import org.openbando.TestFixtures;
import org.openbando.call.CallRequest;
import org.openbando.eligibility.AdmissibilityReview;
import org.openbando.identity.UserService;
import org.openbando.organization.OrganizationRequest;
import org.openbando.proposal.ProposalContent;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * Every input has a bound and a cheap failure (issue 12, item 1): the hostile inputs of the issue, through the API and
 * the page forms, against the real database. What a refusal costs is shown by the size of its answer (and, for the
 * largest body, one generous bound on its time).
 */
@QuarkusTest
class InputBoundsTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    ProcessEngine engine;
    @Inject
    ProposalProcessStarter starter;

    // ------------------------------------------------------------------------------------------------------------
    // lists: refused at their bound while read, with a short answer

    @Test
    void aBudgetOfEmptyObjectsIsRefusedAtItsBoundWithAShortAnswer() throws Exception {
        Draft d = draft("IB-EMPTY", "empty", 9101);
        for (int n : new int[] {16_000, 32_000}) {
            Response refused = as(d.lead()).body(emptyBudget(n)).put("/api/proposals/" + d.id());
            refused.then().statusCode(400).body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("content.budget"))
                    .body("errors[0].message", equalTo("size must be between 0 and 500"));
            assertThat(refused.asString().length()).as("answer to %d empty objects", n).isLessThan(1_000);
        }
        // a body just under the server's limit of 12 MB: as short an answer (sent as bytes by the JDK's client: REST
        // Assured takes longer to send it than the server to refuse it); how long it takes is measured by
        // HostileInputBenchmark, not here
        byte[] huge = emptyBudget(4_000_000).getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(11_900_000).isLessThan(12 * 1024 * 1024);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest put = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/proposals/"
                        + d.id())).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (d.lead() + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(huge)).build();
        HttpResponse<String> refused = client.send(put, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"content.budget\"").hasSizeLessThan(1_000);
        as(d.lead()).get("/api/proposals/" + d.id()).then().body("version", equalTo(0));
    }

    @Test
    void theDetailNamesTheFirstTwentyViolationsAndCountsTheOthers() {
        Draft d = draft("IB-MANY", "many", 9104);
        as(d.lead()).body(emptyBudget(500)).put("/api/proposals/" + d.id()).then().statusCode(400)
                .body("errors", hasSize(InputLimits.MAX_REPORTED_VIOLATIONS))
                .body("moreErrors", equalTo(4 * 500 - InputLimits.MAX_REPORTED_VIOLATIONS))
                .body("detail", endsWith("; and 1980 more"))
                .body("errors[0].field", startsWith("content.budget["));
    }

    @Test
    void theParserRefusesLongNumbersLongStringsAndDeepNestingNamingTheField() {
        Draft d = draft("IB-PARSER", "parser", 9107);
        String url = "/api/proposals/" + d.id();
        as(d.lead()).body("{\"version\":0,\"content\":{\"durationMonths\":" + "9".repeat(41) + "}}").put(url)
                .then().statusCode(400).body("errors[0].field", equalTo("content.durationMonths"));
        as(d.lead()).body("{\"version\":0,\"content\":{\"contracts\":[{\"amount\":0." + "1".repeat(41) + "}]}}")
                .put(url).then().statusCode(400).body("errors[0].field", equalTo("content.contracts[0].amount"))
                .body("errors[0].message", containsString("at most 40 digits"));
        as(d.lead()).body("{\"version\":0,\"content\":{\"durationMonths\":" + "9".repeat(101) + "}}").put(url)
                .then().statusCode(400).body("detail", containsString("Number value length (101) exceeds"));
        as(d.lead()).body(Map.of("version", 0, "content", Map.of("summary", "x".repeat(30_000)))).put(url)
                .then().statusCode(400).body("errors[0].field", equalTo("content.summary"));
        String deep = "[".repeat(100) + "]".repeat(100);
        as(d.lead()).body("{\"version\":0,\"content\":{\"unknown\":" + deep + "}}").put(url).then().statusCode(400)
                .body("detail", containsString("nesting depth"));
        as(d.lead()).get(url).then().body("version", equalTo(0));
    }

    // ------------------------------------------------------------------------------------------------------------
    // numbers: bounded length and exponent before any arithmetic

    @Test
    void hugeExponentsAreRefusedBeforeAnyArithmeticInTheApiAndInTheForm() {
        Draft d = draft("IB-EXP", "exponent", 9110);
        String row = "{\"organizationId\":" + d.leadOrg() + ",\"costCategory\":\"PERSONNEL\","
                + "\"researchCategory\":\"INDUSTRIAL_RESEARCH\",\"amount\":1e1000000}";
        as(d.lead()).body("{\"version\":0,\"content\":{\"budget\":[" + row + "]}}").put("/api/proposals/" + d.id())
                .then().statusCode(400).body("errors[0].field", equalTo("content.budget[0].amount"));

        Response page = form(d.lead()).formParams(Map.of("version", "0",
                        "budget[0].organizationId", String.valueOf(d.leadOrg()), "budget[0].costCategory", "PERSONNEL",
                        "budget[0].researchCategory", "INDUSTRIAL_RESEARCH", "budget[0].amount", "1e1000000"))
                .post("/proposals/" + d.id() + "/edit/budget");
        page.then().statusCode(400).body(containsString("data-field=\"budget[0].amount\">is not a number"))
                .body(containsString("value=\"1e1000000\""));
        assertThat(page.asString()).doesNotContain("0".repeat(100));
        assertThat(page.asString().length()).isLessThan(300_000);
        as(d.lead()).get("/api/proposals/" + d.id()).then().body("version", equalTo(0));
    }

    @Test
    void theOfficersScoresHaveTwoDecimalsAndNoExponent() throws Exception {
        Map<String, Object> call = Api.call("IB-SCORES", 1, 30);
        call.put("criteria", List.of(Map.of("code", "QUALITY", "name", "Quality", "maxScore", "__A__"),
                Map.of("code", "IMPACT", "name", "Impact", "maxScore", "__B__")));
        String body = json.writeValueAsString(call);
        as(TestFixtures.OFFICER).body(body.replace("\"__A__\"", "1e-60000000").replace("\"__B__\"", "99"))
                .post("/api/calls").then().statusCode(400).body("errors[0].field", equalTo("criteria[0].maxScore"));
        as(TestFixtures.OFFICER).body(body.replace("\"__A__\"", "66.667").replace("\"__B__\"", "33.333"))
                .post("/api/calls").then().statusCode(400).body("errors.field",
                        equalTo(List.of("criteria[0].maxScore", "criteria[1].maxScore")));
    }

    // ------------------------------------------------------------------------------------------------------------
    // characters that PostgreSQL or XML refuse

    @Test
    void controlCharactersAreRefusedNamingTheFieldInTheApiAndInTheForm() {
        Draft d = draft("IB-CHARS", "chars", 9113);
        String url = "/api/proposals/" + d.id();
        as(d.lead()).body(Map.of("version", 0, "content", Map.of("title", "Robots\u0000"))).put(url).then()
                .statusCode(400).body("errors[0].field", equalTo("content.title"))
                .body("errors[0].message", containsString("(U+0000)"));
        as(d.lead()).body("{\"version\":0,\"content\":{\"workPackages\":[{\"title\":\"a\\ud800b\"}]}}").put(url)
                .then().statusCode(400).body("errors[0].field", equalTo("content.workPackages[0].title"))
                .body("errors[0].message", containsString("(U+D800)"));
        as(d.lead()).body(Map.of("version", 0, "content", Map.of("summary", "\u000cPasted\u0007"))).put(url)
                .then().statusCode(400).body("errors[0].field", equalTo("content.summary"));

        Map<String, String> general = new HashMap<>(Map.of("version", "0", "title", "Robots\u0000",
                "acronym", "ROB", "durationMonths", "24"));
        form(d.lead()).formParams(general).post("/proposals/" + d.id() + "/edit/general").then().statusCode(400)
                .body(containsString("not allowed (U+0000)"));
        as(d.lead()).get(url).then().body("version", equalTo(0));

        // tabs, line breaks, accents and characters beyond the BMP are text
        general.put("title", "Robot\tcollaborativi: è così 😀");
        form(d.lead()).formParams(general).post("/proposals/" + d.id() + "/edit/general").then().statusCode(303);
        as(d.lead()).get(url).then().body("content.title", equalTo("Robot\tcollaborativi: è così 😀"));
    }

    @Test
    void everyStringOfEveryJsonBodyIsChecked() {
        String applicant = fixtures.applicant("ib-chars-org");
        Map<String, Object> organisation = Api.enterprise("Meccanica\u0001", Api.vat(9116), "20", "3000000",
                "2000000");
        as(applicant).body(organisation).post("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(TestFixtures.ADMIN).body(Map.of("username", "ib.nul", "password", "a-long-password",
                "displayName", "Nul\u0000", "roles", List.of("OFFICER"))).post("/api/users").then().statusCode(400)
                .body("errors[0].field", equalTo("displayName"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // a string never longer than its column

    @Test
    void theLargestContentValidationAdmitsIsStored() throws Exception {
        Draft d = draft("IB-LARGEST", "largest", 9119);
        String quotes = "\""; // the character JSON escapes: the stored text is twice as long as the typed one
        Map<String, Object> milestone = Map.of("title", quotes.repeat(300), "month", 60);
        Map<String, Object> workPackage = Map.of("code", quotes.repeat(20), "title", quotes.repeat(300),
                "startTrl", 9, "targetTrl", 9, "trlJustification", quotes.repeat(2000),
                "milestones", Collections.nCopies(30, milestone));
        Map<String, Object> content = new HashMap<>();
        content.put("title", quotes.repeat(300));
        content.put("acronym", quotes.repeat(30));
        content.put("summary", quotes.repeat(5000));
        content.put("thematicAreaCode", quotes.repeat(60));
        content.put("plannedStart", "2100-12-31");
        content.put("durationMonths", 60);
        content.put("partners", Collections.nCopies(30, Map.of("organizationId", Long.MAX_VALUE)));
        content.put("contracts", Collections.nCopies(50, Map.of("providerOrganizationId", Long.MAX_VALUE,
                "subject", quotes.repeat(500), "amount", new java.math.BigDecimal("9999999999999.99"))));
        content.put("budget", Collections.nCopies(500, Map.of("organizationId", Long.MAX_VALUE,
                "costCategory", "CONTRACT_RESEARCH_AND_CONSULTANCY", "researchCategory", "EXPERIMENTAL_DEVELOPMENT",
                "amount", new java.math.BigDecimal("9999999999999.99"))));
        content.put("workPackages", Collections.nCopies(30, workPackage));
        content.put("trl", Map.of("start", 9, "target", 9, "justification", quotes.repeat(2000)));

        as(d.lead()).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + d.id()).then()
                .statusCode(200);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select length(content) from openbando.proposal where id = ?")) {
            q.setLong(1, d.id());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the stored JSON").isGreaterThan(800_000)
                        .isLessThanOrEqualTo(ProposalContent.MAX_JSON_LENGTH);
            }
        }
    }

    /** Each bounded string of a request record, and the column that stores it. */
    private record Stored(Class<? extends Record> request, String component, String table, String column) {
    }

    @Test
    void everyBoundedStringFitsItsColumn() throws Exception {
        List<Stored> stored = List.of(
                new Stored(OrganizationRequest.class, "name", "organization", "name"),
                new Stored(OrganizationRequest.class, "address", "organization", "address"),
                new Stored(OrganizationRequest.class, "city", "organization", "city"),
                new Stored(OrganizationRequest.Related.class, "name", "related_enterprise", "name"),
                new Stored(CallRequest.class, "title", "grant_call", "title"),
                new Stored(CallRequest.class, "description", "grant_call", "description"),
                new Stored(CallRequest.class, "s3PriorityArea", "grant_call", "s3_priority_area"),
                new Stored(CallRequest.Rules.class, "tieBreakCriterion", "grant_call", "tie_break_criterion"),
                new Stored(CallRequest.Criterion.class, "name", "call_criterion", "name"),
                new Stored(AdmissibilityReview.DecisionRequest.class, "notes", "admissibility_step", "text"),
                new Stored(AdmissibilityReview.DecisionRequest.class, "answerToObservations", "admissibility_step",
                        "text"),
                new Stored(AdmissibilityReview.Answer.class, "text", "admissibility_step", "text"),
                new Stored(UserService.NewUser.class, "displayName", "app_user", "display_name"),
                new Stored(UserService.NewUser.class, "email", "app_user", "email"));
        List<String> mismatches = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Stored s : stored) {
                Size size = component(s.request(), s.component()).getAccessor().getAnnotation(Size.class);
                assertThat(size).as(s.request().getSimpleName() + "." + s.component() + " has a @Size").isNotNull();
                Integer column = length(c, s.table(), s.column());
                if (column != null && column < size.max()) {
                    mismatches.add(s + ": @Size(max = " + size.max() + ") into varchar(" + column + ")");
                }
            }
            // JSON (escaped: longer than the characters validation counts) is stored in text
            assertThat(length(c, "proposal", "content")).isNull();
            assertThat(length(c, "admissibility_step", "items")).isNull();
            assertThat(length(c, "audit_event", "to_state")).isNull();
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyStaffRoleTogetherFitsTheAuditTrail() { // (an applicant has no other role: RoleSeparationTest)
        as(TestFixtures.ADMIN).body(Map.of("username", "ib.everything", "password", "a-long-password",
                "displayName", "Every staff role", "roles", List.of("OFFICER", "EVALUATOR", "AUDITOR", "ADMIN")))
                .post("/api/users").then().statusCode(201);
    }

    // ------------------------------------------------------------------------------------------------------------
    // page forms accept what the API accepts; the officer's longest lists fit their column

    @Test
    void theLongestAnswersAndReasonsAreAcceptedThroughThePageForms() {
        Submitted s = submit("IB-LONG", 9122);
        String longest = "\"".repeat(1000); // escaped in the stored JSON: 20 x 2,002 characters
        as(TestFixtures.OFFICER).body(Map.of("decision", "REQUEST_COMPLETION", "missing",
                        Collections.nCopies(20, longest))).post("/api/proposals/" + s.proposal() + "/admissibility")
                .then().statusCode(200).body("status", equalTo("COMPLETION_REQUESTED"));
        runJobs(s);

        // 10,000 accented letters: 60,000 bytes once encoded
        form(s.lead()).formParam("text", "è".repeat(10_000)).post("/proposals/" + s.proposal() + "/completion")
                .then().statusCode(303);
        as(s.lead()).get("/api/proposals/" + s.proposal() + "/admissibility").then().statusCode(200)
                .body("steps.find { it.kind == 'COMPLETION_SENT' }.text.length()", equalTo(10_000));
        runJobs(s);

        // 20 reasons of 1,000 euro signs, one per line: 180,000 bytes once encoded
        String reasons = String.join("\r\n", Collections.nCopies(20, "€".repeat(1000)));
        form(TestFixtures.OFFICER).formParam("decision", "REJECT").formParam("reasons", reasons)
                .post("/officer/proposals/" + s.proposal() + "/decision").then().statusCode(303);
        as(TestFixtures.OFFICER).get("/api/proposals/" + s.proposal()).then()
                .body("status", equalTo("REJECTION_NOTIFIED"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // L8, L12

    @Test
    void aBackPathThatIsNoUriGoesHome() {
        given().redirects().follow(false).queryParam("back", "/a|b").get("/lang/en").then().statusCode(303)
                .header("Location", endsWith("/"));
        given().redirects().follow(false).queryParam("back", "/proposals?x=1").get("/lang/en").then()
                .statusCode(303).header("Location", endsWith("/proposals?x=1"));
    }

    @Test
    void aVatNumberRegisteredAtTheSameMomentIsAConflictAndLeavesNothingBehind() throws Exception {
        String vat = Api.vat(9125);
        String applicant = fixtures.applicant("ib-race-vat");
        Map<String, Object> body = Api.enterprise("Late S.r.l.", vat, "20", "3000000", "2000000");
        // another registration of the same number is written but not committed: the check cannot see it
        Response answer = whileUncommitted("insert into openbando.organization (type, name, vat_number, created_at, "
                + "version) values ('ENTERPRISE', 'Early S.r.l.', '" + vat + "', now(), 0)",
                () -> as(applicant).body(body).post("/api/organizations"));
        answer.then().statusCode(409).body("type", endsWith("/vat-number-registered"));
        as(applicant).get("/api/me").then().statusCode(200).body("organization", equalTo(null));
    }

    @Test
    void aUsernameTakenAtTheSameMomentIsAConflict() throws Exception {
        Response answer = whileUncommitted("insert into openbando.app_user (username, password, roles, display_name, "
                + "locale, created_at) values ('ib.race', 'x', 'OFFICER', 'Early', 'it', now())",
                () -> as(TestFixtures.ADMIN).body(Map.of("username", "ib.race", "password", "a-long-password",
                        "displayName", "Late", "roles", List.of("OFFICER"))).post("/api/users"));
        answer.then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void twoRegistrationsOfOneApplicantAtOnceLeaveNoOrphanOrganisation() throws Exception {
        String applicant = fixtures.applicant("ib-race-twice");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> body = Api.enterprise("Twice " + i + " S.r.l.", Api.vat(9130 + i), "20",
                        "3000000", "2000000");
                answers.add(pool.submit(() -> as(applicant).body(body).post("/api/organizations").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select count(*) from openbando.organization where legal_representative = ?")) {
            q.setString(1, applicant);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    record Draft(long id, String lead, long leadOrg) {
    }

    record Submitted(long proposal, String lead) {
    }

    private Draft draft(String code, String name, int seed) {
        String lead = fixtures.applicant("ib-" + name);
        long leadOrg = as(lead).body(Api.enterprise("Lead " + name + " S.r.l.", Api.vat(seed), "20", "3000000",
                "2000000")).post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        long call = publishedCall(Api.call(code, -1, 30));
        long id = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Draft(id, lead, leadOrg);
    }

    /** A complete proposal of MECH members, submitted, its process started and waiting for the officer. */
    private Submitted submit(String code, int seed) {
        Map<String, Object> call = Api.call(code, -1, 30);
        call.put("rules", Map.of("noticeBeforeRejection", true));
        long callId = publishedCall(call);
        long partner = as(fixtures.applicant("ib-" + seed + "-partner")).body(Api.member(Api.enterprise(
                "Partner " + code, Api.vat(seed + 1), "10", "1000000", "900000"))).post("/api/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("ib-" + seed + "-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name",
                "Lab " + code, "vatNumber", Api.vat(seed + 2))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String lead = fixtures.applicant("ib-" + seed + "-lead");
        as(lead).body(Api.member(Api.enterprise("Capofila " + code, Api.vat(seed), "20", "3000000", "2000000")))
                .post("/api/organizations").then().statusCode(201);
        long proposal = as(lead).body(Map.of("callId", callId, "line", "A")).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + proposal).then().statusCode(200);
        fixtures.confirmAll(proposal);
        as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200);
        while (starter.startPending() > 0) {
            // the next batch
        }
        Submitted s = new Submitted(proposal, lead);
        runJobs(s);
        as(TestFixtures.OFFICER).get("/api/proposals/" + proposal).then().body("status", equalTo("UNDER_REVIEW"));
        return s;
    }

    private static long publishedCall(Map<String, Object> body) {
        long call = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    /** Executes the process's asynchronous steps until it waits for a person, a timer or a message. */
    private void runJobs(Submitted s) {
        String process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("submission-" + submissionOf(s.proposal())).singleResult().getId();
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(process).messages()
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("the process keeps creating jobs");
    }

    private long submissionOf(long proposal) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select id from openbando.submission where proposal_id = ? and withdrawn_at is null")) {
            q.setLong(1, proposal);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the request while another transaction holds an uncommitted row with the same unique value: the request's
     * insert waits for it; once it waits, the other transaction commits, and the request's insert fails.
     */
    private Response whileUncommitted(String insert, java.util.concurrent.Callable<Response> request)
            throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute(insert);
            CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return request.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            waitForALockWait(answer);
            other.commit();
            return answer.get();
        }
    }

    private void waitForALockWait(CompletableFuture<Response> answer) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")) {
            Await.until("the request waits for the uncommitted row", () -> {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            }, answer);
        }
    }

    private static RecordComponent component(Class<? extends Record> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(type + " has no " + name);
    }

    /** The column's maximum length; null for text. */
    private static Integer length(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select data_type, character_maximum_length from "
                + "information_schema.columns where table_schema = 'openbando' and table_name = ? and column_name = ?")) {
            q.setString(1, table);
            q.setString(2, column);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as(table + "." + column + " exists").isTrue();
                return "text".equals(rs.getString(1)) ? null : rs.getInt(2);
            }
        }
    }

    private static String emptyBudget(int n) {
        return "{\"version\":0,\"content\":{\"budget\":[" + "{},".repeat(n - 1) + "{}]}}";
    }

    private static RequestSpecification form(String user) {
        return Api.form(user);
    }
}
