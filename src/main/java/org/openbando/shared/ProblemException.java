package org.openbando.shared;

import java.util.List;
import java.util.OptionalInt;

/**
 * A domain error that becomes an RFC 9457 response. Services throw it; {@link ProblemMappers} renders it.
 * The {@code slug} is the stable last segment of the problem {@code type} URI.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldViolation> errors;
    private final OptionalInt retryAfter;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldViolation> errors) {
        this(status, slug, title, detail, errors, OptionalInt.empty());
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.FieldViolation> errors,
            OptionalInt retryAfter) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** 503: the server cannot take the request now; nothing was done, it may be sent again after {@code Retry-After}. */
    public static ProblemException unavailable(String slug, String title, String detail, int retryAfterSeconds) {
        return new ProblemException(503, slug, title, detail, List.of(), OptionalInt.of(retryAfterSeconds));
    }

    /** The same problem, answered with a {@code Retry-After} header of so many seconds (for a 429 or a 503). */
    public ProblemException retryAfter(int seconds) {
        return new ProblemException(status, slug, title, getMessage(), errors, OptionalInt.of(seconds));
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

    /** The seconds of the {@code Retry-After} header, when the client should simply send the request again later. */
    public OptionalInt retryAfter() {
        return retryAfter;
    }
}
