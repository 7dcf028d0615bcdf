package org.openbando.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbando.document.DocumentService;
import org.openbando.document.EvaluationSummaryData;
import org.openbando.document.EvaluationSummaryData.CriterionLine;
import org.openbando.document.EvaluationSummaryData.ReasonLine;
import org.openbando.document.PdfA;
import org.openbando.document.PdfRenderer;
import org.openbando.document.ProposalHeading;
import org.openbando.shared.ProblemException;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The Evaluation Summary Report says the outcome and its reasons in either language, PDF/A, experts by seat only. */
@QuarkusTest
class EvaluationSummaryTest {

    static final ProposalHeading HEADING = new ProposalHeading("CLUST-2026", "Bando Clust-ER 2026", "B",
            "Gemello digitale di una linea di confezionamento", "TWIN-PACK", "Imballaggi Rossi S.p.A.", "01234567897",
            812, Instant.parse("2026-04-30T10:00:00Z"), "a".repeat(64));

    @Inject
    PdfRenderer renderer;
    @Inject
    DocumentService documents;

    static EvaluationSummaryData notFundable(List<ReasonLine> reasons) {
        return new EvaluationSummaryData(HEADING, List.of(
                new CriterionLine("INNOVATIVENESS", "Innovatività della proposta", new BigDecimal("12.50"),
                        new BigDecimal("30"), null, "Soluzione già diffusa sul mercato.", true, null),
                new CriterionLine("TEAM", "Adeguatezza del gruppo di lavoro", new BigDecimal("6"), new BigDecimal("15"),
                        new BigDecimal("7"), "Competenze di automazione assenti.", false,
                        "Un esperto valuta adeguato il laboratorio partner.")),
                new BigDecimal("41.67"), new BigDecimal("60"), false, reasons, false, true,
                "Il TRL 5 dichiarato non è dimostrato: manca la validazione in ambiente rilevante.", false,
                "Un esperto ritiene sufficiente la prova in laboratorio.", 3, 3, Instant.parse("2026-06-15T09:00:00Z"));
    }

    @Test
    void aProposalThatIsNotFundableIsToldEveryReasonInItsLanguage() throws Exception {
        EvaluationSummaryData data = notFundable(List.of(
                new ReasonLine("TOTAL_BELOW_THRESHOLD", null, new BigDecimal("41.67"), new BigDecimal("60")),
                new ReasonLine("CRITERION_BELOW_MINIMUM", "Adeguatezza del gruppo di lavoro", new BigDecimal("6"),
                        new BigDecimal("7")),
                new ReasonLine("TRL_START_NOT_CREDIBLE", null, null, null)));
        byte[] it = renderer.render(data, "it");
        byte[] en = renderer.render(data, "en");
        assertThat(PdfA.validate(it, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        assertThat(PdfA.validate(en, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        assertThat(ConsensusTest.text(it))
                .contains("Sintesi della valutazione")
                .contains("12,5 su 30").contains("6 su 15").contains("minimo 7")
                .contains("41,67 su 100").contains("Soglia di finanziabilità (su 100) 60")
                .contains("non è finanziabile")
                .contains("il punteggio totale, 41,67, è inferiore alla soglia di 60")
                .contains("il punteggio del criterio Adeguatezza del gruppo di lavoro, 6, è inferiore al minimo di 7")
                .contains("il TRL dichiarato alla partenza non è credibile")
                .contains("Parere di minoranza: Un esperto valuta adeguato il laboratorio partner.")
                .contains("dall'Esperto 3").contains("gruppo di 3 esperti")
                .contains("15 giugno 2026");
        assertThat(ConsensusTest.text(en))
                .contains("Evaluation Summary Report")
                .contains("12.5 out of 30").contains("41.67 out of 100")
                .contains("the total score, 41.67, is below the threshold of 60")
                .contains("the TRL declared at the start is not credible")
                .contains("by Expert 3")
                .doesNotContain("non è finanziabile");
    }

    @Test
    void aSummaryThatIsNotFundableWithoutReasonsIsNeverIssued() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> documents.issue(1, "evaluation:1:it",
                "it", "system", notFundable(List.of())))).isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.errors()).extracting(e -> e.field()).contains("data.reasons"));
    }
}
