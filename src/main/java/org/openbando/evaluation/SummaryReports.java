package org.openbando.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.openbando.call.EvaluationRules;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentKind;
import org.openbando.document.DocumentService;
import org.openbando.document.EvaluationSummaryData;
import org.openbando.proposal.ProposalService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;
import org.openbando.submission.ReceiptDocuments;

/**
 * The Evaluation Summary Report of a concluded evaluation: issued once in Italian and once in English (two documents
 * of kind EVALUATION_SUMMARY, references {@code evaluation:<id>:it} and {@code evaluation:<id>:en}), stored with their
 * SHA-256 and served byte-identical. Officers and auditors read it at once; the applicant once it is released with
 * the ranking ({@link Consensus#release}), 404 until then.
 */
@ApplicationScoped
class SummaryReports {

    static final List<String> LANGUAGES = List.of("it", "en");

    private final DocumentService documents;
    private final ReceiptDocuments receipts;
    private final ProposalService proposals;
    private final Panels panels;
    private final Consensus consensus;
    private final ObjectMapper json;

    SummaryReports(DocumentService documents, ReceiptDocuments receipts, ProposalService proposals, Panels panels,
            Consensus consensus, ObjectMapper json) {
        this.documents = documents;
        this.receipts = receipts;
        this.proposals = proposals;
        this.panels = panels;
        this.consensus = consensus;
        this.json = json;
    }

    static String reference(long evaluationId, String language) {
        return "evaluation:" + evaluationId + ":" + language;
    }

    /** Issues both languages (once: issuing again returns the stored documents). */
    @Transactional(Transactional.TxType.MANDATORY)
    List<DocumentFile> issue(long submissionId) {
        Evaluation evaluation = panels.evaluation(submissionId);
        if (evaluation.status != EvaluationStatus.EVALUATED_FUNDABLE
                && evaluation.status != EvaluationStatus.EVALUATED_NOT_FUNDABLE) {
            throw new IllegalStateException("The evaluation of submission " + submissionId + " is " + evaluation.status
                    + ": it has no summary report");
        }
        EvaluationSummaryData data = data(evaluation);
        List<DocumentFile> files = new ArrayList<>();
        for (String language : LANGUAGES) {
            files.add(documents.issue(evaluation.proposalId, reference(evaluation.id, language), language,
                    AuditTrail.SYSTEM, data));
        }
        return files;
    }

    /** The report in a language for {@code user} (see the class comment). */
    DocumentFile read(long submissionId, String language, String user) {
        String lang = language == null || language.isBlank() ? "it" : language.trim().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw ProblemException.invalid("lang", "must be it or en");
        }
        Evaluation evaluation = QuarkusTransaction.requiringNew().call(() -> {
            Evaluation e = panels.evaluation(submissionId);
            if (!panels.readsAll(user)) {
                proposals.readable(e.proposalId); // 404 for who may not read the proposal
                ConsensusReport report = ConsensusReport.of(e.id);
                if (report == null || report.releasedAt == null) {
                    throw ProblemException.notFound("Evaluation Summary Report of submission", submissionId);
                }
            }
            return e;
        });
        return documents.find(evaluation.proposalId, DocumentKind.EVALUATION_SUMMARY,
                reference(evaluation.id, lang)).orElseGet(() -> {
                    if (!evaluation.status.concluded() || evaluation.status == EvaluationStatus.CLOSED) {
                        throw ProblemException.notFound("Evaluation Summary Report of submission", submissionId);
                    }
                    // concluded, the process has not issued it yet: issue it now, as it would
                    return QuarkusTransaction.requiringNew().call(() -> issue(submissionId)).get(
                            LANGUAGES.indexOf(lang));
                });
    }

    private EvaluationSummaryData data(Evaluation evaluation) {
        EvaluationRules rules = panels.rules(evaluation);
        ConsensusReport report = ConsensusReport.of(evaluation.id);
        Consensus.Content content = consensus.content(report);
        ConsensusForm form = content.form();
        List<EvaluationSummaryData.CriterionLine> criteria = new ArrayList<>();
        for (EvaluationRules.Criterion c : rules.criteria()) {
            ConsensusForm.ConsensusScore s = form.score(c.code());
            criteria.add(new EvaluationSummaryData.CriterionLine(c.code(), c.name(), s.score(), c.maxScore(),
                    c.minScore(), s.comment(), s.agreed(), s.minorityView()));
        }
        List<EvaluationSummaryData.ReasonLine> reasons = consensus.reasons(report).stream()
                .map(r -> new EvaluationSummaryData.ReasonLine(r.code().name(), r.criterion() == null ? null
                        : rules.criterion(r.criterion()) == null ? r.criterion()
                                : rules.criterion(r.criterion()).name(), r.value(), r.limit())).toList();
        EvaluationAssignment rapporteur = EvaluationAssignment.<EvaluationAssignment>find(
                "evaluationId = ?1 and expert = ?2 order by id desc", evaluation.id, report.rapporteur).firstResult();
        ConsensusForm.TrlVerdict trl = form.trl();
        return new EvaluationSummaryData(receipts.heading(evaluation.submissionId).heading(), criteria, report.total,
                rules.threshold(), report.fundable, reasons, trl.startCredible(), trl.targetReachable(), trl.reason(),
                trl.agreed(), trl.minorityView(), rules.evaluatorsPerProposal(),
                rapporteur == null ? 1 : rapporteur.seat, evaluation.concludedAt);
    }
}
