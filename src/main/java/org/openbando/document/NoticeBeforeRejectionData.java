package org.openbando.document;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/** A notice before rejection (Law 241/1990 art. 10-bis): the reasons and the term for observations. */
@PublicApi
public record NoticeBeforeRejectionData(ProposalHeading heading, List<String> reasons, Instant observationsDueAt,
        String officer, Instant decidedAt) implements DocumentData {

    public NoticeBeforeRejectionData {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.NOTICE_BEFORE_REJECTION;
    }
}
