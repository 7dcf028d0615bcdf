package org.openbando.identity;

/**
 * A password check refused before it ran: the account or the client address failed too often and must wait
 * (429 {@code too-many-login-failures}), or too many checks run already (503 {@code login-busy}). {@link LoginRefusals}
 * answers it with {@code Retry-After}.
 */
class LoginRefused extends RuntimeException {

    private final int status;
    private final String slug;
    private final long retryAfterSeconds;

    private LoginRefused(int status, String slug, long retryAfterSeconds, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static LoginRefused throttled(long retryAfterSeconds) {
        return new LoginRefused(429, "too-many-login-failures", retryAfterSeconds, "Too many failed logins from this"
                + " address or for this account: try again in " + retryAfterSeconds + " seconds");
    }

    static LoginRefused busy() {
        return new LoginRefused(503, "login-busy", 1, "Too many logins are being checked right now: try again in a"
                + " second");
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
