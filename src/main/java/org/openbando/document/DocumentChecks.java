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
    /** The CUP's format (a funding act must carry it). */
    private static final Pattern CUP = Pattern.compile("^[A-Z][0-9]{2}[A-Z][0-9]{11}$");

    private DocumentChecks() {
    }

    static void check(DocumentData data, List<FieldViolation> errors) {
        ProposalHeading h = data.heading();
        if (data.kind().ownedByCall()) {
            // a call's document has no proposal heading: its own checks below name the call
        } else if (h == null) {
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
        } else if (data instanceof RankingActData r) {
            rankingAct(r, errors);
        } else if (data instanceof FundingDecisionData d) {
            fundingDecision(d, errors);
        } else if (data instanceof RevocationNoticeData n) {
            text(n.cup(), "data.cup", errors);
            present(n.grant(), "data.grant", errors);
            items(n.reasons(), "data.reasons", errors);
            if (n.observationsTermDays() < 1) {
                errors.add(new FieldViolation("data.observationsTermDays", "must be positive"));
            }
            present(n.observationsDueAt(), "data.observationsDueAt", errors);
            present(n.issuedAt(), "data.issuedAt", errors);
        } else if (data instanceof RevocationData v) {
            text(v.cup(), "data.cup", errors);
            text(v.cor(), "data.cor", errors);
            present(v.grant(), "data.grant", errors);
            items(v.reasons(), "data.reasons", errors);
            present(v.noticeAt(), "data.noticeAt", errors);
            if (v.hasObservations()) {
                present(v.observationsAt(), "data.observationsAt", errors);
                text(v.whyNotAccepted(), "data.whyNotAccepted", errors);
            }
            text(v.revokedBy(), "data.revokedBy", errors);
            present(v.revokedAt(), "data.revokedAt", errors);
        }
    }

    private static void rankingAct(RankingActData r, List<FieldViolation> errors) {
        text(r.callCode(), "data.callCode", errors);
        text(r.callTitle(), "data.callTitle", errors);
        if (!"A".equals(r.line()) && !"B".equals(r.line())) {
            errors.add(new FieldViolation("data.line", "must be A or B"));
        }
        present(r.budget(), "data.budget", errors);
        present(r.allocated(), "data.allocated", errors);
        present(r.remainder(), "data.remainder", errors);
        items(r.tieBreaks(), "data.tieBreaks", errors);
        text(r.approvedBy(), "data.approvedBy", errors);
        present(r.approvedAt(), "data.approvedAt", errors);
        present(r.reserveValidUntil(), "data.reserveValidUntil", errors);
        rows(r.funded(), "data.funded", false, errors);
        rows(r.reserve(), "data.reserve", false, errors);
        rows(r.notFundable(), "data.notFundable", true, errors);
        rows(r.inadmissible(), "data.inadmissible", true, errors);
        rows(r.excluded(), "data.excluded", true, errors);
        for (int i = 0; i < r.funded().size(); i++) {
            if (r.funded().get(i) != null) {
                present(r.funded().get(i).grant(), "data.funded[" + i + "].grant", errors);
            }
        }
    }

    private static void rows(List<RankingActData.Row> rows, String field, boolean withReasons,
            List<FieldViolation> errors) {
        for (int i = 0; i < rows.size(); i++) {
            RankingActData.Row row = rows.get(i);
            String at = field + "[" + i + "]";
            if (row == null) {
                errors.add(new FieldViolation(at, "must not be null"));
                continue;
            }
            text(row.title(), at + ".title", errors);
            text(row.leadName(), at + ".leadName", errors);
            if (withReasons) {
                items(row.reasons(), at + ".reasons", errors);
            }
        }
    }

    private static void fundingDecision(FundingDecisionData d, List<FieldViolation> errors) {
        if (d.cup() == null || !CUP.matcher(d.cup()).matches()) {
            errors.add(new FieldViolation("data.cup", "must be a CUP: a letter, 2 digits, a letter, 11 digits"));
        }
        text(d.cor(), "data.cor", errors);
        present(d.durcIssuedOn(), "data.durcIssuedOn", errors);
        GrantLines g = d.grant();
        if (g == null) {
            errors.add(new FieldViolation("data.grant", "must not be null"));
        } else {
            if (g.partners().isEmpty()) {
                errors.add(new FieldViolation("data.grant.partners", "must name at least one partner"));
            }
            for (int i = 0; i < g.partners().size(); i++) {
                GrantLines.Partner p = g.partners().get(i);
                String at = "data.grant.partners[" + i + "]";
                if (p == null) {
                    errors.add(new FieldViolation(at, "must not be null"));
                    continue;
                }
                text(p.name(), at + ".name", errors);
                present(p.grant(), at + ".grant", errors);
                for (int j = 0; j < p.categories().size(); j++) {
                    GrantLines.Category c = p.categories().get(j);
                    if (c == null) {
                        errors.add(new FieldViolation(at + ".categories[" + j + "]", "must not be null"));
                    } else {
                        present(c.grant(), at + ".categories[" + j + "].grant", errors);
                        present(c.intensity(), at + ".categories[" + j + "].intensity", errors);
                    }
                }
            }
            text(g.collaboration(), "data.grant.collaboration", errors);
            text(g.rounding(), "data.grant.rounding", errors);
            present(g.grant(), "data.grant.grant", errors);
            present(g.eligibleCost(), "data.grant.eligibleCost", errors);
        }
        if (d.acceptanceTermDays() < 1) {
            errors.add(new FieldViolation("data.acceptanceTermDays", "must be positive"));
        }
        present(d.acceptBy(), "data.acceptBy", errors);
        if (d.heading() != null && "B".equals(d.heading().line())) {
            present(d.joiningTermDays(), "data.joiningTermDays", errors);
            present(d.joiningDueAt(), "data.joiningDueAt", errors);
        }
        for (int i = 0; i < d.obligations().size(); i++) {
            text(d.obligations().get(i), "data.obligations[" + i + "]", errors);
        }
        text(d.decidedBy(), "data.decidedBy", errors);
        present(d.decidedAt(), "data.decidedAt", errors);
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
