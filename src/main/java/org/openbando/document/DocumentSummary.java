package org.openbando.document;

import java.time.Instant;

/** What is known about an issued document without its bytes: for lists of a proposal's documents. */
public record DocumentSummary(long id, long proposalId, DocumentKind kind, String reference, String language,
        String fileName, int sizeBytes, String sha256, String issuedBy, Instant issuedAt) {
}
