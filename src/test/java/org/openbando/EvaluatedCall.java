package org.openbando;

import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.openbando.call.Line;
import org.openbando.evaluation.AssignmentView;
import org.openbando.evaluation.Assignments;
import org.openbando.evaluation.Consensus;
import org.openbando.evaluation.ConsensusForm;
import org.openbando.evaluation.ExpertProfileRequest;
import org.openbando.evaluation.ExpertProfiles;
import org.openbando.evaluation.Scoring;
import org.openbando.evaluation.ScoringForm;
import org.openbando.identity.Role;
import org.openbando.identity.UserService;
import org.openbando.shared.AuditTrail;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * A closed call whose proposals went through the real admissibility and evaluation (issue 14's tests start from it):
 * proposals on Line A (enterprises members of MECH) and Line B (enterprises never members of a cluster, with the
 * cluster's attestation), each submitted through the API, admitted by the officer, evaluated by a panel of two
 * experts through the evaluation's services (the experts' scores are all maxima; the rapporteur's consensus carries the
 * final scores the test asks for, so the total is exactly the one given), the proposal processes driven to
 * EVALUATED_FUNDABLE or EVALUATED_NOT_FUNDABLE; optionally one proposal declared inadmissible; then the call's deadline
 * timer runs: the call is CLOSED and its process leaves the evaluation phase (it reaches the ranking).
 *
 * <p>Each proposal takes a new consortium: VAT seeds {@code seedBase + 2i} (lead) and {@code seedBase + 2i + 1}
 * (partner), and the lab {@code seedBase + 2i + 5000}; the inadmissible one comes after them. Keep
 * {@code seedBase + 2 * (proposals + 1)} inside your block's lower half.
 *
 * <p>The grant of each proposal of the default budget ({@link Api#completeProposal}): the partner, a small
 * enterprise, bears all the costs (310,000.00 industrial research, 120,000.00 experimental development), the lab is a
 * contractor, so collaboration is not effective: 310,000 x 70% + 120,000 x 45% = 271,000.00 EUR.
 *
 * <pre>
 * EvaluatedCall.Built call = evaluatedCall.build("RK-TIES", 110000, EvaluatedCall.spec()
 *         .budgets("600000", "300000").partial(true, "50")
 *         .a("80", "25").a("80", "24").b("70").notFundableA("50").inadmissible());
 * </pre>
 */
@ApplicationScoped
public class EvaluatedCall {

    /** The default call's criteria with their maxima, in order: the first is the default tie-break. */
    public static final Map<String, BigDecimal> CRITERIA = criteria();
    /** The full grant of a proposal of the default budget (see the class comment). */
    public static final BigDecimal DEFAULT_GRANT = new BigDecimal("271000.00");
    static final String COMMENT = "A reasoned comment of more than twenty characters.";

    @Inject
    TestFixtures fixtures;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;
    @Inject
    UserService users;
    @Inject
    ExpertProfiles profiles;
    @Inject
    Assignments assignments;
    @Inject
    Scoring scoring;
    @Inject
    Consensus consensus;

    /** One proposal to evaluate: its line and the consensus' final score of each criterion (in the call's order). */
    public record P(Line line, List<BigDecimal> scores) {

        public BigDecimal total() {
            return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    /** What the test asks for: the call's money and rules, the proposals in the order of their submission. */
    public static final class Spec {
        BigDecimal budgetA = new BigDecimal("35000000.00");
        BigDecimal budgetB = new BigDecimal("15000000.00");
        boolean partial = true;
        BigDecimal minShare;
        Boolean remainderToOtherLine;
        String tieBreakCriterion;
        Integer reserveMonths;
        final List<P> proposals = new ArrayList<>();
        boolean inadmissible;
        boolean close = true;

        public Spec budgets(String lineA, String lineB) {
            budgetA = new BigDecimal(lineA);
            budgetB = new BigDecimal(lineB);
            return this;
        }

        /** Partial funding of the last project allowed or not, with the minimum share (percent; null: default 50). */
        public Spec partial(boolean allowed, String minShare) {
            partial = allowed;
            this.minShare = minShare == null ? null : new BigDecimal(minShare);
            return this;
        }

        public Spec remainderToOtherLine(boolean moves) {
            remainderToOtherLine = moves;
            return this;
        }

        public Spec tieBreak(String criterion) {
            tieBreakCriterion = criterion;
            return this;
        }

        public Spec reserveMonths(int months) {
            reserveMonths = months;
            return this;
        }

        /** A Line A proposal with this total; the first criterion (INNOVATIVENESS, the tie-break) scores {@code first}. */
        public Spec a(String total, String first) {
            proposals.add(new P(Line.A, split(total, first)));
            return this;
        }

        /** A Line A proposal with this total (INNOVATIVENESS as high as the total allows). */
        public Spec a(String total) {
            return a(total, null);
        }

        public Spec b(String total, String first) {
            proposals.add(new P(Line.B, split(total, first)));
            return this;
        }

        public Spec b(String total) {
            return b(total, null);
        }

        /** Exactly these final scores (5, in the call's order of criteria). */
        public Spec scores(Line line, String... scores) {
            proposals.add(new P(line, java.util.Arrays.stream(scores).map(BigDecimal::new).toList()));
            return this;
        }

        /** One more proposal, Line A, declared inadmissible by the officer (after the evaluated ones). */
        public Spec inadmissible() {
            inadmissible = true;
            return this;
        }

        /** Leave the call open (its deadline timer not run): the evaluation phase does not end. */
        public Spec open() {
            close = false;
            return this;
        }
    }

    public static Spec spec() {
        return new Spec();
    }

    /** A proposal as built: its ids, its lead's user, the total and outcome its consensus gave it. */
    public record Proposal(int index, Line line, long proposalId, long submissionId, String lead, long leadOrganizationId,
            BigDecimal total, boolean fundable) {
    }

    /** The call built: its proposals in the order of the spec (submission order), and the inadmissible one. */
    public record Built(long callId, String code, List<Proposal> proposals, Proposal inadmissible,
            List<String> experts) {

        public Proposal get(int index) {
            return proposals.get(index);
        }

        public List<Long> submissions(Line line) {
            return proposals.stream().filter(p -> p.line() == line).map(Proposal::submissionId).toList();
        }
    }

    /**
     * Builds the call: proposals submitted in the spec's order (their arrival follows it), admitted, evaluated; the
     * inadmissible one rejected; the deadline reached. Fundable when the total reaches 60 (the default threshold).
     */
    public Built build(String code, int seedBase, Spec spec) {
        long call = call(code, spec);
        ProcessInstance callProcess = callProcess(call);
        management.executeJob(timer(callProcess).getId()); // opening: OPEN
        List<Submitted> submitted = new ArrayList<>();
        for (int i = 0; i < spec.proposals.size(); i++) {
            submitted.add(submit(code, seedBase + 2 * i, call, spec.proposals.get(i).line()));
        }
        Submitted rejected = spec.inadmissible ? submit(code, seedBase + 2 * spec.proposals.size(), call, Line.A)
                : null;
        while (starter.startPending() > 0) {
            // next batch
        }
        String prefix = code.toLowerCase().replaceAll("[^a-z0-9]", "-") + "-x";
        List<String> experts = List.of(expert(prefix + "1"), expert(prefix + "2"));
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            Submitted s = submitted.get(i);
            P p = spec.proposals.get(i);
            ProcessInstance process = process(s.submission);
            runJobs(process);
            as(TestFixtures.OFFICER).body(Map.of("decision", "ADMIT", "notes", "complete and eligible"))
                    .post("/api/proposals/" + s.proposal + "/admissibility").then().statusCode(200);
            runJobs(process);
            evaluate(s.submission, experts, p.scores(), process);
            proposals.add(new Proposal(i, p.line(), s.proposal, s.submission, s.lead, s.leadOrganization,
                    p.total(), p.total().compareTo(new BigDecimal("60")) >= 0));
        }
        Proposal inadmissible = null;
        if (rejected != null) {
            ProcessInstance process = process(rejected.submission);
            runJobs(process);
            as(TestFixtures.OFFICER).body(Map.of("decision", "REJECT", "reasons", List.of("Out of the call's scope")))
                    .post("/api/proposals/" + rejected.proposal + "/admissibility").then().statusCode(200);
            runJobs(process);
            inadmissible = new Proposal(submitted.size(), Line.A, rejected.proposal, rejected.submission,
                    rejected.lead, rejected.leadOrganization, null, false);
        }
        if (spec.close) {
            management.executeJob(timer(callProcess).getId()); // the deadline: CLOSED, the evaluation phase ends
        }
        return new Built(call, code, proposals, inadmissible, experts);
    }

    /** The call process of a call. */
    public ProcessInstance callProcess(long call) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("call-" + call).singleResult();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private long call(String code, Spec spec) {
        Map<String, Object> body = Api.call(code, -1, 30);
        body.put("budgetLineA", spec.budgetA);
        body.put("budgetLineB", spec.budgetB);
        Map<String, Object> rules = new HashMap<>();
        rules.put("noticeBeforeRejection", false);
        rules.put("evaluatorsPerProposal", 2);
        rules.put("partialFundingAllowed", spec.partial);
        rules.put("maxProposalsPerEnterprise", 2);
        if (spec.tieBreakCriterion != null) {
            rules.put("tieBreakCriterion", spec.tieBreakCriterion);
        }
        if (spec.reserveMonths != null) {
            rules.put("reserveListValidityMonths", spec.reserveMonths);
        }
        if (spec.minShare != null) {
            rules.put("partialFundingMinShare", spec.minShare);
        }
        if (spec.remainderToOtherLine != null) {
            rules.put("remainderToOtherLine", spec.remainderToOtherLine);
        }
        body.put("rules", rules);
        long call = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    private record Submitted(long proposal, long submission, String lead, long leadOrganization) {
    }

    /** A proposal of a new consortium: lead {@code seed}, partner {@code seed + 1}, lab {@code seed + 5000}. */
    private Submitted submit(String code, int seed, long call, Line line) {
        String name = code.toLowerCase() + "-" + seed;
        Map<String, Object> partnerBody = Api.enterprise("Partner " + name, Api.vat(seed + 1), "20", "3000000",
                "2000000");
        Map<String, Object> leadBody = Api.enterprise("Capofila " + name, Api.vat(seed), "20", "3000000", "2000000");
        if (line == Line.A) {
            Api.member(partnerBody);
            Api.member(leadBody);
        }
        long partner = as(fixtures.applicant(name + "-partner")).body(partnerBody).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant(name + "-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name", "Lab " + name,
                "vatNumber", Api.vat(seed + 5000))).post("/api/organizations").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        String lead = fixtures.applicant(name + "-lead");
        long leadOrganization = as(lead).body(leadBody).post("/api/organizations").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long proposal = as(lead).body(Map.of("callId", call, "line", line.name())).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> content = Api.completeProposal(partner, lab);
        content.put("acronym", acronym(code, seed));
        as(lead).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + proposal).then()
                .statusCode(200);
        fixtures.confirmAll(proposal);
        if (line == Line.B) {
            Pdfs.upload(lead, proposal, "CLUSTER_ATTESTATION", "attestazione.pdf",
                    Pdfs.onePage("Clust-ER MECH attests that the project fits its agenda")).then().statusCode(201);
        }
        long submission = as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200).extract()
                .jsonPath().getLong("submissionId");
        return new Submitted(proposal, submission, lead, leadOrganization);
    }

    /** A short acronym naming the call and the seed, e.g. RK-TIES-110002 (at most 30 characters). */
    static String acronym(String code, int seed) {
        String a = code.toUpperCase().replaceAll("[^A-Z0-9-]", "") + "-" + seed;
        return a.length() > 30 ? a.substring(a.length() - 30) : a;
    }

    private String expert(String username) {
        QuarkusTransaction.requiringNew().run(() -> users.create(AuditTrail.SYSTEM, new UserService.NewUser(
                username, TestFixtures.PASSWORD, "Expert " + username, username + "@test.openbando.org",
                Set.of(Role.EVALUATOR), "it")));
        profiles.save(username, new ExpertProfileRequest("Università " + username, null, List.of("MECH"), List.of(),
                List.of("it", "en"), 50, true, null), TestFixtures.OFFICER);
        return username;
    }

    /** Panel of the two experts (the first the rapporteur), both score maxima, the consensus gives {@code scores}. */
    private void evaluate(long submission, List<String> experts, List<BigDecimal> scores, ProcessInstance process) {
        assignments.assign(submission, experts, experts.get(0), TestFixtures.OFFICER);
        for (String expert : experts) {
            long id = assignment(submission, expert).id();
            assignments.accept(id, "it", expert);
        }
        for (String expert : experts) {
            long id = assignment(submission, expert).id();
            Scoring.IndividualView view = scoring.form(id, expert);
            List<ScoringForm.CriterionScore> given = view.criteria().stream().map(c -> new ScoringForm.CriterionScore(
                    c.code(), c.maxScore(), COMMENT)).toList();
            List<ScoringForm.WorkPackageTrl> packages = view.trlPlan() == null ? List.of() : view.trlPlan()
                    .workPackages().stream().map(w -> new ScoringForm.WorkPackageTrl(w.index(), true, COMMENT))
                    .toList();
            scoring.save(id, new ScoringForm(given, new ScoringForm.TrlJudgement(true, COMMENT, true, COMMENT,
                    packages)), view.version(), expert);
            scoring.submit(id, expert);
        }
        runJobs(process);
        Consensus.ConsensusView view = consensus.view(submission, experts.get(0));
        List<ConsensusForm.ConsensusScore> finals = new ArrayList<>();
        for (int i = 0; i < view.criteria().size(); i++) {
            finals.add(new ConsensusForm.ConsensusScore(view.criteria().get(i).code(), scores.get(i), COMMENT, true,
                    null));
        }
        long version = view.report() == null ? 0 : view.report().version();
        consensus.save(submission, new ConsensusForm(finals, new ConsensusForm.TrlVerdict(true, true, COMMENT, true,
                null)), version, experts.get(0));
        consensus.submit(submission, experts.get(0));
        runJobs(process);
    }

    private AssignmentView assignment(long submission, String expert) {
        return assignments.inbox(expert).stream().filter(a -> a.submissionId() == submission && a.endedAt() == null)
                .findFirst().orElseThrow(() -> new AssertionError(expert + " has no assignment of " + submission));
    }

    private ProcessInstance process(long submission) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("submission-" + submission)
                .singleResult();
    }

    private void runJobs(ProcessInstance process) {
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(process.getId()).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the process keeps creating jobs");
    }

    private Job timer(ProcessInstance process) {
        List<Job> timers = management.createJobQuery().processInstanceId(process.getId()).timers().list();
        if (timers.size() != 1) {
            throw new AssertionError("the call's process waits on " + timers.size() + " timers, not one");
        }
        return timers.get(0);
    }

    private static Map<String, BigDecimal> criteria() {
        Map<String, BigDecimal> c = new LinkedHashMap<>();
        c.put("INNOVATIVENESS", new BigDecimal("30"));
        c.put("TECHNICAL_QUALITY", new BigDecimal("25"));
        c.put("TEAM", new BigDecimal("15"));
        c.put("IMPACT", new BigDecimal("15"));
        c.put("COOPERATION", new BigDecimal("15"));
        return c;
    }

    /**
     * Final scores summing to {@code total} (steps of 0.5): the first criterion scores {@code first} (or as much as it
     * can), the rest fills the other criteria in order up to their maxima.
     */
    static List<BigDecimal> split(String total, String first) {
        BigDecimal left = new BigDecimal(total);
        List<BigDecimal> maxima = new ArrayList<>(CRITERIA.values());
        List<BigDecimal> scores = new ArrayList<>();
        BigDecimal head = first == null ? left.min(maxima.get(0)) : new BigDecimal(first);
        if (head.compareTo(maxima.get(0)) > 0 || head.compareTo(left) > 0) {
            throw new IllegalArgumentException("the first criterion cannot score " + head + " of " + total);
        }
        scores.add(head.setScale(2));
        left = left.subtract(head);
        for (int i = 1; i < maxima.size(); i++) {
            BigDecimal s = left.min(maxima.get(i));
            scores.add(s.setScale(2));
            left = left.subtract(s);
        }
        if (left.signum() != 0) {
            throw new IllegalArgumentException("a total of " + total + " does not fit the criteria with " + head);
        }
        return scores;
    }
}
