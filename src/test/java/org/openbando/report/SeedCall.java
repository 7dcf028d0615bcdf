package org.openbando.report;

import static org.openbando.Api.as;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.logging.Logger;
import org.openbando.Api;
import org.openbando.Pdfs;
import org.openbando.TestFixtures;
import org.openbando.call.Line;
import org.openbando.demo.SeedCallData;
import org.openbando.demo.SeedCallData.Outcome;
import org.openbando.demo.SeedCallData.Project;
import org.openbando.evaluation.AssignmentView;
import org.openbando.evaluation.Assignments;
import org.openbando.evaluation.Consensus;
import org.openbando.evaluation.ConsensusForm;
import org.openbando.evaluation.ExpertProfileRequest;
import org.openbando.evaluation.ExpertProfiles;
import org.openbando.evaluation.Scoring;
import org.openbando.evaluation.ScoringForm;
import org.openbando.funding.FundingSteps;
import org.openbando.identity.Role;
import org.openbando.identity.UserService;
import org.openbando.ranking.RankingSteps;
import org.openbando.ranking.Rankings;
import org.openbando.shared.AuditTrail;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * The seed call ({@link SeedCallData}) built through the API, as {@code EvaluatedCall} and {@code FundedCall} build
 * theirs: the officer creates and publishes the call (cap 50%, panels of two, two proposals per enterprise); every
 * organisation is registered through the API by a user acting for it; every lead drafts, saves and submits its
 * proposal through the API (partners' consents by the fixture's shortcut, Line B attestations uploaded); the officer
 * decides admissibility through the API; the admitted proposals are evaluated through the evaluation's services
 * (panels of two of six experts, both scoring maxima, the rapporteur's consensus carrying the designed total); the
 * deadline's timer closes the call; the ranking is drafted, approved by the officer through the API, and each funded
 * project's award opened (the concession: "financed").
 *
 * <p>Cost: the steps of different proposals are independent, so they run on {@value #THREADS} threads (each with its
 * own request context); each proposal's asynchronous continuations are executed by its own thread (the job executor
 * is off in %test). Built once per test run.
 */
@ApplicationScoped
public class SeedCall {

    private static final Logger LOG = Logger.getLogger(SeedCall.class);
    static final int THREADS = 4;
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
    @Inject
    RankingSteps rankingSteps;
    @Inject
    Rankings rankings;
    @Inject
    FundingSteps fundingSteps;

    /** The call built: its id, each project's proposal and submission, and the time each phase took. */
    public record Built(long callId, Map<Integer, Long> proposals, Map<Integer, Long> submissions,
            Map<String, Duration> phases) {
    }

    private Built built;

    public synchronized Built get() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private Built build() {
        Map<String, Duration> phases = new LinkedHashMap<>();
        long t = System.nanoTime();
        long call = call();
        ProcessInstance callProcess = callProcess(call);
        management.executeJob(timer(callProcess).getId()); // opening: OPEN
        t = lap(phases, "call", t);

        Map<Integer, Long> organisations = new ConcurrentHashMap<>(); // VAT seed -> organisation id
        Map<Integer, String> actingFor = new ConcurrentHashMap<>(); // VAT seed -> user
        List<Object> registrations = new ArrayList<>(SeedCallData.LABS);
        registrations.addAll(SeedCallData.enterprises());
        parallel(registrations, o -> register(o, organisations, actingFor));
        t = lap(phases, "organisations (" + registrations.size() + ")", t);

        Map<Integer, Long> proposals = new ConcurrentHashMap<>();
        Map<Integer, Long> submissions = new ConcurrentHashMap<>();
        parallel(SeedCallData.projects(), p -> submit(call, p, organisations, actingFor, proposals, submissions));
        while (starter.startPending() > 0) {
            // next batch
        }
        t = lap(phases, "drafts and submissions (" + submissions.size() + ")", t);

        List<String> experts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            experts.add(expert("seed-x" + i));
        }
        parallel(SeedCallData.projects(), p -> admissibility(p, proposals.get(p.index()),
                submissions.get(p.index())));
        t = lap(phases, "admissibility", t);
        parallel(SeedCallData.projects().stream().filter(p -> p.outcome() != Outcome.INADMISSIBLE).toList(),
                p -> evaluate(p, submissions.get(p.index()), experts));
        t = lap(phases, "evaluation", t);

        management.executeJob(timer(callProcess).getId()); // the deadline: CLOSED, the evaluation phase ends
        rankingSteps.draft(call);
        for (var ranking : rankings.views(call)) {
            as(TestFixtures.OFFICER).body(Map.of("version", ranking.version())).post("/api/rankings/calls/" + call
                    + "/approval").then().statusCode(200);
            break; // one approval approves the call's ranking (both lines)
        }
        parallel(SeedCallData.projects().stream().filter(p -> p.outcome() == Outcome.FUNDED).toList(),
                p -> QuarkusTransaction.requiringNew().run(() -> fundingSteps.open(submissions.get(p.index()))));
        lap(phases, "ranking and awards", t);
        LOG.infof("Seed call %d built: %s", call, phases);
        return new Built(call, Map.copyOf(proposals), Map.copyOf(submissions), Collections.unmodifiableMap(phases));
    }

    private static long lap(Map<String, Duration> phases, String phase, long since) {
        long now = System.nanoTime();
        phases.put(phase, Duration.ofNanos(now - since));
        return now;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private long call() {
        Map<String, Object> body = Api.call(SeedCallData.CODE, -1, 30);
        body.put("title", SeedCallData.TITLE);
        body.put("s3PriorityArea", SeedCallData.S3_AREA);
        body.put("budgetLineA", SeedCallData.BUDGET_A);
        body.put("budgetLineB", SeedCallData.BUDGET_B);
        body.put("clusterCodes", SeedCallData.CLUSTERS);
        Map<String, Object> rules = new HashMap<>();
        rules.put("noticeBeforeRejection", false);
        rules.put("evaluatorsPerProposal", 2);
        rules.put("partialFundingAllowed", false);
        rules.put("remainderToOtherLine", false);
        rules.put("maxProposalsPerEnterprise", SeedCallData.MAX_PROPOSALS_PER_ENTERPRISE);
        rules.put("aidIntensityCap", SeedCallData.AID_INTENSITY_CAP);
        body.put("rules", rules);
        long call = as(TestFixtures.OFFICER).body(body).post("/api/calls").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    private void register(Object o, Map<Integer, Long> organisations, Map<Integer, String> actingFor) {
        Map<String, Object> body;
        int seed;
        if (o instanceof SeedCallData.ResearchOrganisation lab) {
            seed = lab.seed();
            body = new HashMap<>(Map.of("type", lab.type().name(), "name", lab.name(), "vatNumber", lab.vatNumber(),
                    "city", lab.city()));
        } else {
            SeedCallData.Enterprise e = (SeedCallData.Enterprise) o;
            seed = e.seed();
            body = Api.enterprise(e.name(), e.vatNumber(), e.staff(), e.turnover(), e.balanceSheetTotal());
            body.put("city", e.city());
            if (e.cluster() != null) {
                body.put("memberships", List.of(Map.of("clusterCode", e.cluster(), "since", "2015-01-01",
                        "status", "ACTIVE")));
            }
        }
        String user = fixtures.applicant("seed-" + seed);
        long id = as(user).body(body).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        organisations.put(seed, id);
        actingFor.put(seed, user);
    }

    private void submit(long call, Project p, Map<Integer, Long> organisations, Map<Integer, String> actingFor,
            Map<Integer, Long> proposals, Map<Integer, Long> submissions) {
        String lead = actingFor.get(p.lead().seed());
        long proposal = as(lead).body(Map.of("callId", call, "line", p.line().name())).post("/api/proposals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<Long> members = p.members().stream().map(e -> organisations.get(e.seed())).toList();
        Map<String, Object> content = new HashMap<>();
        content.put("title", p.title());
        content.put("acronym", p.acronym());
        content.put("summary", "Progetto " + p.acronym() + " del bando " + SeedCallData.CODE + ": " + p.title() + ".");
        content.put("thematicAreaCode", p.area());
        content.put("plannedStart", java.time.LocalDate.now().plusMonths(3).toString());
        content.put("durationMonths", 24);
        content.put("partners", members.subList(1, members.size()).stream().map(id -> Map.of("organizationId", id))
                .toList());
        content.put("contracts", p.contracts().stream().map(c -> Map.of("providerOrganizationId",
                organisations.get(SeedCallData.LABS.get(c.lab()).seed()), "subject", c.subject(), "amount",
                c.amount())).toList());
        content.put("budget", p.budget().stream().map(c -> Map.of("organizationId", members.get(c.member()),
                "costCategory", c.category().name(), "researchCategory", c.researchCategory().name(), "amount",
                c.amount())).toList());
        content.put("workPackages", List.of(Map.of("code", "WP1", "title", "Ricerca e prototipo", "startTrl", 4,
                "targetTrl", 7, "trlJustification", "validated in lab, target an operational prototype",
                "milestones", List.of(Map.of("title", "Prototype running", "month", 18)))));
        content.put("trl", Map.of("start", 4, "target", 7, "justification", "lab prototype exists"));
        as(lead).body(Map.of("version", 0, "content", content)).put("/api/proposals/" + proposal).then()
                .statusCode(200);
        fixtures.confirmAll(proposal);
        if (p.line() == Line.B) {
            Pdfs.upload(lead, proposal, "CLUSTER_ATTESTATION", "attestazione.pdf", Pdfs.onePage("Clust-ER "
                    + p.cluster() + " attests that the project fits its agenda")).then().statusCode(201);
        }
        long submission = as(lead).post("/api/proposals/" + proposal + "/submit").then().statusCode(200).extract()
                .jsonPath().getLong("submissionId");
        proposals.put(p.index(), proposal);
        submissions.put(p.index(), submission);
    }

    private void admissibility(Project p, long proposal, long submission) {
        ProcessInstance process = awaitProcess(submission);
        runJobs(process);
        Map<String, Object> decision = p.outcome() == Outcome.INADMISSIBLE
                ? Map.of("decision", "REJECT", "reasons", List.of("The cluster attestation does not cover the area"))
                : Map.of("decision", "ADMIT", "notes", "complete and eligible");
        as(TestFixtures.OFFICER).body(decision).post("/api/proposals/" + proposal + "/admissibility").then()
                .statusCode(200);
        runJobs(process);
    }

    private String expert(String username) {
        QuarkusTransaction.requiringNew().run(() -> users.create(AuditTrail.SYSTEM, new UserService.NewUser(
                username, TestFixtures.PASSWORD, "Expert " + username, username + "@test.openbando.org",
                Set.of(Role.EVALUATOR), "it")));
        profiles.save(username, new ExpertProfileRequest("Università " + username, null, SeedCallData.CLUSTERS,
                List.of(), List.of("it", "en"), 50, true, null), TestFixtures.OFFICER);
        return username;
    }

    /** Panel of two experts (the first the rapporteur), both score maxima, the consensus gives the designed total. */
    private void evaluate(Project p, long submission, List<String> pool) {
        ProcessInstance process = awaitProcess(submission);
        List<String> experts = List.of(pool.get((2 * p.index()) % pool.size()),
                pool.get((2 * p.index() + 1) % pool.size()));
        assignments.assign(submission, experts, experts.get(0), TestFixtures.OFFICER);
        for (String expert : experts) {
            assignments.accept(assignment(submission, expert).id(), "it", expert);
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
        List<BigDecimal> scores = split(p.total(), view.criteria().stream().map(c -> c.maxScore()).toList());
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

    /** Scores summing to {@code total}, each criterion filled up to its maximum in order. */
    static List<BigDecimal> split(BigDecimal total, List<BigDecimal> maxima) {
        BigDecimal left = total;
        List<BigDecimal> scores = new ArrayList<>();
        for (BigDecimal max : maxima) {
            BigDecimal s = left.min(max);
            scores.add(s.setScale(2));
            left = left.subtract(s);
        }
        if (left.signum() != 0) {
            throw new IllegalArgumentException("a total of " + total + " does not fit the criteria");
        }
        return scores;
    }

    private AssignmentView assignment(long submission, String expert) {
        return assignments.inbox(expert).stream().filter(a -> a.submissionId() == submission && a.endedAt() == null)
                .findFirst().orElseThrow(() -> new AssertionError(expert + " has no assignment of " + submission));
    }

    private ProcessInstance awaitProcess(long submission) {
        for (int i = 0; i < 100; i++) {
            ProcessInstance p = runtime.createProcessInstanceQuery().processInstanceBusinessKey("submission-"
                    + submission).singleResult();
            if (p != null) {
                return p;
            }
            starter.startPending();
        }
        throw new AssertionError("the process of submission " + submission + " has not started");
    }

    private ProcessInstance callProcess(long call) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("call-" + call).singleResult();
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

    /** Runs the step for every item on {@value #THREADS} threads, each with a request context; the first failure fails. */
    private static <T> void parallel(List<T> items, Consumer<T> step) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T item : items) {
                done.add(pool.submit(() -> {
                    ManagedContext context = Arc.container().requestContext();
                    context.activate();
                    try {
                        step.accept(item);
                    } finally {
                        context.terminate();
                    }
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("a step of the seed call failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
