package org.openbando.funding;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentService;
import org.openbando.proposal.PdfResponses;
import org.openbando.shared.ProblemException;

/** What the officer's and the beneficiary's funding pages share: downloads of an award's files, errors of a form. */
final class FundingDownloads {

    private FundingDownloads() {
    }

    /** An issued document of the award: one of its own (decision, notice, revocation), else 404. */
    static Response document(AwardView a, long documentId, DocumentService documents) {
        if (a.documentIds() == null || !a.documentIds().contains(documentId)) {
            throw ProblemException.notFound("Document", documentId);
        }
        DocumentFile file = documents.get(a.proposalId(), documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
        return PdfResponses.pdf(file);
    }

    /** A proof of membership of the award, with its file name and hash as the award records them. */
    static Response proof(AwardView a, long proofId, byte[] content) {
        AwardView.Proof proof = a.proofs().stream().filter(p -> p.id() == proofId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Proof", proofId));
        return PdfResponses.pdf(content, proof.fileName(), proof.sha256());
    }

    /** The lead's organisation: the first partner of the computation (the lead comes first). */
    static Long leadOf(AwardView a) {
        return a.computation() == null || a.computation().partners().isEmpty() ? null
                : a.computation().partners().get(0).participant().organizationId();
    }

    /**
     * The errors of a refused form by input name: what could not be read as typed first, then the problem's own
     * errors on the form's inputs; the rest (and a problem without field errors: a conflict, a refusal) under
     * {@code form}.
     */
    static Map<String, String> errors(ProblemException problem, Set<String> fields, Map<String, String> typing) {
        Map<String, String> errors = new LinkedHashMap<>(typing);
        StringBuilder other = new StringBuilder();
        problem.errors().forEach(e -> {
            String field = e.field().replaceAll("\\[\\d+]$", "");
            if (fields.contains(field)) {
                errors.putIfAbsent(field, e.message());
            } else {
                other.append(other.isEmpty() ? "" : "; ").append(field).append(": ").append(e.message());
            }
        });
        if (!other.isEmpty()) {
            errors.put("form", other.toString());
        } else if (errors.isEmpty()) {
            errors.put("form", problem.getMessage());
        }
        return errors;
    }
}
