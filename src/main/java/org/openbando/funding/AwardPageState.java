package org.openbando.funding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openbando.call.GrantComputation;
import org.openbando.document.DocumentSummary;

/**
 * What the funding pages (the officer's checklist and the beneficiary's page) derive from an award and the last form:
 * which forms they offer, the error under each input of the form that failed, the explanation of each intensity in the
 * visitor's language, the documents of the award.
 *
 * @param lang      the visitor's language ({@code it} or {@code en}), for the explanations of the intensities
 * @param action    the form the errors are about ({@code cup}, {@code verdict-17}, ...), or null
 * @param errors    the message under each input of that form, by input name ({@code form}: about the whole form)
 * @param form      the values typed in that form, shown again
 * @param actingFor the organisations of the consortium the visitor acts for (empty for officers and auditors)
 * @param leadId    the lead's organisation (the first partner of the computation)
 */
public record AwardPageState(AwardView a, String lang, String action, Map<String, String> errors,
        Map<String, String> form, Set<Long> actingFor, Long leadId, List<DocumentSummary> documents) {

    /** The error under a field of a form, when that form is the one that failed. */
    public String error(String formName, String field) {
        return formName.equals(action) ? errors.get(field) : null;
    }

    /** The error under a field of the form of one object ({@code verdict-17}). */
    public String error(String formName, Object id, String field) {
        return error(formName + "-" + id, field);
    }

    /** The value typed in the failed form, or the value given. */
    public String typed(String formName, String field, String otherwise) {
        return formName.equals(action) && form.get(field) != null ? form.get(field) : otherwise;
    }

    /** Whether the failed form had this value chosen in a list (an enterprise, a cluster). */
    public boolean chosen(String formName, String field, long value) {
        return String.valueOf(value).equals(typed(formName, field, null));
    }

    /** The sentence that explains a category's intensity ("small enterprise, industrial research, ...: 60%"). */
    public String explain(GrantComputation.PartnerGrant partner, GrantComputation.CategoryGrant category) {
        return category.intensity().explain(partner.participant().effectiveSize(), lang);
    }

    /** The sentence that judges the collaboration (effective or not, on what figures), as the computation words it. */
    public String collaboration() {
        return a.computation().collaboration().explain(lang);
    }

    public boolean hasComputation() {
        return a.computation() != null;
    }

    /** The beneficiary acts for the lead: accepts, renounces, sends observations. */
    public boolean lead() {
        return leadId != null && actingFor.contains(leadId);
    }

    /** The enterprises of a Line B consortium whose proof the visitor may attach (the lead's users: all of them). */
    public List<AwardView.Joiner> joinersToProve() {
        return a.toJoin().stream().filter(j -> !j.confirmed())
                .filter(j -> lead() || actingFor.contains(j.organizationId())).toList();
    }

    /** The proofs the visitor may see: all for the lead and officers; an enterprise's own otherwise. */
    public List<AwardView.Proof> visibleProofs() {
        return a.proofs().stream().filter(p -> actingFor.isEmpty() || lead() || actingFor.contains(p.organizationId()))
                .toList();
    }

    public boolean concession() {
        return a.status() == AwardStatus.CONCESSION;
    }

    public boolean decided() {
        return a.decidedAt() != null;
    }

    /** The decision is ordered but its document not issued yet (the process issues it asynchronously). */
    public boolean decisionPending() {
        return a.status() == AwardStatus.DECIDED && a.decisionDocumentId() == null;
    }

    /** Acceptance or renunciation is still open to the beneficiary. */
    public boolean acceptanceOpen() {
        return a.status() == AwardStatus.DECIDED;
    }

    /** After acceptance: partial renunciation (and the whole). */
    public boolean accepted() {
        return a.status() == AwardStatus.ACCEPTED;
    }

    /** A Line B project whose decision is issued: the obligation to join applies. */
    public boolean joiningApplies() {
        return a.joining() != JoiningStatus.NOT_REQUIRED && decided();
    }

    /** Proofs may be attached while the term runs or a proof awaits the officer. */
    public boolean proofsOpen() {
        return (a.joining() == JoiningStatus.PENDING || a.joining() == JoiningStatus.PROOF_SUBMITTED)
                && (a.status() == AwardStatus.DECIDED || a.status() == AwardStatus.ACCEPTED);
    }

    /** The notice before revocation is issued and no observations are in: the beneficiary may send them. */
    public boolean observationsOpen() {
        return a.joining() == JoiningStatus.NOTICE && a.observations() == null && a.revokedAt() == null;
    }

    /** The officer decides on the revocation after a notice. */
    public boolean revocationOpen() {
        return a.joining() == JoiningStatus.NOTICE && a.revokedAt() == null;
    }

    public boolean ended() {
        return a.status() == AwardStatus.RENOUNCED || a.status() == AwardStatus.FORFEITED
                || a.status() == AwardStatus.REVOKED;
    }

    /** Maps each document id of the award to its summary (kind, date, hash), in the award's order. */
    public static List<DocumentSummary> documentsOf(AwardView a, Function<Long, List<DocumentSummary>> ofProposal) {
        if (a.documentIds() == null || a.documentIds().isEmpty()) {
            return List.of();
        }
        Set<Long> ids = Set.copyOf(a.documentIds());
        return ofProposal.apply(a.proposalId()).stream().filter(d -> ids.contains(d.id())).toList();
    }
}
