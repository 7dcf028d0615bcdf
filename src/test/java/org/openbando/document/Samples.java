package org.openbando.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Document data as the proposal feature would fill it, for every kind. */
final class Samples {

    static final long PROTOCOL = 4711;
    static final String SNAPSHOT = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";
    /** 30 April 2026, 12:59:58.123 in Rome (CEST, UTC+2). */
    static final Instant RECEIVED = Instant.parse("2026-04-30T10:59:58.123Z");
    /** When the sample receipt's request arrived: before it was registered (RECEIVED). */
    static final Instant ARRIVED = Instant.parse("2026-04-30T10:59:57.901Z");
    static final Instant DECIDED = Instant.parse("2026-05-12T08:30:00Z");
    /** A term of 10 days from DECIDED as the application sets it: when 23 May begins in Rome. */
    static final Instant TERM_ENDS = Instant.parse("2026-05-22T22:00:00Z");

    private Samples() {
    }

    static ProposalHeading heading() {
        return new ProposalHeading("CLUST-2026", "Progetti di ricerca industriale delle PMI dei Clust-ER 2026", "A",
                "Robot collaborativi per lavorazioni meccaniche in piccoli lotti", "COBOT-SB",
                "Meccanica Fine S.r.l.", "01234567897", PROTOCOL, RECEIVED, SNAPSHOT);
    }

    static DocumentData of(DocumentKind kind) {
        ProposalHeading h = heading();
        return switch (kind) {
            case RECEIPT -> new ReceiptData(h, ARRIVED, "mario.rossi", "MECH-ROBOTICS - Robotica collaborativa",
                    LocalDate.of(2026, 9, 1), 24, List.of(
                            new PartnerLine("Meccanica Fine S.r.l.", "01234567897", "LEAD", new BigDecimal("310000.00")),
                            new PartnerLine("Visione Srl", "09876543217", "ENTERPRISE", new BigDecimal("120000.50")),
                            new PartnerLine("Laboratorio Tecnopolo di Modena", null, "RESEARCH_ORGANISATION", null)),
                    new BigDecimal("1234567.89"), new BigDecimal("910000.00"), new BigDecimal("324567.89"), 3, 4, 7);
            case COMPLETION_REQUEST -> new CompletionRequestData(h,
                    List.of("Dichiarazione sostitutiva sul rispetto della regola de minimis, firmata",
                            "Attestazione del Clust-ER sulla coerenza con l'agenda strategica"),
                    TERM_ENDS, "Olga Funzionaria", DECIDED);
            case NOTICE_BEFORE_REJECTION -> new NoticeBeforeRejectionData(h,
                    List.of("Il TRL iniziale dichiarato (3) è inferiore al minimo del bando (4)"),
                    TERM_ENDS, "Olga Funzionaria", DECIDED);
            case INADMISSIBILITY -> new InadmissibilityData(h,
                    List.of("Il TRL iniziale dichiarato (3) è inferiore al minimo del bando (4)"),
                    "Il prototipo è stato validato in laboratorio nel 2025 (allegato 2).",
                    "L'allegato 2 descrive una prova di concetto, non una validazione in laboratorio (TRL 3).",
                    "Olga Funzionaria", DECIDED);
            case ADMISSION -> new AdmissionData(h, "Ammessa con riserva di verifica del DURC.", "Olga Funzionaria",
                    DECIDED);
            case EVALUATION_SUMMARY -> new EvaluationSummaryData(h, List.of(
                    new EvaluationSummaryData.CriterionLine("EXC", "Eccellenza scientifica", new BigDecimal("29.50"),
                            new BigDecimal("40"), null, "Obiettivi chiari e stato dell'arte ben documentato.", true,
                            null),
                    new EvaluationSummaryData.CriterionLine("IMP", "Impatto", new BigDecimal("14.50"),
                            new BigDecimal("30"), new BigDecimal("15"), "Mercato descritto in modo generico.", false,
                            "Un esperto ritiene il mercato ben individuato (punteggio 20)."),
                    new EvaluationSummaryData.CriterionLine("IMPL", "Attuazione", new BigDecimal("20"),
                            new BigDecimal("30"), null, "Piano di lavoro coerente con le risorse.", true, null)),
                    new BigDecimal("64.00"), new BigDecimal("60"), false, List.of(
                            new EvaluationSummaryData.ReasonLine("CRITERION_BELOW_MINIMUM", "Impatto",
                                    new BigDecimal("14.50"), new BigDecimal("15"))),
                    true, true, "Il prototipo validato in laboratorio giustifica il TRL 4 di partenza.", true, null,
                    3, 2, DECIDED);
            case RANKING_ACT -> rankingAct(List.of(
                    row(1, PROTOCOL, RECEIVED, "COBOT-SB", "Robot collaborativi per lavorazioni meccaniche in piccoli lotti",
                            "Meccanica Fine S.r.l.", "01234567897", "88.50", "600000.00", "600000.00", false, null),
                    row(2, 4720, Instant.parse("2026-04-30T11:02:10.456Z"), "VIS-40", "Visione artificiale per il "
                            + "controllo qualità", "Visione Srl", "09876543217", "82.00", "450000.00", "380000.00", true,
                            null)));
            case FUNDING_DECISION -> new FundingDecisionData(headingLineB(), CUP, COR, LocalDate.of(2026, 5, 4),
                    "PR_BOUTG_Ingresso_0012345_20260505", grant(), false,
                    List.of("Avviare il progetto entro 30 giorni dall'accettazione.",
                            "Rendicontare le spese secondo le scadenze del bando."),
                    30, ACCEPT_BY, 60, JOINING_DUE, "Olga Funzionaria", DECIDED);
            case REVOCATION_NOTICE -> new RevocationNoticeData(headingLineB(), CUP, new BigDecimal("294000.37"),
                    List.of("Entro il termine l'impresa non ha dimostrato l'adesione a un Clust-ER, obbligo della "
                            + "linea B."), JOINING_DUE, 10, Instant.parse("2026-07-22T22:00:00Z"), NOTICE_AT);
            case REVOCATION -> new RevocationData(headingLineB(), CUP, COR, new BigDecimal("294000.37"),
                    List.of("Entro il termine l'impresa non ha dimostrato l'adesione a un Clust-ER, obbligo della "
                            + "linea B."), NOTICE_AT,
                    "La domanda di adesione al Clust-ER è stata presentata il 10 luglio 2026.",
                    Instant.parse("2026-07-20T09:00:00Z"),
                    "La sola domanda di adesione non prova l'iscrizione, che il bando richiede entro il termine.",
                    "Olga Funzionaria", REVOKED);
        };
    }

    static final String CUP = "E37H26000120009";
    static final String COR = "1234567";
    /** The acceptance term of the sample decision: its last day is 11 June 2026. */
    static final Instant ACCEPT_BY = Instant.parse("2026-06-11T22:00:00Z");
    /** The Line B joining term of the sample decision: its last day is 11 July 2026. */
    static final Instant JOINING_DUE = Instant.parse("2026-07-11T22:00:00Z");
    /** When the sample notice before revocation was issued: 12 July 2026, 08:00 in Rome. */
    static final Instant NOTICE_AT = Instant.parse("2026-07-12T06:00:00Z");
    /** When the sample revocation was decided: 28 July 2026, 10:30 in Rome. */
    static final Instant REVOKED = Instant.parse("2026-07-28T08:30:00Z");
    /** The sample reserve list's validity: its last day is 12 May 2027. */
    static final Instant RESERVE_VALID_UNTIL = Instant.parse("2027-05-12T22:00:00Z");

    /** The sample heading, on Line B (the decision then has the joining obligation). */
    static ProposalHeading headingLineB() {
        ProposalHeading h = heading();
        return new ProposalHeading(h.callCode(), h.callTitle(), "B", h.proposalTitle(), h.acronym(), h.leadName(),
                h.leadVatNumber(), h.protocolNumber(), h.receivedAt(), h.snapshotSha256());
    }

    /**
     * The sample ranking act of Line A with these funded rows, one reserve row tied with the last funded one, and one
     * row in each other list.
     */
    static RankingActData rankingAct(List<RankingActData.Row> funded) {
        BigDecimal allocated = funded.stream().map(RankingActData.Row::grant).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RankingActData("CLUST-2026", "Progetti di ricerca industriale delle PMI dei Clust-ER 2026", "A",
                new BigDecimal("980000.00"), null, BigDecimal.ZERO, allocated,
                new BigDecimal("980000.00").subtract(allocated),
                List.of("punteggio finale del criterio Eccellenza scientifica, più alto prima",
                        "ora di arrivo della domanda, più antica prima", "numero di protocollo, più basso prima"),
                "Olga Funzionaria", DECIDED, RESERVE_VALID_UNTIL, funded,
                List.of(row(funded.size() + 1, 4731, Instant.parse("2026-04-30T11:30:00.001Z"), "AGRI-SENS",
                        "Sensori per l'agricoltura di precisione", "Campi Digitali S.p.A.", "12345678903", "82.00",
                        "300000.00", null, false, "a parità di punteggio totale (82) con la posizione precedente, "
                        + "decide il criterio Eccellenza scientifica: 28 contro 30")),
                List.of(new RankingActData.Row(null, 4740, Instant.parse("2026-04-30T12:00:00Z"), null,
                        "Piattaforma logistica", "Trasporti Emilia S.r.l.", "23456789016", new BigDecimal("55.00"),
                        new BigDecimal("200000.00"), null, false, null,
                        List.of("il punteggio totale, 55, è inferiore alla soglia di 60"))),
                List.of(new RankingActData.Row(null, 4750, Instant.parse("2026-04-30T12:30:00Z"), "TRL3",
                        "Materiali compositi riciclati", "Compositi Nuovi S.r.l.", "34567890129", null, null, null,
                        false, null, List.of("Il TRL iniziale dichiarato (3) è inferiore al minimo del bando (4)"))),
                List.of(new RankingActData.Row(null, 4760, Instant.parse("2026-04-30T12:45:00Z"), "DUP",
                        "Domanda presentata due volte", "Officine Riunite S.r.l.", "45678901232",
                        new BigDecimal("70.00"), new BigDecimal("250000.00"), null, false, null,
                        List.of("Stesso progetto già finanziato con il bando CLUST-2025 (doppio finanziamento)"))));
    }

    static RankingActData.Row row(int position, long protocol, Instant arrived, String acronym, String title,
            String lead, String vat, String total, String requested, String grant, boolean partial, String tieNote) {
        return new RankingActData.Row(position, protocol, arrived, acronym, title, lead, vat, new BigDecimal(total),
                new BigDecimal(requested), grant == null ? null : new BigDecimal(grant), partial, tieNote, List.of());
    }

    /** Two partners, the lead a small enterprise, in effective collaboration (the lead bears 69.99%). */
    static GrantLines grant() {
        return new GrantLines(List.of(
                new GrantLines.Partner("Meccanica Fine S.r.l.", "01234567897", "LEAD", "piccola impresa", List.of(
                        new GrantLines.Category("ricerca industriale", new BigDecimal("180000.00"), new BigDecimal("80"),
                                "50 + 20 + 15 = 85, limitata all'80", new BigDecimal("144000.00")),
                        new GrantLines.Category("sviluppo sperimentale", new BigDecimal("100000.00"),
                                new BigDecimal("60"), "25 + 20 + 15 = 60", new BigDecimal("60000.00"))),
                        new BigDecimal("280000.00"), new BigDecimal("204000.00")),
                new GrantLines.Partner("Visione Srl", "09876543217", "PARTNER", "media impresa", List.of(
                        new GrantLines.Category("ricerca industriale", new BigDecimal("120000.50"), new BigDecimal("75"),
                                "50 + 10 + 15 = 75", new BigDecimal("90000.37"))),
                        new BigDecimal("120000.50"), new BigDecimal("90000.37"))),
                "Collaborazione effettiva tra imprese: due imprese, almeno una PMI, nessuna sostiene più del 70% dei "
                        + "costi ammissibili (la quota maggiore è il 69,99%): +15 punti.",
                new BigDecimal("400000.50"), new BigDecimal("294000.37"), new BigDecimal("294000.37"), false,
                "Il contributo di ogni categoria è il costo ammissibile per l'intensità, arrotondato per difetto al "
                        + "centesimo; quello del partner è la somma delle sue categorie, quello del progetto la somma "
                        + "dei partner.");
    }

    /** The sentence that says what the document is, in each language. */
    static String keySentence(DocumentKind kind, String language) {
        boolean en = "en".equals(language);
        return switch (kind) {
            case RECEIPT -> en ? "arrived at the server on 30 April 2026, 12:59:57.901 (Rome time, UTC+02:00) and "
                    + "was registered with protocol number 4711 on 30 April 2026, 12:59:58.123 (Rome time, UTC+02:00)."
                    : "è arrivata al server il 30 aprile 2026, ore 12:59:57,901 (ora di Roma, UTC+02:00) ed è stata "
                    + "protocollata con il numero 4711 il 30 aprile 2026, ore 12:59:58,123 (ora di Roma, UTC+02:00).";
            case COMPLETION_REQUEST -> en ? "must be received by the peremptory term of 22 May 2026."
                    : "devono pervenire entro il termine perentorio del 22 maggio 2026.";
            case NOTICE_BEFORE_REJECTION -> en ? "Under Article 10-bis of Italian Law no. 241 of 7 August 1990"
                    : "Ai sensi dell'art. 10-bis della legge 7 agosto 1990, n. 241";
            case INADMISSIBILITY -> en ? "the proposal is declared inadmissible for the following reasons"
                    : "la domanda è dichiarata inammissibile per i seguenti motivi";
            case ADMISSION -> en ? "is admitted to evaluation on the merits"
                    : "è ammessa alla valutazione di merito";
            case EVALUATION_SUMMARY -> en ? "the score of criterion Impatto, 14.5, is below its minimum of 15"
                    : "il punteggio del criterio Impatto, 14,5, è inferiore al minimo di 15";
            case RANKING_ACT -> en ? "approves the ranking of Line A of the call above"
                    : "approva la graduatoria della linea A del bando indicato sopra";
            case FUNDING_DECISION -> en ? "the project above is granted aid totalling €294,000.37"
                    : "al progetto indicato sopra è concesso un contributo complessivo di 294.000,37 €";
            case REVOCATION_NOTICE -> en ? "the office gives notice of the reasons for which it intends to revoke the "
                    + "grant of €294,000.37" : "si comunicano i motivi per i quali si intende revocare il contributo di "
                    + "294.000,37 €";
            case REVOCATION -> en ? "is revoked for the following reasons" : "è revocato per i seguenti motivi";
        };
    }

    /** The closing sentence that says who decided and when; null for the documents without one. */
    static String closing(DocumentKind kind, String language) {
        boolean en = "en".equals(language);
        return switch (kind) {
            case RECEIPT, EVALUATION_SUMMARY -> null;
            case RANKING_ACT -> en ? "Ranking approved by Olga Funzionaria on 12 May 2026, 10:30 (Rome time)."
                    : "Graduatoria approvata da Olga Funzionaria il 12 maggio 2026, ore 10:30 (ora di Roma).";
            case REVOCATION_NOTICE -> en ? "Notice issued on 12 July 2026, 08:00 (Rome time)."
                    : "Comunicazione emessa il 12 luglio 2026, ore 08:00 (ora di Roma).";
            case REVOCATION -> en ? "Decision taken by Olga Funzionaria on 28 July 2026, 10:30 (Rome time)."
                    : "Decisione adottata da Olga Funzionaria il 28 luglio 2026, ore 10:30 (ora di Roma).";
            default -> en ? "Decision taken by Olga Funzionaria on 12 May 2026, 10:30 (Rome time)."
                    : "Decisione adottata da Olga Funzionaria il 12 maggio 2026, ore 10:30 (ora di Roma).";
        };
    }
}
