package org.openbando.document;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/** The notice that a proposal is admissible and admitted to evaluation. {@code notes} may be null. */
@PublicApi
public record AdmissionData(ProposalHeading heading, String notes, String officer, Instant decidedAt)
        implements DocumentData {

    @Override
    public DocumentKind kind() {
        return DocumentKind.ADMISSION;
    }

    public boolean hasNotes() {
        return notes != null && !notes.isBlank();
    }
}
