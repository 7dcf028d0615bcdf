package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@link ProjectFacts} of a call in a few bulk reads through the features' facades (submissions, the
 * frozen snapshots, admissibility, ranking, funding, organisations), never their tables.
 */
@ApplicationScoped
public class ProjectFactsReader {

    /** The facts of a call's projects (withdrawn submissions left out), in protocol order, and when they were read. */
    public record Read(Instant readAt, List<ProjectFacts> projects) {
    }

    public Read ofCall(long callId) {
        throw new UnsupportedOperationException("issue 15: h15-facts");
    }

    public Optional<ProjectFacts> ofSubmission(long submissionId) {
        throw new UnsupportedOperationException("issue 15: h15-facts");
    }
}
