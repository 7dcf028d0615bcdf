package org.openbando.document;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * A request to complete documents (Law 241/1990 art. 6): what is missing and the peremptory term to answer.
 *
 * @param officer who decided the request; {@code decidedAt} when
 */
@PublicApi
public record CompletionRequestData(ProposalHeading heading, List<String> missing, Instant termEndsAt, String officer,
        Instant decidedAt) implements DocumentData {

    public CompletionRequestData {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.COMPLETION_REQUEST;
    }
}
