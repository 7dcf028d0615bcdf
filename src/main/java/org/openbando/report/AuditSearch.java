package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The search of the audit trail by call, project, organisation, user, kind of act and period: who, when, what, from
 * and to. Entries are never altered (V12). Pages are keyset-paged by id; the CSV streams every match.
 */
@ApplicationScoped
public class AuditSearch {

    /**
     * @param proposalId a project (its proposal, submission, evaluations, ranking entries, award and documents)
     * @param after      keyset: entries with a smaller id (newest first) than this; null for the first page
     * @param size       1..200
     */
    public record Query(Long callId, Long proposalId, Long organizationId, String user, String action,
            Instant from, Instant to, Long after, int size) {
    }

    public record Entry(long id, Instant at, String actor, String entityType, long entityId, String action,
            String from, String to, String detail) {
    }

    /** @param next the {@code after} of the next page; null on the last */
    public record Page(List<Entry> entries, Long next) {
    }

    public Page search(Query query) {
        throw new UnsupportedOperationException("issue 15: h15-audit");
    }

    /** Every entry of the query (its {@code after} and {@code size} ignored), oldest first, one at a time. */
    public void each(Query query, Consumer<Entry> sink) {
        throw new UnsupportedOperationException("issue 15: h15-audit");
    }
}
