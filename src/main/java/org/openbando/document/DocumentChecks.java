package org.openbando.document;

import java.util.List;
import java.util.regex.Pattern;
import org.openbando.shared.Problem.FieldViolation;

/**
 * What a document needs before it can be issued: a document that states "not stated" where the law wants a fact
 * (the reasons, the term, who decided) would be worse than no document. Field paths start at {@code data}.
 */
final class DocumentChecks {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private DocumentChecks() {
    }

    static void check(DocumentData data, List<FieldViolation> errors) {
        ProposalHeading h = data.heading();
        if (h == null) {
            errors.add(new FieldViolation("data.heading", "must not be null"));
        } else {
            text(h.callCode(), "data.heading.callCode", errors);
            text(h.callTitle(), "data.heading.callTitle", errors);
            if (!"A".equals(h.line()) && !"B".equals(h.line())) {
                errors.add(new FieldViolation("data.heading.line", "must be A or B"));
            }
            text(h.proposalTitle(), "data.heading.proposalTitle", errors);
            text(h.leadName(), "data.heading.leadName", errors);
            text(h.leadVatNumber(), "data.heading.leadVatNumber", errors);
            if (h.protocolNumber() <= 0) {
                errors.add(new FieldViolation("data.heading.protocolNumber", "must be positive"));
            }
            present(h.receivedAt(), "data.heading.receivedAt", errors);
            if (h.snapshotSha256() == null || !SHA256.matcher(h.snapshotSha256()).matches()) {
                errors.add(new FieldViolation("data.heading.snapshotSha256", "must be 64 lower-case hex digits"));
            }
        }
        if (data instanceof ReceiptData r) {
            present(r.arrivedAt(), "data.arrivedAt", errors);
            text(r.submittedBy(), "data.submittedBy", errors);
            for (int i = 0; i < r.partners().size(); i++) {
                PartnerLine p = r.partners().get(i);
                if (p == null) {
                    errors.add(new FieldViolation("data.partners[" + i + "]", "must not be null"));
                } else {
                    text(p.name(), "data.partners[" + i + "].name", errors);
                    text(p.role(), "data.partners[" + i + "].role", errors);
                }
            }
            if (r.workPackages() < 0) {
                errors.add(new FieldViolation("data.workPackages", "must not be negative"));
            }
        } else if (data instanceof CompletionRequestData c) {
            items(c.missing(), "data.missing", errors);
            present(c.termEndsAt(), "data.termEndsAt", errors);
            decided(c.officer(), c.decidedAt(), errors);
        } else if (data instanceof NoticeBeforeRejectionData n) {
            items(n.reasons(), "data.reasons", errors);
            present(n.observationsDueAt(), "data.observationsDueAt", errors);
            decided(n.officer(), n.decidedAt(), errors);
        } else if (data instanceof InadmissibilityData i) {
            items(i.reasons(), "data.reasons", errors);
            if (i.hasObservations()) {
                text(i.answerToObservations(), "data.answerToObservations", errors);
            }
            decided(i.officer(), i.decidedAt(), errors);
        } else if (data instanceof AdmissionData a) {
            decided(a.officer(), a.decidedAt(), errors);
        } else if (data instanceof EvaluationSummaryData e) {
            evaluationSummary(e, errors);
        }
    }

    private static void evaluationSummary(EvaluationSummaryData e, List<FieldViolation> errors) {
        if (e.criteria().isEmpty()) {
            errors.add(new FieldViolation("data.criteria", "must name at least one criterion"));
        }
        for (int i = 0; i < e.criteria().size(); i++) {
            EvaluationSummaryData.CriterionLine c = e.criteria().get(i);
            String field = "data.criteria[" + i + "]";
            if (c == null) {
                errors.add(new FieldViolation(field, "must not be null"));
                continue;
            }
            text(c.name(), field + ".name", errors);
            present(c.score(), field + ".score", errors);
            present(c.max(), field + ".max", errors);
            text(c.comment(), field + ".comment", errors);
        }
        present(e.total(), "data.total", errors);
        present(e.threshold(), "data.threshold", errors);
        if (!e.fundable() && e.reasons().isEmpty()) {
            errors.add(new FieldViolation("data.reasons", "a proposal that is not fundable needs its reasons"));
        }
        text(e.trlReason(), "data.trlReason", errors);
        if (e.panelSize() < 1 || e.rapporteurSeat() < 1 || e.rapporteurSeat() > e.panelSize()) {
            errors.add(new FieldViolation("data.rapporteurSeat", "must be a seat of the panel"));
        }
        present(e.concludedAt(), "data.concludedAt", errors);
    }

    private static void decided(String officer, Object decidedAt, List<FieldViolation> errors) {
        text(officer, "data.officer", errors);
        present(decidedAt, "data.decidedAt", errors);
    }

    private static void items(List<String> items, String field, List<FieldViolation> errors) {
        if (items.isEmpty()) {
            errors.add(new FieldViolation(field, "must name at least one item"));
        }
        for (int i = 0; i < items.size(); i++) {
            text(items.get(i), field + "[" + i + "]", errors);
        }
    }

    private static void text(String value, String field, List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "must not be blank"));
        }
    }

    private static void present(Object value, String field, List<FieldViolation> errors) {
        if (value == null) {
            errors.add(new FieldViolation(field, "must not be null"));
        }
    }
}
