package org.openbando.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.openbando.eligibility.AdmissibilityReview;
import org.openbando.evaluation.AssignmentView;
import org.openbando.evaluation.Assignments;
import org.openbando.evaluation.Consensus;
import org.openbando.evaluation.ConsensusForm;
import org.openbando.evaluation.ExpertProfileRequest;
import org.openbando.evaluation.ExpertProfiles;
import org.openbando.evaluation.PanelProposal;
import org.openbando.evaluation.Scoring;
import org.openbando.evaluation.ScoringForm;
import org.openbando.identity.Role;
import org.openbando.workflow.ProcessDriver;

/**
 * The evaluation of the demo (issue 13), through the real services acting as the demo users: the experts' profiles;
 * the officer admits COBOT-PL and assigns the panel the system proposes (Roberto Sala, of the University of Bologna
 * whose lab does contracted research in the proposal, is excluded) with Enzo Valli as rapporteur; the three experts
 * accept with the declaration and score with their reasons (innovativeness diverges: 26, 24 and 15 of 30, a spread
 * above 30% of its maximum), the rapporteur writes the consensus resolving it, and the Evaluation Summary Report is
 * issued. A second proposal, ADDI-STORE, is admitted and its panel assigned but not yet answered: the officer's board
 * shows one proposal at each end, the experts' inboxes an assignment to accept or decline.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoEvaluation {

    private static final Logger LOG = Logger.getLogger(DemoEvaluation.class);
    static final String RAPPORTEUR = "evaluator";

    @Inject
    AdmissibilityReview admissibility;
    @Inject
    ProcessDriver process;
    @Inject
    ExpertProfiles profiles;
    @Inject
    Assignments assignments;
    @Inject
    Scoring scoring;
    @Inject
    Consensus consensus;

    /** The profiles of the four demo experts (users made by {@link DemoData}), as the officer enters them. */
    void profiles(DemoData demo) {
        demo.actAs("officer", Role.OFFICER);
        profile("evaluator", "Studio Valli Ingegneria (Parma)", "04267100453", List.of("MECH"),
                List.of("MECH-ROBOTICS", "MECH-ADDITIVE"), List.of("it", "en"));
        profile("evaluator2", "Politecnico di Milano - Dipartimento di Meccanica", "04376620151",
                List.of("MECH", "GREENTECH"), List.of("MECH-ROBOTICS", "MECH-ELECTRIC", "GREENTECH-STORAGE"),
                List.of("it", "en"));
        profile("evaluator3", "Fraunhofer IPA (Stuttgart)", null, List.of("MECH"),
                List.of("MECH-ROBOTICS", "MECH-ADDITIVE"), List.of("en", "de"));
        // the same VAT number as the Bologna lab, which does contracted research in COBOT-PL: never proposed for it
        profile("evaluator4", "Università di Bologna - Dipartimento di Ingegneria Industriale", "02667788992",
                List.of("MECH"), List.of("MECH-ROBOTICS"), List.of("it"));
    }

    private void profile(String expert, String affiliation, String vat, List<String> clusters, List<String> areas,
            List<String> languages) {
        profiles.save(expert, new ExpertProfileRequest(affiliation, vat, clusters, areas, languages, 12, true, null),
                "officer");
    }

    /** The proposal's receipt and checks done: it waits in the officers' admissibility queue. */
    void checked(long submissionId) {
        process.settle(submissionId);
    }

    /** The officer admits the proposal; its process issues the admission notice and opens the evaluation. */
    void admit(DemoData demo, long proposalId, long submissionId) {
        process.settle(submissionId); // receipt and checks: the proposal waits in the officers' queue
        demo.actAs("officer", Role.OFFICER);
        admissibility.decide(proposalId, new AdmissibilityReview.DecisionRequest(AdmissibilityReview.Decision.ADMIT,
                null, null, null, "Documentazione completa; requisiti di ammissibilità verificati."));
        process.settle(submissionId);
    }

    /** The officer assigns the panel the system suggests, Enzo Valli rapporteur when he is on it; returns the panel. */
    List<String> assign(DemoData demo, long submissionId) {
        demo.actAs("officer", Role.OFFICER);
        PanelProposal proposal = assignments.propose(submissionId);
        List<String> panel = proposal.suggested();
        LOG.debugf("Panel proposed for submission %d: %s; excluded: %s", submissionId, panel,
                proposal.excluded().stream().map(c -> c.username() + " (" + c.exclusion() + ")").toList());
        assignments.assign(submissionId, panel, panel.contains(RAPPORTEUR) ? RAPPORTEUR : panel.get(0), "officer");
        process.settle(submissionId);
        return panel;
    }

    /** COBOT-PL from its admission to its Evaluation Summary Report. */
    void evaluate(DemoData demo, long proposalId, long submissionId) {
        admit(demo, proposalId, submissionId);
        List<String> panel = assign(demo, submissionId);
        for (String expert : panel) {
            demo.actAs(expert, Role.EVALUATOR);
            AssignmentView assignment = assignments.inbox(expert).stream()
                    .filter(a -> a.submissionId() == submissionId && a.awaitingAnswer()).findFirst().orElseThrow();
            assignments.accept(assignment.id(), expert.equals("evaluator3") ? "en" : "it", expert);
            process.settle(submissionId);
            ScoringForm form = SCORES.get(expert);
            if (form == null) { // an expert the proposal did not expect: middling scores with generic reasons
                form = generic();
            }
            Scoring.IndividualView draft = scoring.form(assignment.id(), expert);
            scoring.save(assignment.id(), form, draft.version(), expert);
            scoring.submit(assignment.id(), expert);
            process.settle(submissionId);
        }
        demo.actAs("officer", Role.OFFICER);
        Consensus.ConsensusView view = consensus.view(submissionId, "officer");
        String rapporteur = view.rapporteur();
        demo.actAs(rapporteur, Role.EVALUATOR);
        view = consensus.view(submissionId, rapporteur);
        consensus.save(submissionId, CONSENSUS, view.report() == null ? 0 : view.report().version(), rapporteur);
        consensus.submit(submissionId, rapporteur);
        process.settle(submissionId); // the outcome, then the Evaluation Summary Report (an asynchronous step)
    }

    private static ScoringForm.CriterionScore score(String criterion, String score, String comment) {
        return new ScoringForm.CriterionScore(criterion, new BigDecimal(score), comment);
    }

    private static ScoringForm.TrlJudgement trl(String start, String target, String workPackage) {
        return new ScoringForm.TrlJudgement(true, start, true, target,
                List.of(new ScoringForm.WorkPackageTrl(0, true, workPackage)));
    }

    private static ScoringForm generic() {
        List<ScoringForm.CriterionScore> scores = new ArrayList<>();
        for (String[] c : new String[][] {{"INNOVATIVENESS", "21"}, {"TECHNICAL_QUALITY", "18"}, {"TEAM", "11"},
                {"IMPACT", "11"}, {"COOPERATION", "11"}}) {
            scores.add(score(c[0], c[1], "Valutazione in linea con quanto descritto nella proposta."));
        }
        return new ScoringForm(scores, trl("Il prototipo di laboratorio documentato rende credibile il TRL 4.",
                "Il piano di lavoro porta in modo plausibile al TRL 7.", "Le milestone sono coerenti con il TRL 7."));
    }

    /** The three experts' scores of COBOT-PL: innovativeness diverges (26, 24, 15 of 30; spread 11 > 9). */
    static final Map<String, ScoringForm> SCORES = Map.of(
            "evaluator", new ScoringForm(List.of(
                    score("INNOVATIVENESS", "26", "L'apprendimento da una sola dimostrazione va oltre lo stato "
                            + "dell'arte dei cobot industriali, che richiedono ancora programmazione esperta."),
                    score("TECHNICAL_QUALITY", "21", "Metodologia solida e ben articolata; i rischi della visione "
                            + "artificiale sono individuati ma le contromisure sono descritte in modo sommario."),
                    score("TEAM", "13", "Il capofila ha esperienza di lavorazioni in piccoli lotti; il laboratorio "
                            + "universitario porta competenze di visione adeguate."),
                    score("IMPACT", "12", "Impatto rilevante per le PMI meccaniche del distretto; il piano di "
                            + "sfruttamento è credibile ma poco quantificato."),
                    score("COOPERATION", "13", "Cooperazione equilibrata tra due imprese e un organismo di ricerca, "
                            + "con ruoli chiari.")),
                    trl("Il prototipo di laboratorio esistente è documentato: il TRL 4 di partenza è credibile.",
                            "La cella pilota nello stabilimento del capofila porta al TRL 7 entro i 24 mesi.",
                            "WP1 si chiude con la cella pilota in ambiente operativo: TRL 7 raggiungibile.")),
            "evaluator2", new ScoringForm(List.of(
                    score("INNOVATIVENESS", "24", "Approccio innovativo per il settore; esistono tuttavia "
                            + "dimostratori di ricerca simili, che la proposta cita solo in parte."),
                    score("TECHNICAL_QUALITY", "20", "Piano di lavoro coerente; la validazione in cella pilota è "
                            + "ben progettata, gli indicatori di successo potrebbero essere più precisi."),
                    score("TEAM", "12", "Gruppo adeguato; manca una figura dedicata alla sicurezza della "
                            + "collaborazione uomo-robot."),
                    score("IMPACT", "12.5", "Buone prospettive di adozione nelle PMI; la diffusione dei risultati "
                            + "oltre il consorzio è prevista."),
                    score("COOPERATION", "12", "Ruoli complementari; il contributo del partner Green Build "
                            + "Solutions è limitato alle attrezzature.")),
                    trl("Il TRL 4 di partenza è supportato dal prototipo di laboratorio descritto.",
                            "Il TRL 7 è raggiungibile con la cella pilota, se le prove di visione sono completate "
                                    + "nei primi dodici mesi.",
                            "WP1: la milestone al mese 18 lascia margine sufficiente per il TRL 7.")),
            "evaluator3", new ScoringForm(List.of(
                    score("INNOVATIVENESS", "15", "Learning from demonstration for cobots is an active research "
                            + "field with commercial products emerging; the proposal's advance over them is not "
                            + "demonstrated."),
                    score("TECHNICAL_QUALITY", "19", "Sound work plan and pilot cell; the vision tests would need "
                            + "a clearer acceptance criterion."),
                    score("TEAM", "12", "Adequate team; the university lab's experience in vision is documented."),
                    score("IMPACT", "11", "Relevant for small-batch machining SMEs; the market analysis is thin."),
                    score("COOPERATION", "12.5", "Balanced consortium with a clear division of the work.")),
                    trl("The existing laboratory prototype makes TRL 4 at the start credible.",
                            "TRL 7 is reachable with the pilot cell in the lead's plant within 24 months.",
                            "WP1 ends with the pilot cell in an operational environment: TRL 7 reachable.")));

    /** The consensus: innovativeness settled at 23 after the discussion; the other criteria as the panel agreed. */
    static final ConsensusForm CONSENSUS = new ConsensusForm(List.of(
            new ConsensusForm.ConsensusScore("INNOVATIVENESS", new BigDecimal("23"), "Il panel riconosce "
                    + "l'avanzamento dell'apprendimento da una sola dimostrazione rispetto ai cobot programmati, ma "
                    + "anche l'esistenza di dimostratori di ricerca simili (osservazione dell'esperto 3): il "
                    + "punteggio tiene conto di entrambi.", true, null),
            new ConsensusForm.ConsensusScore("TECHNICAL_QUALITY", new BigDecimal("20"), "Metodologia solida e "
                    + "cella pilota ben progettata; criteri di accettazione delle prove di visione da precisare.",
                    true, null),
            new ConsensusForm.ConsensusScore("TEAM", new BigDecimal("12.5"), "Gruppo adeguato e complementare; "
                    + "si raccomanda una figura dedicata alla sicurezza della collaborazione uomo-robot.", true,
                    null),
            new ConsensusForm.ConsensusScore("IMPACT", new BigDecimal("12"), "Impatto rilevante per le PMI "
                    + "meccaniche; piano di sfruttamento da quantificare.", true, null),
            new ConsensusForm.ConsensusScore("COOPERATION", new BigDecimal("12.5"), "Consorzio equilibrato con "
                    + "ruoli chiari.", true, null)),
            new ConsensusForm.TrlVerdict(true, true, "Il prototipo di laboratorio rende credibile il TRL 4; la "
                    + "cella pilota porta al TRL 7 entro la durata del progetto. Unanime.", true, null));
}
