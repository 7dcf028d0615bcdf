package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openbando.shared.AuditSubjects;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;

/**
 * The search of the audit trail by call, project, organisation, user, kind of act and period: who, when, what, from
 * and to. Entries are never altered (V12). Pages are keyset-paged by id; the CSV streams every match.
 *
 * <p>A scope (call, project, organisation) becomes the set of audited objects that belong to it: every feature that
 * writes the trail adds its own through the port {@link AuditSubjects} (proposals, evaluations and their seats,
 * rankings, awards, the organisation, its VAT claims, its users, its messages); the trail of all of them is read with
 * one query ({@link AuditTrail#newest}). Two scopes together match what belongs to both.
 */
@ApplicationScoped
public class AuditSearch {

    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    /** The audit_event.actor column's length. */
    public static final int MAX_USER = 100;
    /** The audit_event.action column's length. */
    public static final int MAX_ACTION = 60;
    /** The longest period searched: ten years (and the leap days in them). */
    public static final Duration MAX_PERIOD = Duration.ofDays(3653);
    /** The earliest and the latest instant a period may name (bounded values, not a policy). */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

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

    private final AuditTrail trail;
    private final Instance<AuditSubjects> subjects;

    public AuditSearch(AuditTrail trail, Instance<AuditSubjects> subjects) {
        this.trail = trail;
        this.subjects = subjects;
    }

    /** One page, newest first; 400 naming the field when the query breaks a bound. */
    public Page search(Query query) {
        check(query, true);
        List<AuditTrail.Row> rows = trail.newest(criteria(query), query.after(), query.size() + 1);
        boolean more = rows.size() > query.size();
        List<Entry> entries = rows.stream().limit(query.size()).map(AuditSearch::entry).toList();
        return new Page(entries, more ? entries.get(entries.size() - 1).id() : null);
    }

    /** Every entry of the query (its {@code after} and {@code size} ignored), oldest first, one at a time. */
    public void each(Query query, Consumer<Entry> sink) {
        check(query, false);
        trail.each(criteria(query), row -> sink.accept(entry(row)));
    }

    /** The bounds of a query (the API and the pages parse their parameters with {@link AuditFilters} first). */
    static void check(Query q, boolean paged) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        positive(errors, "call", q.callId());
        positive(errors, "proposal", q.proposalId());
        if (q.organizationId() != null && q.organizationId() < 0) {
            errors.add(new Problem.FieldViolation("organization", "must be a positive id or a VAT number"));
        }
        text(errors, "user", q.user(), MAX_USER);
        text(errors, "action", q.action(), MAX_ACTION);
        instant(errors, "from", q.from());
        instant(errors, "to", q.to());
        if (q.from() != null && q.to() != null) {
            if (q.from().isAfter(q.to())) {
                errors.add(new Problem.FieldViolation("to", "must not be before from"));
            } else if (Duration.between(q.from(), q.to()).compareTo(MAX_PERIOD) > 0) {
                errors.add(new Problem.FieldViolation("to", "the period must not exceed ten years"));
            }
        }
        if (paged) {
            positive(errors, "after", q.after());
            if (q.size() < MIN_SIZE || q.size() > MAX_SIZE) {
                errors.add(new Problem.FieldViolation("size", "must be between " + MIN_SIZE + " and " + MAX_SIZE));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void positive(List<Problem.FieldViolation> errors, String field, Long value) {
        if (value != null && value <= 0) {
            errors.add(new Problem.FieldViolation(field, "must be a positive id"));
        }
    }

    private static void text(List<Problem.FieldViolation> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.isEmpty() || value.length() > max) {
            errors.add(new Problem.FieldViolation(field, "must be 1 to " + max + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new Problem.FieldViolation(field, "must not contain control characters"));
        }
    }

    private static void instant(List<Problem.FieldViolation> errors, String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
            errors.add(new Problem.FieldViolation(field, "must be in the years 2000 to 2099"));
        }
    }

    /** The query's scopes as the audited objects of each (intersected when several), or null: no scope. */
    private AuditTrail.Criteria criteria(Query q) {
        AuditSubjects.Subjects found = null;
        found = narrow(found, AuditSubjects.Scope.CALL, q.callId());
        found = narrow(found, AuditSubjects.Scope.PROPOSAL, q.proposalId());
        found = narrow(found, AuditSubjects.Scope.ORGANIZATION, q.organizationId());
        return new AuditTrail.Criteria(found, q.user(), q.action(), q.from(), q.to());
    }

    private AuditSubjects.Subjects narrow(AuditSubjects.Subjects found, AuditSubjects.Scope scope, Long id) {
        if (id == null) {
            return found;
        }
        AuditSubjects.Subjects these = new AuditSubjects.Subjects();
        if (id > 0) { // 0: an organisation named by a VAT number nobody registered: nothing belongs to it
            subjects.forEach(feature -> feature.collect(scope, id, these));
        }
        return found == null ? these : found.retain(these);
    }

    private static Entry entry(AuditTrail.Row r) {
        return new Entry(r.id(), r.occurredAt(), r.actor(), r.entityType(), r.entityId(), r.action(), r.from(),
                r.to(), r.detail());
    }
}
