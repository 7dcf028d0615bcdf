package org.openbando.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.openbando.call.CallRequest;
import org.openbando.call.CallService;
import org.openbando.call.CallView;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.identity.Role;
import org.openbando.identity.UserService;
import org.openbando.organization.ClusterDirectory;
import org.openbando.organization.MembershipStatus;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.OrganizationRequest.Membership;
import org.openbando.organization.OrganizationRequest.Related;
import org.openbando.organization.OrganizationRequest;
import org.openbando.organization.OrganizationService;
import org.openbando.organization.OrganizationType;
import org.openbando.proposal.PartnerConsents;
import org.openbando.proposal.ProposalContent;
import org.openbando.proposal.ProposalService;
import org.openbando.proposal.ProposalView;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.ProblemException;
import org.openbando.submission.SubmissionReceipt;
import org.openbando.submission.SubmissionService;

/**
 * Demo data for {@code ./mvnw quarkus:dev} only (never in tests or production): the seven Emilia-Romagna clusters,
 * one user per role and four experts (password {@code demo-password}), enterprises from micro to large, research
 * organisations, one open call and its proposals at every stage: COBOT-PL evaluated ({@link DemoEvaluation}),
 * ADDI-STORE admitted with its panel waiting for the experts' answers, PACK-PREDICT in the admissibility queue,
 * TRACE-LOW a draft waiting for a partner's confirmation. It runs at startup, after Flyway migrated the schema and
 * the process models were deployed. Everything but the clusters goes through the real services, acting as the demo
 * users, so that validation, audit and the processes apply as for real data; it waits for the process's jobs
 * ({@code workflow.ProcessDriver}) before each next step, so that startup ends with the evaluation done. Runs once: it
 * does nothing when the clusters exist.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PASSWORD = "demo-password";

    @Inject
    UserService users;
    @Inject
    OrganizationService organizations;
    @Inject
    CallService calls;
    @Inject
    CurrentIdentityAssociation identity;
    @Inject
    Clock clock;
    @Inject
    ProposalService proposals;
    @Inject
    SubmissionService submissions;
    @Inject
    ClusterDirectory clusterDirectory;
    @Inject
    OrganizationDirectory directory;
    @Inject
    PartnerConsents consents;
    @Inject
    DemoEvaluation evaluation;
    @Inject
    DemoRanking ranking;
    @Inject
    DemoSeedCall seedCall;

    /**
     * Loads the demo after every other start-up observer (the checks of the keys and addresses, and the beans they
     * create): the demo's processes run jobs on the engine's own threads at once, and in dev mode a bean first created
     * on such a thread cannot read its configuration (SmallRye finds none for that thread's class loader).
     */
    @ActivateRequestContext
    void onStart(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 1000) StartupEvent event) {
        if (clusterDirectory.any()) {
            seedCall.startIfEnabled(this); // issue 15: the seed call, if asked for and not loaded yet
            return;
        }
        clusters();
        usersAndOrganizations();
        long call = call();
        SubmissionReceipt cobot = proposal(call);
        SubmissionReceipt addi = secondProposal(call);
        SubmissionReceipt pack = proposalInReview(call);
        pendingDraft(call);
        try {
            evaluation.profiles(this);
            evaluation.evaluate(this, cobot.proposalId(), cobot.submissionId());
            evaluation.admit(this, addi.proposalId(), addi.submissionId());
            evaluation.assign(this, addi.submissionId());
            evaluation.checked(pack.submissionId());
        } catch (RuntimeException e) { // dev mode still starts, with the demo as far as it went
            LOG.errorf(e, "The demo's evaluation stopped: %s %s", e.getMessage(),
                    e instanceof ProblemException p ? p.errors() : "");
        }
        try {
            ranking.run(this);
        } catch (RuntimeException e) { // dev mode still starts, with the second call as far as it went
            LOG.errorf(e, "The demo's second call stopped: %s %s", e.getMessage(),
                    e instanceof ProblemException p ? p.errors() : "");
        }
        LOG.info("Demo data loaded: log in as applicant / mecc / officer / evaluator (evaluator2..4) / auditor / "
                + "admin (password 'demo-password'); COBOT-PL is evaluated (the officer's board "
                + "/officer/calls/" + call + "/evaluation), ADDI-STORE waits for its experts' answers (/expert), "
                + "PACK-PREDICT for the officer's admissibility decision (/officer/proposals)");
        seedCall.startIfEnabled(this); // issue 15: the seed call in the background, if asked for
    }

    @Transactional
    void clusters() {
        cluster("AGRIFOOD", "Clust-ER Agroalimentare", "Agrifood Clust-ER",
                area("AGRIFOOD-TRACE", "Tracciabilità e sicurezza alimentare", "Food traceability and safety"),
                area("AGRIFOOD-PRECISION", "Agricoltura di precisione", "Precision farming"));
        cluster("BUILD", "Clust-ER Edilizia e Costruzioni", "Building and Construction Clust-ER",
                area("BUILD-MATERIALS", "Materiali sostenibili per l'edilizia", "Sustainable building materials"),
                area("BUILD-SEISMIC", "Sicurezza sismica delle costruzioni", "Seismic safety of buildings"));
        cluster("GREENTECH", "Clust-ER Energia e Sviluppo Sostenibile", "Energy and Sustainable Development Clust-ER",
                area("GREENTECH-STORAGE", "Accumulo di energia", "Energy storage"),
                area("GREENTECH-CIRCULAR", "Economia circolare", "Circular economy"),
                area("GREENTECH-HYDROGEN", "Idrogeno", "Hydrogen"));
        cluster("CREATE", "Clust-ER Industrie Culturali e Creative", "Cultural and Creative Industries Clust-ER",
                area("CREATE-HERITAGE", "Tecnologie per il patrimonio culturale", "Cultural heritage technologies"),
                area("CREATE-MEDIA", "Media digitali e immersivi", "Digital and immersive media"));
        cluster("HEALTH", "Clust-ER Industrie della Salute e del Benessere", "Life Sciences and Wellbeing Clust-ER",
                area("HEALTH-DEVICES", "Dispositivi medici", "Medical devices"),
                area("HEALTH-AGEING", "Invecchiamento attivo", "Active ageing"));
        cluster("INNOVATE", "Clust-ER Innovazione nei Servizi", "Service Innovation Clust-ER",
                area("INNOVATE-DATA", "Servizi basati sui dati", "Data-driven services"),
                area("INNOVATE-LOGISTICS", "Logistica intelligente", "Smart logistics"));
        cluster("MECH", "Clust-ER Meccatronica e Motoristica", "Mechatronics and Motoristics Clust-ER",
                area("MECH-ROBOTICS", "Robotica collaborativa", "Collaborative robotics"),
                area("MECH-ELECTRIC", "Propulsione elettrica e ibrida", "Electric and hybrid powertrains"),
                area("MECH-ADDITIVE", "Manifattura additiva", "Additive manufacturing"));
    }

    private void cluster(String code, String name, String nameEn, ClusterDirectory.NewArea... areas) {
        clusterDirectory.register(code, name, nameEn, nameEn + " (Emilia-Romagna, S3 2021-2027)", List.of(areas));
    }

    private static ClusterDirectory.NewArea area(String code, String name, String nameEn) {
        return new ClusterDirectory.NewArea(code, name, nameEn);
    }

    void usersAndOrganizations() {
        user("officer", "Olga Ferri (funzionaria regionale)", Role.OFFICER);
        user("evaluator", "Enzo Valli (esperto valutatore)", Role.EVALUATOR);
        user("evaluator2", "Chiara Fontana (esperta valutatrice)", Role.EVALUATOR);
        user("evaluator3", "Martin Keller (expert evaluator)", Role.EVALUATOR, "en");
        user("evaluator4", "Roberto Sala (esperto valutatore)", Role.EVALUATOR);
        user("auditor", "Aldo Conti (revisore)", Role.AUDITOR);
        user("admin", "Amministratore", Role.ADMIN);
        // the applicant of the README's tour has no organisation yet: registering one is the first thing to try
        user("applicant", "Anna Rossi (legale rappresentante)", Role.APPLICANT);

        LocalDate since = LocalDate.of(2019, 3, 1);
        register("mecc", "Marco Bassi", organization(OrganizationType.ENTERPRISE, "Meccanica Emiliana S.r.l.",
                "03123456786", "Modena", "32.50", "8200000.00", "6100000.00", List.of(),
                List.of(new Membership("MECH", since, null, MembershipStatus.ACTIVE))));
        register("agri", "Giulia Neri", organization(OrganizationType.ENTERPRISE, "Agritech Romagna S.r.l.",
                "02456789011", "Cesena", "6.00", "900000.00", "750000.00", List.of(), List.of()));
        register("green", "Paolo Verdi", organization(OrganizationType.ENTERPRISE, "Green Build Solutions S.p.A.",
                "01987654322", "Reggio Emilia", "140.00", "38000000.00", "29000000.00",
                List.of(new Related("Verdi Holding S.r.l.", "02876543212", new BigDecimal("30"), false, false,
                        new BigDecimal("20"), new BigDecimal("4000000"), new BigDecimal("9000000"))),
                List.of(new Membership("GREENTECH", since, null, MembershipStatus.ACTIVE))));
        register("foods", "Laura Gialli", organization(OrganizationType.ENTERPRISE, "Parma Foods Lab S.r.l.",
                "00801234568", "Parma", "40.00", "9000000.00", "7000000.00",
                List.of(new Related("Gruppo Alimentare Padano S.p.A.", "03745612303", new BigDecimal("60"), false,
                        false, new BigDecimal("420"), new BigDecimal("150000000"), new BigDecimal("120000000"))),
                List.of()));
        register("unibo", "Prof. Luca Bianchi", organization(OrganizationType.UNIVERSITY,
                "Università di Bologna - Laboratorio di Meccatronica", "02667788992", "Bologna", null, null, null,
                List.of(), List.of(new Membership("MECH", since, null, MembershipStatus.ACTIVE))));
        register("lab", "Dott.ssa Sara Moretti", organization(OrganizationType.ACCREDITED_LAB,
                "Laboratorio Accreditato Materiali Avanzati", "01554433225", "Ferrara", null, null, null,
                List.of(), List.of()));
        register("tecno", "Ing. Davide Galli", organization(OrganizationType.INNOVATION_CENTRE,
                "Centro per l'Innovazione Tecnopolo di Modena", "03998877660", "Modena", null, null, null,
                List.of(), List.of()));
    }

    private void user(String username, String name, String role) {
        user(username, name, role, "it");
    }

    private void user(String username, String name, String role, String language) {
        users.create(AuditTrail.SYSTEM, new UserService.NewUser(username, PASSWORD, name,
                username + "@demo.openbando.org", Set.of(role), language));
    }

    void register(String username, String name, OrganizationRequest organization) {
        user(username, name, Role.APPLICANT);
        actAs(username, Role.APPLICANT);
        organizations.register(organization, Locale.ITALIAN);
    }

    static OrganizationRequest organization(OrganizationType type, String name, String vat, String city,
            String staff, String turnover, String balance, List<Related> related, List<Membership> memberships) {
        boolean enterprise = type == OrganizationType.ENTERPRISE;
        return new OrganizationRequest(type, name, vat, "Via Emilia 1", city,
                enterprise ? new BigDecimal(staff) : null, enterprise ? new BigDecimal(turnover) : null,
                enterprise ? new BigDecimal(balance) : null, enterprise ? 2025 : null, related, memberships, null);
    }

    long call() {
        actAs("officer", Role.OFFICER);
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ClockProducer.ROME)).truncatedTo(ChronoUnit.HOURS);
        CallView call = calls.create(new CallRequest("RD-CLUSTER-2026",
                "Progetti di ricerca industriale delle PMI dei Clust-ER 2026",
                "Bando per progetti di ricerca industriale e sviluppo sperimentale delle PMI, con componente di ricerca "
                        + "prevalente, da TRL 4 ad almeno TRL 7. Linea A: imprese associate a un Clust-ER; Linea B: "
                        + "imprese non associate che si impegnano ad associarsi in caso di finanziamento.",
                "S3 Emilia-Romagna 2021-2027: transizione digitale e verde dei sistemi produttivi",
                now.minusDays(14), now.minusDays(7), now.plusDays(60).withHour(13),
                new BigDecimal("35000000.00"), new BigDecimal("15000000.00"),
                List.of("AGRIFOOD", "BUILD", "GREENTECH", "CREATE", "HEALTH", "INNOVATE", "MECH"), List.of(),
                null, null, null));
        calls.publish(call.id(), call.version());
        return call.id();
    }

    /**
     * A Line A proposal of Meccanica Emiliana with Green Build Solutions and a contract with the university's lab,
     * submitted once both partners confirmed their participation: its process runs the checks and puts it in the
     * officers' queue (then {@link DemoEvaluation} takes it through admission and evaluation).
     */
    SubmissionReceipt proposal(long callId) {
        actAs("mecc", Role.APPLICANT);
        long partner = directory.byVatNumber("01987654322").orElseThrow().id();
        long lead = directory.byVatNumber("03123456786").orElseThrow().id();
        long lab = directory.byVatNumber("02667788992").orElseThrow().id();
        ProposalView draft = proposals.create(new ProposalService.NewDraft(callId, Line.A));
        proposals.update(draft.id(), new ProposalService.DraftUpdate(draft.version(), new ProposalContent(
                "Celle robotizzate collaborative per lavorazioni meccaniche in piccoli lotti", "COBOT-PL",
                "Robot collaborativi che apprendono una lavorazione da una sola dimostrazione, validati in una cella "
                        + "pilota presso lo stabilimento del capofila.",
                "MECH-ROBOTICS", LocalDate.now(clock).plusMonths(3), 24,
                List.of(new ProposalContent.Partner(partner), new ProposalContent.Partner(lab)),
                List.of(new ProposalContent.Contract(lab, "Prove di visione artificiale", new BigDecimal("60000"))),
                List.of(budget(lead, ProposalContent.CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH, "250000"),
                        budget(lead, ProposalContent.CostCategory.CONTRACT_RESEARCH_AND_CONSULTANCY,
                                ResearchCategory.INDUSTRIAL_RESEARCH, "60000"),
                        budget(partner, ProposalContent.CostCategory.INSTRUMENTS_AND_EQUIPMENT,
                                ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "120000")),
                List.of(new ProposalContent.WorkPackage("WP1", "Apprendimento da dimostrazione", 4, 7,
                        "prototipo validato in laboratorio; obiettivo: cella pilota in ambiente operativo",
                        List.of(new ProposalContent.Milestone("Cella pilota in funzione", 18)))),
                new ProposalContent.Trl(4, 7, "prototipo di laboratorio esistente"))));
        actAs("green", Role.APPLICANT);
        consents.confirm(draft.id());
        actAs("unibo", Role.APPLICANT);
        consents.confirm(draft.id());
        actAs("mecc", Role.APPLICANT);
        return submissions.submit(draft.id(), "demo");
    }

    /**
     * A Line A proposal of Green Build Solutions with Agritech Romagna and the Modena innovation centre, submitted: {@link DemoEvaluation}
     * admits it and assigns its panel, which has not answered yet.
     */
    SubmissionReceipt secondProposal(long callId) {
        actAs("green", Role.APPLICANT);
        long lead = directory.byVatNumber("01987654322").orElseThrow().id();
        long centre = directory.byVatNumber("03998877660").orElseThrow().id();
        long agritech = directory.byVatNumber("02456789011").orElseThrow().id();
        ProposalView draft = proposals.create(new ProposalService.NewDraft(callId, Line.A));
        proposals.update(draft.id(), new ProposalService.DraftUpdate(draft.version(), new ProposalContent(
                "Scambiatori di calore in manifattura additiva per l'accumulo termico", "ADDI-STORE",
                "Scambiatori di calore stampati in metallo, con geometrie non realizzabili per fusione, per moduli "
                        + "di accumulo termico degli edifici; prototipi provati nel laboratorio del centro.",
                "MECH-ADDITIVE", LocalDate.now(clock).plusMonths(4), 24,
                List.of(new ProposalContent.Partner(agritech), new ProposalContent.Partner(centre)), List.of(),
                List.of(budget(lead, ProposalContent.CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH, "220000"),
                        budget(lead, ProposalContent.CostCategory.INSTRUMENTS_AND_EQUIPMENT,
                                ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "90000"),
                        budget(agritech, ProposalContent.CostCategory.PERSONNEL,
                                ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "40000"),
                        budget(centre, ProposalContent.CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH,
                                "110000")),
                List.of(new ProposalContent.WorkPackage("WP1", "Progetto e stampa degli scambiatori", 4, 7,
                        "campioni stampati e provati in laboratorio; obiettivo: modulo dimostrativo in edificio",
                        List.of(new ProposalContent.Milestone("Modulo dimostrativo installato", 20)))),
                new ProposalContent.Trl(4, 7, "campioni stampati e provati in laboratorio"))));
        actAs("agri", Role.APPLICANT);
        consents.confirm(draft.id());
        actAs("tecno", Role.APPLICANT);
        consents.confirm(draft.id());
        actAs("green", Role.APPLICANT);
        return submissions.submit(draft.id(), "demo-addi");
    }

    /**
     * A Line A proposal of Meccanica Emiliana with Parma Foods Lab and the accredited lab, submitted: its process runs
     * the checks and it waits in the officers' admissibility queue, as COBOT-PL did before the evaluation came.
     */
    SubmissionReceipt proposalInReview(long callId) {
        actAs("mecc", Role.APPLICANT);
        long lead = directory.byVatNumber("03123456786").orElseThrow().id();
        long foods = directory.byVatNumber("00801234568").orElseThrow().id();
        long lab = directory.byVatNumber("01554433225").orElseThrow().id();
        ProposalView draft = proposals.create(new ProposalService.NewDraft(callId, Line.A));
        proposals.update(draft.id(), new ProposalService.DraftUpdate(draft.version(), new ProposalContent(
                "Manutenzione predittiva delle linee di confezionamento alimentare", "PACK-PREDICT",
                "Sensori e modelli che prevedono i guasti delle macchine confezionatrici, provati sulle linee di "
                        + "Parma Foods Lab; prove dei materiali di usura nel laboratorio accreditato.",
                "MECH-ROBOTICS", LocalDate.now(clock).plusMonths(3), 18,
                List.of(new ProposalContent.Partner(foods), new ProposalContent.Partner(lab)), List.of(),
                List.of(budget(lead, ProposalContent.CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH, "180000"),
                        budget(foods, ProposalContent.CostCategory.INSTRUMENTS_AND_EQUIPMENT,
                                ResearchCategory.EXPERIMENTAL_DEVELOPMENT, "70000"),
                        budget(lab, ProposalContent.CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH,
                                "60000")),
                List.of(new ProposalContent.WorkPackage("WP1", "Modelli predittivi dei guasti", 4, 7,
                        "modelli provati su dati storici; obiettivo: linea pilota in produzione",
                        List.of(new ProposalContent.Milestone("Linea pilota monitorata", 14)))),
                new ProposalContent.Trl(4, 7, "modelli provati su dati storici delle linee"))));
        actAs("foods", Role.APPLICANT);
        consents.confirm(draft.id());
        actAs("lab", Role.APPLICANT);
        consents.confirm(draft.id());
        actAs("mecc", Role.APPLICANT);
        return submissions.submit(draft.id(), "demo-pack");
    }

    /**
     * A Line B draft of Agritech Romagna naming Parma Foods Lab as partner, which has not confirmed yet: the invitation
     * is on foods' list of proposals, and the draft's validation list says who has not confirmed.
     */
    void pendingDraft(long callId) {
        actAs("agri", Role.APPLICANT);
        long partner = directory.byVatNumber("00801234568").orElseThrow().id();
        ProposalView draft = proposals.create(new ProposalService.NewDraft(callId, Line.B));
        proposals.update(draft.id(), new ProposalService.DraftUpdate(draft.version(), new ProposalContent(
                "Tracciabilità di filiera con sensori a basso costo", "TRACE-LOW", null, "AGRIFOOD-TRACE", null,
                null, List.of(new ProposalContent.Partner(partner)), List.of(),
                List.of(budget(partner, ProposalContent.CostCategory.PERSONNEL, ResearchCategory.INDUSTRIAL_RESEARCH,
                        "90000")), List.of(), null)));
    }

    private static ProposalContent.BudgetItem budget(long organization, ProposalContent.CostCategory cost,
            ResearchCategory research, String amount) {
        return new ProposalContent.BudgetItem(organization, cost, research, new BigDecimal(amount));
    }

    /** Runs the following service calls as this demo user, so that authorization and audit apply as in a request. */
    void actAs(String username, String role) {
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                .addRole(role).build());
    }
}
