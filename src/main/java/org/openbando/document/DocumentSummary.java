package org.openbando.document;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/** What is known about an issued document without its bytes: for lists of a proposal's documents. */
@PublicApi
public record DocumentSummary(long id, long proposalId, DocumentKind kind, String reference, String language,
        String fileName, int sizeBytes, String sha256, String issuedBy, Instant issuedAt) {
}
