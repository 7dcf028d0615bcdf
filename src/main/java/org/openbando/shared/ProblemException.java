package org.openbando.shared;

import java.util.List;

/**
 * A domain error that becomes an RFC 9457 response. Services throw it; {@link ProblemMappers} renders it.
 * The {@code slug} is the stable last segment of the problem {@code type} URI.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldViolation> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldViolation> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of());
    }

    /** The slug of {@link #concurrentChange}: the same request may simply be sent again. */
    public static final String CONCURRENT_CHANGE = "concurrent-change";

    /** Another change of the same data won the race; nothing of this request was written. */
    public static ProblemException concurrentChange(String detail) {
        return conflict(CONCURRENT_CHANGE, detail + ": nothing was changed, try again");
    }

    /** A request that is well-formed but breaks a rule; names the offending field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldViolation(field, message)));
    }

    /**
     * A 400 naming the offending fields. The detail names the first {@link InputLimits#MAX_REPORTED_VIOLATIONS} and
     * counts the others, so that it costs time linear in their number and stays short whatever the request.
     */
    public static ProblemException invalid(List<Problem.FieldViolation> errors) {
        return new ProblemException(400, "validation", "Invalid request", detail(errors), errors);
    }

    /** {@code field: message; field: message; ... and 1,234 more}, or a general sentence when there is none. */
    public static String detail(List<Problem.FieldViolation> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid";
        }
        StringBuilder detail = new StringBuilder();
        int shown = Math.min(errors.size(), InputLimits.MAX_REPORTED_VIOLATIONS);
        for (int i = 0; i < shown; i++) {
            Problem.FieldViolation e = errors.get(i);
            detail.append(i == 0 ? "" : "; ").append(e.field()).append(": ").append(e.message());
        }
        if (errors.size() > shown) {
            detail.append("; and ").append(errors.size() - shown).append(" more");
        }
        return detail.toString();
    }

    /** The optimistic-lock conflict: the client edited an outdated version. */
    public static ProblemException staleVersion(String what, long expected, long actual) {
        return conflict("stale-version", what + " was changed by someone else (you sent version " + expected
                + ", the current version is " + actual + "): reload it and apply your change again");
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldViolation> errors() {
        return errors;
    }
}
