package org.openbando.document;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The decision that a proposal is inadmissible.
 *
 * @param observations the applicant's observations after the notice before rejection; null when none were sent
 * @param answerToObservations why the observations were not accepted; required when observations were sent
 */
@PublicApi
public record InadmissibilityData(ProposalHeading heading, List<String> reasons, String observations,
        String answerToObservations, String officer, Instant decidedAt) implements DocumentData {

    public InadmissibilityData {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.INADMISSIBILITY;
    }

    /** Whether the applicant sent observations (then the decision must answer them). */
    public boolean hasObservations() {
        return observations != null && !observations.isBlank();
    }
}
