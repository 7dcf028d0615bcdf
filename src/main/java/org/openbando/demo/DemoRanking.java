package org.openbando.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.openbando.call.CallRequest;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.evaluation.AssignmentView;
import org.openbando.evaluation.Assignments;
import org.openbando.evaluation.Consensus;
import org.openbando.evaluation.ConsensusForm;
import org.openbando.evaluation.Scoring;
import org.openbando.evaluation.ScoringForm;
import org.openbando.funding.AwardView;
import org.openbando.funding.Awards;
import org.openbando.identity.Role;
import org.openbando.organization.MembershipStatus;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationRequest.Membership;
import org.openbando.organization.OrganizationType;
import org.openbando.proposal.AttachmentService;
import org.openbando.proposal.PartnerConsents;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalView;
import org.openbando.ranking.Movement;
import org.openbando.ranking.Rankings;
import org.openbando.shared.ClockProducer;
import org.openbando.submission.SubmissionReceipt;
import org.openbando.submission.SubmissionService;
import org.openbando.workflow.ProcessDriver;

/**
 * The demo's second call (issue 14), RD-CLUSTER-2025, already closed and taken through to an approved ranking, all
 * through the real services acting as the demo users and the real processes ({@link ProcessDriver}): nine proposals
 * (five on Line A, four on Line B) submitted, admitted, evaluated by panels of two with the totals below; the call's
 * deadline reached (its timer run now), the ranking drafted by the call process, approved by the officer, published
 * (the signed ranking acts) and one funding process started per funded project. The budgets are small, so that a
 * handful of proposals fill each line:
 * <ul>
 * <li>Line A: ROBO-WELD and E-DRIVE funded, GREEN-HEAT funded partially (the money left), CERAM-3D in reserve,
 * SENSE-LINE not fundable (below the threshold). ROBO-WELD's concession checklist is half done (CUP and COR), for the
 * officer to finish;</li>
 * <li>Line B: AGRI-VISION funded, its decision issued and accepted: inside its term to join a cluster, no membership
 * proof yet (the beneficiary's funding page); FOOD-SAFE funded, accepted, its joining term ended unfulfilled, notice,
 * observations, revoked: the money freed moved VINO-TRACK up from the reserve list (the officer confirmed the
 * movement, its concession has started); BIO-FILM not fundable.</li>
 * </ul>
 * The open call stays open for drafting and submitting.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoRanking {

    private static final Logger LOG = Logger.getLogger(DemoRanking.class);
    static final String CODE = "RD-CLUSTER-2025";

    @Inject
    CallService calls;
    @Inject
    Clock clock;
    @Inject
    ProposalService proposals;
    @Inject
    PartnerConsents consents;
    @Inject
    AttachmentService attachments;
    @Inject
    SubmissionService submissions;
    @Inject
    OrganizationDirectory directory;
    @Inject
    DemoEvaluation evaluation;
    @Inject
    Assignments assignments;
    @Inject
    Scoring scoring;
    @Inject
    Consensus consensus;
    @Inject
    ProcessDriver process;
    @Inject
    Rankings rankings;
    @Inject
    Awards awards;

    /** A proposal of the second call: who leads it, its partner (a research organisation), its consensus scores. */
    record Planned(String acronym, Line line, String lead, String leadVat, String partner, String partnerVat,
            String area, String title, String personnel, String equipment, String partnerCost, String... scores) {
    }

    static final List<Planned> PLANNED = List.of(
            new Planned("ROBO-WELD", Line.A, "robo", "04418760361", "tecno", "03998877660", "MECH-ROBOTICS",
                    "Saldatura robotizzata adattiva per carpenteria leggera", "210000", "70000", "40000",
                    "27", "22", "13", "13", "13"),
            new Planned("E-DRIVE", Line.A, "mecc", "03123456786", "lab", "01554433225", "MECH-ELECTRIC",
                    "Motori elettrici compatti per macchine agricole", "200000", "60000", "40000",
                    "25", "21", "13", "12.5", "12.5"),
            new Planned("GREEN-HEAT", Line.A, "green", "01987654322", "tecno", "03998877660", "GREENTECH-STORAGE",
                    "Pompe di calore con accumulo a cambiamento di fase", "220000", "80000", "40000",
                    "23", "20", "12", "12", "12"),
            new Planned("CERAM-3D", Line.A, "ceram", "03309970352", "lab", "01554433225", "MECH-ADDITIVE",
                    "Stampa 3D di componenti ceramici tecnici", "190000", "70000", "40000",
                    "21", "18", "11", "11", "11"),
            new Planned("SENSE-LINE", Line.A, "robo", "04418760361", "lab", "01554433225", "MECH-ROBOTICS",
                    "Sensori di coppia per linee di assemblaggio", "150000", "50000", "30000",
                    "15", "14", "9", "9", "8"),
            new Planned("AGRI-VISION", Line.B, "agri", "02456789011", "tecno", "03998877660", "MECH-ROBOTICS",
                    "Visione artificiale per la raccolta robotizzata della frutta", "160000", "50000", "30000",
                    "26", "22", "13", "12.5", "12.5"),
            new Planned("FOOD-SAFE", Line.B, "foods", "00801234568", "lab", "01554433225", "MECH-ROBOTICS",
                    "Ispezione robotizzata delle confezioni alimentari", "150000", "50000", "30000",
                    "24", "21", "12.5", "12", "11.5"),
            new Planned("VINO-TRACK", Line.B, "vino", "02233440391", "tecno", "03998877660", "MECH-ROBOTICS",
                    "Robot di cantina per la tracciabilità delle botti", "140000", "40000", "30000",
                    "22", "19", "11", "11", "11"),
            new Planned("BIO-FILM", Line.B, "biopack", "01778899383", "lab", "01554433225", "MECH-ADDITIVE",
                    "Film biodegradabili stampati per imballaggi", "120000", "40000", "20000",
                    "14", "13", "8", "8", "7"));

    /** The second call, from its creation to the moved-up project's concession. */
    void run(DemoData demo) {
        organizations(demo);
        long call = call(demo);
        Map<String, SubmissionReceipt> submitted = new LinkedHashMap<>();
        for (Planned p : PLANNED) {
            submitted.put(p.acronym(), submit(demo, call, p));
        }
        for (Planned p : PLANNED) {
            SubmissionReceipt r = submitted.get(p.acronym());
            evaluate(demo, r.proposalId(), r.submissionId(), p);
        }
        process.closeNow(call); // the deadline: CLOSED, the evaluation phase over, the ranking drafted
        demo.actAs("officer", Role.OFFICER);
        long version = rankings.views(call).get(0).version();
        rankings.approve(call, version, "officer");
        process.settleCall(call); // the acts issued and published, the funding processes started
        for (SubmissionReceipt r : submitted.values()) {
            process.settleFunding(r.submissionId());
        }
        long roboWeld = submitted.get("ROBO-WELD").submissionId();
        demo.actAs("officer", Role.OFFICER);
        AwardView robo = awards.view(roboWeld, "officer");
        robo = awards.recordCup(roboWeld, "E37H25000110001", robo.version(), "officer");
        awards.recordCor(roboWeld, "2510001", robo.version(), "officer");

        long agriVision = submitted.get("AGRI-VISION").submissionId();
        concession(demo, agriVision, "E37H25000110006", "2510006");
        accept(demo, agriVision, "agri");

        long foodSafe = submitted.get("FOOD-SAFE").submissionId();
        concession(demo, foodSafe, "E37H25000110007", "2510007");
        accept(demo, foodSafe, "foods");
        process.joiningTermEndsNow(foodSafe); // the term ran out: the notice before revocation
        demo.actAs("foods", Role.APPLICANT);
        AwardView food = awards.view(foodSafe, "foods");
        awards.sendObservations(foodSafe, "La domanda di adesione al Clust-ER MECH è stata presentata ma l'assemblea "
                + "del cluster non si è ancora riunita; chiediamo una proroga del termine.", food.version(), "foods");
        process.settleFunding(foodSafe);
        demo.actAs("officer", Role.OFFICER);
        food = awards.view(foodSafe, "officer");
        awards.decideRevocation(foodSafe, true, "Il termine per l'adesione al cluster, previsto dal bando, non è "
                + "prorogabile; la sola domanda di adesione non soddisfa l'obbligo.", food.version(), "officer");
        process.settleFunding(foodSafe); // the revocation issued: money freed on Line B
        process.settleCall(call); // the reserve offered the freed money
        Movement movement = rankings.movements(call).stream().filter(m -> "PROPOSED".equals(m.status()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No movement up the reserve list proposed"));
        rankings.confirmMovement(call, movement.id(), "officer");
        process.settleCall(call); // the moved-up project's funding process started
        if (movement.offeredSubmissionId() != null) {
            process.settleFunding(movement.offeredSubmissionId()); // its concession opened
        }
        LOG.infof("Demo call %s (id %d): ranking approved and published; AGRI-VISION inside its joining term; "
                + "FOOD-SAFE revoked, %s moved up (/officer/calls/%d/ranking, /officer/calls/%d/funding, /rankings)",
                CODE, call, movement.offeredAcronym(), call, call);
    }

    /** The concession's checklist completed by the officer, then the decision issued by the funding process. */
    private void concession(DemoData demo, long submissionId, String cup, String cor) {
        demo.actAs("officer", Role.OFFICER);
        AwardView a = awards.view(submissionId, "officer");
        a = awards.recordCup(submissionId, cup, a.version(), "officer");
        a = awards.recordCor(submissionId, cor, a.version(), "officer");
        a = awards.recordDurc(submissionId, LocalDate.now(clock.withZone(ClockProducer.ROME)).minusDays(20),
                a.version(), "officer");
        if (a.checklist().antimafiaRequired()) {
            a = awards.recordAntimafia(submissionId, "PR_BOUTG_Ingresso_0" + submissionId + "_2025", a.version(),
                    "officer");
        }
        if (a.checklist().lineBCommitmentRequired()) {
            a = awards.recordLineBCommitment(submissionId, a.version(), "officer");
        }
        awards.completeConcession(submissionId, a.version(), "officer");
        process.settleFunding(submissionId); // the signed funding decision
    }

    private void accept(DemoData demo, long submissionId, String lead) {
        demo.actAs(lead, Role.APPLICANT);
        AwardView a = awards.view(submissionId, lead);
        awards.accept(submissionId, a.version(), lead);
        process.settleFunding(submissionId);
    }

    /** Four more enterprises: two of them cluster members (Line A), two never (Line B). */
    private void organizations(DemoData demo) {
        LocalDate since = LocalDate.of(2020, 6, 1);
        demo.register("robo", "Ing. Silvia Monti", DemoData.organization(OrganizationType.ENTERPRISE,
                "Robotica Appenninica S.r.l.", "04418760361", "Sassuolo", "28.00", "5200000.00", "4100000.00",
                List.of(), List.of(new Membership("MECH", since, null, MembershipStatus.ACTIVE))));
        demo.register("ceram", "Dott. Franco Rinaldi", DemoData.organization(OrganizationType.ENTERPRISE,
                "Ceramiche Tecniche Emiliane S.p.A.", "03309970352", "Fiorano Modenese", "180.00", "41000000.00",
                "30000000.00", List.of(), List.of(new Membership("BUILD", since, null, MembershipStatus.ACTIVE))));
        demo.register("vino", "Elena Casadei", DemoData.organization(OrganizationType.ENTERPRISE,
                "Cantina Digitale Romagnola S.r.l.", "02233440391", "Faenza", "8.00", "1500000.00", "1200000.00",
                List.of(), List.of()));
        demo.register("biopack", "Matteo Ferraresi", DemoData.organization(OrganizationType.ENTERPRISE,
                "BioPack Ferrara S.r.l.", "01778899383", "Ferrara", "14.00", "2600000.00", "1900000.00", List.of(),
                List.of()));
    }

    /**
     * The call, published with its window open now (submissions must arrive inside it); {@link ProcessDriver#closeNow}
     * ends it once the proposals are in. Panels of two experts; partial funding of the last project allowed.
     */
    private long call(DemoData demo) {
        demo.actAs("officer", Role.OFFICER);
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ClockProducer.ROME)).truncatedTo(ChronoUnit.HOURS);
        CallView call = calls.create(new CallRequest(CODE,
                "Progetti di ricerca industriale delle PMI dei Clust-ER 2025",
                "Edizione 2025 del bando per progetti di ricerca industriale e sviluppo sperimentale delle PMI. "
                        + "Bando chiuso: graduatoria approvata, concessioni in corso, scorrimento della riserva.",
                "S3 Emilia-Romagna 2021-2027: transizione digitale e verde dei sistemi produttivi",
                now.minusDays(90), now.minusDays(60), now.plusDays(1),
                new BigDecimal("480000.00"), new BigDecimal("292000.00"),
                List.of("AGRIFOOD", "BUILD", "GREENTECH", "CREATE", "HEALTH", "INNOVATE", "MECH"), List.of(),
                new CallRequest.Rules(null, null, null, null, null, null, 1, 9, null, 2, null, null, null, null, null,
                        null, null, true, null, null, null, null, null, null, null, null, null),
                null, null));
        calls.publish(call.id(), call.version());
        return call.id();
    }

    private SubmissionReceipt submit(DemoData demo, long callId, Planned p) {
        demo.actAs(p.lead(), Role.APPLICANT);
        long lead = directory.byVatNumber(p.leadVat()).orElseThrow().id();
        long partner = directory.byVatNumber(p.partnerVat()).orElseThrow().id();
        ProposalView draft = proposals.create(new ProposalService.NewDraft(callId, p.line()));
        proposals.update(draft.id(), new ProposalService.DraftUpdate(draft.version(), new ProposalContent(
                p.title(), p.acronym(), "Progetto dimostrativo del bando 2025: " + p.title().toLowerCase() + ".",
                p.area(), LocalDate.now(clock).plusMonths(2), 24,
                List.of(new ProposalContent.Partner(partner)), List.of(),
                List.of(new ProposalContent.BudgetItem(lead, ProposalContent.CostCategory.PERSONNEL,
                        ResearchCategory.INDUSTRIAL_RESEARCH, new BigDecimal(p.personnel())),
                        new ProposalContent.BudgetItem(lead, ProposalContent.CostCategory.INSTRUMENTS_AND_EQUIPMENT,
                                ResearchCategory.EXPERIMENTAL_DEVELOPMENT, new BigDecimal(p.equipment())),
                        new ProposalContent.BudgetItem(partner, ProposalContent.CostCategory.PERSONNEL,
                                ResearchCategory.INDUSTRIAL_RESEARCH, new BigDecimal(p.partnerCost()))),
                List.of(new ProposalContent.WorkPackage("WP1", "Sviluppo e validazione", 4, 7,
                        "prototipo validato in laboratorio; obiettivo: dimostratore in ambiente operativo",
                        List.of(new ProposalContent.Milestone("Dimostratore in funzione", 18)))),
                new ProposalContent.Trl(4, 7, "prototipo di laboratorio esistente"))));
        demo.actAs(p.partner(), Role.APPLICANT);
        consents.confirm(draft.id());
        demo.actAs(p.lead(), Role.APPLICANT);
        if (p.line() == Line.B) {
            attachments.upload(draft.id(), new AttachmentService.NewAttachment("CLUSTER_ATTESTATION",
                    "attestazione-clust-er-mech.pdf", pdf("Il Clust-ER MECH attesta la coerenza del progetto "
                            + p.acronym() + " con la propria agenda.")));
        }
        return submissions.submit(draft.id(), "demo-" + p.acronym().toLowerCase());
    }

    /** Admitted, its panel of two assigned, scored by both experts and settled by the rapporteur's consensus. */
    private void evaluate(DemoData demo, long proposalId, long submissionId, Planned p) {
        evaluation.admit(demo, proposalId, submissionId);
        List<String> panel = evaluation.assign(demo, submissionId);
        String[] codes = {"INNOVATIVENESS", "TECHNICAL_QUALITY", "TEAM", "IMPACT", "COOPERATION"};
        List<ScoringForm.CriterionScore> scores = new ArrayList<>();
        List<ConsensusForm.ConsensusScore> agreed = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            scores.add(new ScoringForm.CriterionScore(codes[i], new BigDecimal(p.scores()[i]),
                    "Valutazione motivata del criterio sulla base della proposta " + p.acronym() + "."));
            agreed.add(new ConsensusForm.ConsensusScore(codes[i], new BigDecimal(p.scores()[i]),
                    "Il panel concorda sul punteggio del criterio per " + p.acronym() + ".", true, null));
        }
        ScoringForm form = new ScoringForm(scores, new ScoringForm.TrlJudgement(true,
                "Il prototipo di laboratorio rende credibile il TRL 4 di partenza.", true,
                "Il piano di lavoro porta in modo plausibile al TRL 7.",
                List.of(new ScoringForm.WorkPackageTrl(0, true, "La milestone è coerente con il TRL 7."))));
        for (String expert : panel) {
            demo.actAs(expert, Role.EVALUATOR);
            AssignmentView assignment = assignments.inbox(expert).stream()
                    .filter(a -> a.submissionId() == submissionId && a.awaitingAnswer()).findFirst().orElseThrow();
            assignments.accept(assignment.id(), expert.equals("evaluator3") ? "en" : "it", expert);
            process.settle(submissionId);
            Scoring.IndividualView draft = scoring.form(assignment.id(), expert);
            scoring.save(assignment.id(), form, draft.version(), expert);
            scoring.submit(assignment.id(), expert);
            process.settle(submissionId);
        }
        demo.actAs("officer", Role.OFFICER);
        String rapporteur = consensus.view(submissionId, "officer").rapporteur();
        demo.actAs(rapporteur, Role.EVALUATOR);
        Consensus.ConsensusView view = consensus.view(submissionId, rapporteur);
        consensus.save(submissionId, new ConsensusForm(agreed, new ConsensusForm.TrlVerdict(true, true,
                "TRL 4 di partenza credibile; TRL 7 raggiungibile entro la durata del progetto. Unanime.", true,
                null)), view.report() == null ? 0 : view.report().version(), rapporteur);
        consensus.submit(submissionId, rapporteur);
        process.settle(submissionId);
    }

    /** A one-page PDF with this line of text (the Line B cluster attestation), in a temporary file. */
    static Path pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text.replace("(", "").replace(")", "").replaceAll("[^ -~]", "")
                + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        try {
            Path file = Files.createTempFile("openbando-demo-", ".pdf");
            file.toFile().deleteOnExit();
            Files.write(file, out.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
