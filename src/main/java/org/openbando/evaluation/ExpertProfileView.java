package org.openbando.evaluation;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * An expert (a user with the role EVALUATOR) and the profile, if any ({@code profiled} false: the fields are empty and
 * {@code version} is null until an officer creates it).
 */
@PublicApi
public record ExpertProfileView(String username, String displayName, boolean profiled, String affiliationName,
        String affiliationVat, List<String> clusterCodes, List<String> areaCodes, List<String> languages,
        Integer maxProposalsPerCall, boolean active, Long version, Instant updatedAt, String updatedBy) {
}
