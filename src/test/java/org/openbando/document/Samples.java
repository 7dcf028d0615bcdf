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
            // issue 14 skeleton: the document helper adds their samples
            case RANKING_ACT, FUNDING_DECISION, REVOCATION_NOTICE, REVOCATION -> throw new UnsupportedOperationException(
                    "no sample yet for " + kind);
        };
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
            case RANKING_ACT, FUNDING_DECISION, REVOCATION_NOTICE, REVOCATION -> throw new UnsupportedOperationException(
                    "no sample yet for " + kind);
        };
    }
}
