package org.openbando.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openbando.call.CallRequest;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.call.Line;
import org.openbando.demo.SeedCallData.Outcome;
import org.openbando.demo.SeedCallData.Project;
import org.openbando.eligibility.AdmissibilityReview;
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
import org.openbando.organization.MembershipStatus;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationRequest.Membership;
import org.openbando.organization.OrganizationType;
import org.openbando.proposal.AttachmentService;
import org.openbando.proposal.PartnerConsents;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalView;
import org.openbando.ranking.Rankings;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.ProblemException;
import org.openbando.submission.SubmissionReceipt;
import org.openbando.submission.SubmissionService;
import org.openbando.workflow.ProcessDriver;

/**
 * The seed call's data set ({@link SeedCallData}) loaded in dev mode when {@code openbando.demo.seed-call=true}
 * ({@code OPENBANDO_DEMO_SEED_CALL=true}): after the normal demo, in the background (it takes minutes), through the
 * real services acting as the data set's users (one per organisation, {@code pi16-<seed>}, password
 * {@code demo-password}) and the real processes ({@link ProcessDriver}): 293 organisations registered, 166 proposals
 * drafted, confirmed and submitted, admitted or declared inadmissible, evaluated by panels of two of six experts
 * ({@code pi16-expert1..6}), the call closed, its ranking approved by the officer and the funded projects' concessions
 * opened. The funding report of the call then shows the seed call's published figures
 * ({@code /api/reports/calls/{id}/funding}, as {@code auditor}). Loaded once: nothing happens when a call with its code
 * exists.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoSeedCall {

    private static final Logger LOG = Logger.getLogger(DemoSeedCall.class);
    private static final String PREFIX = "pi16-";
    private static final String COMMENT = "Valutazione motivata del criterio sulla base della proposta.";

    @ConfigProperty(name = "openbando.demo.seed-call", defaultValue = "false")
    boolean enabled;
    @Inject
    CallService calls;
    @Inject
    Clock clock;
    @Inject
    UserService users;
    @Inject
    OrganizationDirectory directory;
    @Inject
    ProposalService proposals;
    @Inject
    PartnerConsents consents;
    @Inject
    AttachmentService attachments;
    @Inject
    SubmissionService submissions;
    @Inject
    AdmissibilityReview admissibility;
    @Inject
    ExpertProfiles profiles;
    @Inject
    Assignments assignments;
    @Inject
    Scoring scoring;
    @Inject
    Consensus consensus;
    @Inject
    Rankings rankings;
    @Inject
    ProcessDriver process;

    /** Starts loading in the background when the switch is on and the call is not there yet. */
    void startIfEnabled(DemoData demo) {
        if (!enabled) {
            return;
        }
        Thread loader = new Thread(() -> {
            ManagedContext context = Arc.container().requestContext();
            context.activate();
            try {
                demo.actAs("officer", Role.OFFICER);
                if (calls.list().stream().anyMatch(c -> SeedCallData.CODE.equals(c.code()))) {
                    LOG.infof("Seed call %s already loaded", SeedCallData.CODE);
                    return;
                }
                load(demo);
            } catch (RuntimeException e) {
                LOG.errorf(e, "The seed call stopped: %s %s", e.getMessage(),
                        e instanceof ProblemException p ? p.errors() : "");
            } finally {
                context.terminate();
            }
        }, "demo-seed-call");
        loader.setDaemon(true);
        loader.start();
    }

    void load(DemoData demo) {
        long started = System.currentTimeMillis();
        LOG.infof("Seed call %s: loading %d projects in the background", SeedCallData.CODE,
                SeedCallData.projects().size());
        Map<Integer, Long> organisations = organisations(demo);
        List<String> experts = experts();
        long call = call(demo);
        LOG.infof("Seed call %s (id %d): %d organisations registered, call published", SeedCallData.CODE, call,
                organisations.size());
        Map<Integer, SubmissionReceipt> submitted = new HashMap<>();
        for (Project p : SeedCallData.projects()) {
            submitted.put(p.index(), submit(demo, call, p, organisations));
            if ((p.index() + 1) % 20 == 0) {
                LOG.infof("Seed call: %d of %d proposals submitted", p.index() + 1, SeedCallData.projects().size());
            }
        }
        for (Project p : SeedCallData.projects()) {
            SubmissionReceipt r = submitted.get(p.index());
            decide(demo, p, r);
            if (p.outcome() != Outcome.INADMISSIBLE) {
                evaluate(demo, p, r.submissionId(), experts);
            }
            if ((p.index() + 1) % 20 == 0) {
                LOG.infof("Seed call: %d of %d proposals through admissibility and evaluation", p.index() + 1,
                        SeedCallData.projects().size());
            }
        }
        process.closeNow(call); // the deadline: CLOSED, the evaluation phase over, the ranking drafted
        demo.actAs("officer", Role.OFFICER);
        long version = rankings.views(call).get(0).version();
        rankings.approve(call, version, "officer");
        process.settleCall(call); // the acts issued and published, the funding processes started
        for (Project p : SeedCallData.projects()) {
            if (p.outcome() == Outcome.FUNDED) {
                process.settleFunding(submitted.get(p.index()).submissionId());
            }
        }
        LOG.infof("Seed call %s (id %d) loaded in %d s: its funding report shows the published figures "
                + "(/api/reports/calls/%d/funding, /auditor/calls/%d/report as auditor)", SeedCallData.CODE, call,
                (System.currentTimeMillis() - started) / 1000, call, call);
    }

    /** Every organisation of the data set, registered by its own user: VAT seed to organisation id. */
    private Map<Integer, Long> organisations(DemoData demo) {
        Map<Integer, Long> ids = new HashMap<>();
        for (SeedCallData.ResearchOrganisation lab : SeedCallData.LABS) {
            demo.register(PREFIX + lab.seed(), "Referente " + lab.name(), DemoData.organization(lab.type(),
                    lab.name(), lab.vatNumber(), lab.city(), null, null, null, List.of(), List.of()));
            ids.put(lab.seed(), directory.byVatNumber(lab.vatNumber()).orElseThrow().id());
        }
        for (SeedCallData.Enterprise e : SeedCallData.enterprises()) {
            List<Membership> memberships = e.cluster() == null ? List.of()
                    : List.of(new Membership(e.cluster(), LocalDate.of(2015, 1, 1), null, MembershipStatus.ACTIVE));
            demo.register(PREFIX + e.seed(), "Legale rappresentante " + e.name(), DemoData.organization(
                    OrganizationType.ENTERPRISE, e.name(), e.vatNumber(), e.city(), e.staff(), e.turnover(),
                    e.balanceSheetTotal(), List.of(), memberships));
            ids.put(e.seed(), directory.byVatNumber(e.vatNumber()).orElseThrow().id());
        }
        return ids;
    }

    private List<String> experts() {
        List<String> experts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String username = PREFIX + "expert" + i;
            users.create(AuditTrail.SYSTEM, new UserService.NewUser(username, DemoData.PASSWORD, "Esperto " + i
                    + " (bando " + SeedCallData.CODE + ")", username + "@demo.openbando.org", Set.of(Role.EVALUATOR),
                    "it"));
            profiles.save(username, new ExpertProfileRequest("Università degli Studi - esperto " + i, null,
                    SeedCallData.CLUSTERS, List.of(), List.of("it", "en"), 50, true, null), "officer");
            experts.add(username);
        }
        return experts;
    }

    /** The call with its window open now (the deadline's timer run by {@link ProcessDriver#closeNow} at the end). */
    private long call(DemoData demo) {
        demo.actAs("officer", Role.OFFICER);
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ClockProducer.ROME)).truncatedTo(ChronoUnit.HOURS);
        CallView call = calls.create(new CallRequest(SeedCallData.CODE, SeedCallData.TITLE, SeedCallData.DESCRIPTION,
                SeedCallData.S3_AREA, now.minusDays(90), now.minusDays(60), now.plusDays(1), SeedCallData.BUDGET_A,
                SeedCallData.BUDGET_B, SeedCallData.CLUSTERS, List.of(),
                new CallRequest.Rules(null, null, null, null, null, null, null,
                        SeedCallData.MAX_PROPOSALS_PER_ENTERPRISE, SeedCallData.AID_INTENSITY_CAP, 2, null, null,
                        null, null, null, null, null, false, null, null, false, null, null, null, false, null, null),
                null, null));
        calls.publish(call.id(), call.version());
        return call.id();
    }

    private SubmissionReceipt submit(DemoData demo, long callId, Project p, Map<Integer, Long> organisations) {
        String lead = PREFIX + p.lead().seed();
        demo.actAs(lead, Role.APPLICANT);
        List<Long> members = p.members().stream().map(e -> organisations.get(e.seed())).toList();
        ProposalView draft = proposals.create(new ProposalService.NewDraft(callId, p.line()));
        proposals.update(draft.id(), new ProposalService.DraftUpdate(draft.version(), new ProposalContent(
                p.title(), p.acronym(), "Progetto " + p.acronym() + " del bando " + SeedCallData.CODE + ": "
                        + p.title() + ".", p.area(), LocalDate.now(clock).plusMonths(2), 24,
                members.subList(1, members.size()).stream().map(ProposalContent.Partner::new).toList(),
                p.contracts().stream().map(c -> new ProposalContent.Contract(organisations.get(
                        SeedCallData.LABS.get(c.lab()).seed()), c.subject(), c.amount())).toList(),
                p.budget().stream().map(c -> new ProposalContent.BudgetItem(members.get(c.member()), c.category(),
                        c.researchCategory(), c.amount())).toList(),
                List.of(new ProposalContent.WorkPackage("WP1", "Ricerca e prototipo", 4, 7,
                        "prototipo validato in laboratorio; obiettivo: dimostratore in ambiente operativo",
                        List.of(new ProposalContent.Milestone("Dimostratore in funzione", 18)))),
                new ProposalContent.Trl(4, 7, "prototipo di laboratorio esistente"))));
        for (SeedCallData.Enterprise partner : p.partners()) {
            demo.actAs(PREFIX + partner.seed(), Role.APPLICANT);
            consents.confirm(draft.id());
        }
        demo.actAs(lead, Role.APPLICANT);
        if (p.line() == Line.B) {
            attachments.upload(draft.id(), new AttachmentService.NewAttachment("CLUSTER_ATTESTATION",
                    "attestazione-clust-er.pdf", DemoRanking.pdf("Il Clust-ER " + p.cluster()
                            + " attesta la coerenza del progetto " + p.acronym() + " con la propria agenda.")));
        }
        return submissions.submit(draft.id(), "demo-" + p.acronym().toLowerCase());
    }

    private void decide(DemoData demo, Project p, SubmissionReceipt r) {
        process.settle(r.submissionId()); // receipt and checks: the proposal waits in the officers' queue
        demo.actAs("officer", Role.OFFICER);
        admissibility.decide(r.proposalId(), p.outcome() == Outcome.INADMISSIBLE
                ? new AdmissibilityReview.DecisionRequest(AdmissibilityReview.Decision.REJECT, null,
                        List.of("L'attestazione del cluster non copre l'area tematica del progetto."), null, null)
                : new AdmissibilityReview.DecisionRequest(AdmissibilityReview.Decision.ADMIT, null, null, null,
                        "Documentazione completa; requisiti di ammissibilità verificati."));
        process.settle(r.submissionId());
    }

    /** A panel of two (the first the rapporteur), both scoring maxima; the consensus carries the designed total. */
    private void evaluate(DemoData demo, Project p, long submissionId, List<String> pool) {
        List<String> panel = List.of(pool.get((2 * p.index()) % pool.size()),
                pool.get((2 * p.index() + 1) % pool.size()));
        demo.actAs("officer", Role.OFFICER);
        assignments.assign(submissionId, panel, panel.get(0), "officer");
        process.settle(submissionId);
        for (String expert : panel) {
            demo.actAs(expert, Role.EVALUATOR);
            AssignmentView assignment = assignments.inbox(expert).stream()
                    .filter(a -> a.submissionId() == submissionId && a.awaitingAnswer()).findFirst().orElseThrow();
            assignments.accept(assignment.id(), "it", expert);
            process.settle(submissionId);
            Scoring.IndividualView view = scoring.form(assignment.id(), expert);
            List<ScoringForm.CriterionScore> given = view.criteria().stream().map(c -> new ScoringForm.CriterionScore(
                    c.code(), c.maxScore(), COMMENT)).toList();
            List<ScoringForm.WorkPackageTrl> packages = view.trlPlan() == null ? List.of() : view.trlPlan()
                    .workPackages().stream().map(w -> new ScoringForm.WorkPackageTrl(w.index(), true,
                            "La milestone è coerente con il TRL 7.")).toList();
            scoring.save(assignment.id(), new ScoringForm(given, new ScoringForm.TrlJudgement(true,
                    "Il prototipo di laboratorio rende credibile il TRL 4 di partenza.", true,
                    "Il piano di lavoro porta in modo plausibile al TRL 7.", packages)), view.version(), expert);
            scoring.submit(assignment.id(), expert);
            process.settle(submissionId);
        }
        String rapporteur = panel.get(0);
        demo.actAs(rapporteur, Role.EVALUATOR);
        Consensus.ConsensusView view = consensus.view(submissionId, rapporteur);
        List<ConsensusForm.ConsensusScore> agreed = new ArrayList<>();
        BigDecimal left = p.total();
        for (var criterion : view.criteria()) {
            BigDecimal score = left.min(criterion.maxScore());
            left = left.subtract(score);
            agreed.add(new ConsensusForm.ConsensusScore(criterion.code(), score,
                    "Il panel concorda sul punteggio del criterio per " + p.acronym() + ".", true, null));
        }
        consensus.save(submissionId, new ConsensusForm(agreed, new ConsensusForm.TrlVerdict(true, true,
                "TRL 4 di partenza credibile; TRL 7 raggiungibile entro la durata del progetto.", true, null)),
                view.report() == null ? 0 : view.report().version(), rapporteur);
        consensus.submit(submissionId, rapporteur);
        process.settle(submissionId);
    }
}
