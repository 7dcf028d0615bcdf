package org.openbando.evaluation;

import java.time.Instant;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The panel of a proposal as it is, and the experts the system proposes for its empty seats ({@link PanelProposer}):
 * those who may sit, best first, and those who may not, with the reason. {@code suggested} fills the empty seats with
 * the first proposed.
 */
@PublicApi
public record PanelProposal(long submissionId, long callId, String protocol, String acronym, String title,
        String thematicAreaCode, String clusterCode, EvaluationStatus status, int seats, String rapporteur,
        List<SeatView> panel, List<SeatView> ended, List<Integer> emptySeats, List<Candidate> proposed,
        List<Candidate> excluded, List<String> suggested) {

    /** An assignment of the panel: in force ({@code panel}) or ended ({@code ended}, with why). */
    @PublicApi
    public record SeatView(int seat, long assignmentId, String expert, String displayName, AssignmentStatus status,
            Instant assignedAt, Instant dueAt, boolean late, boolean declared, EndReason endReason, String endNote,
            Instant endedAt) {
    }

    /** An expert as the proposal ranks or excludes them. */
    @PublicApi
    public record Candidate(String username, String displayName, String affiliation, PanelProposer.Match match,
            int loadInCall, int maxPerCall, int recentAssignments, PanelProposer.Exclusion exclusion) {
    }

    /** The suggestions for a whole call: per proposal with empty seats, the experts proposed to fill them. */
    @PublicApi
    public record ForCall(long callId, int seats, int experts, List<Suggestion> suggestions) {
    }

    /**
     * The experts suggested for a proposal's empty seats ({@code experts}, best first; fewer than the empty seats
     * when too few may sit); {@code eligible} counts who may sit at all.
     */
    @PublicApi
    public record Suggestion(long submissionId, String protocol, List<Integer> emptySeats, List<String> experts,
            int eligible) {
    }
}
