package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openbando.organization.OrganizationDirectory;
import org.openbando.organization.VatNumber;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;

/**
 * The filters of the audit trail as the API and the page receive them (query parameters, all text), read into an
 * {@link AuditSearch.Query}: a 400 naming every field that is not what it should be, before any query runs.
 *
 * <ul>
 * <li>{@code call}, {@code proposal}, {@code after}: positive whole numbers;</li>
 * <li>{@code organization}: an id (up to 10 digits) or a VAT number (11 digits, optionally prefixed IT); a valid VAT
 * number nobody registered matches nothing;</li>
 * <li>{@code user} (the actor, exact, up to 100 characters), {@code action} (exact, up to 60);</li>
 * <li>{@code from}, {@code to}: an ISO instant ({@code 2026-11-30T10:15:30Z}, {@code 2026-11-30T11:15:30+01:00}), a
 * local date-time in Rome ({@code 2026-11-30T11:15}) or a date ({@code from}: the day's start in Rome, {@code to}:
 * its end); both inclusive, {@code from <= to}, at most ten years apart;</li>
 * <li>{@code size}: 1..200, 50 when absent.</li>
 * </ul>
 */
@ApplicationScoped
public class AuditFilters {

    /** The longest text read as a number or an instant: longer is refused before it is parsed. */
    static final int MAX_TOKEN = 40;

    /** The filters as received (null or blank: absent), echoed by the page's form and its links. */
    public record Raw(String call, String proposal, String organization, String user, String action, String from,
            String to, String after, String size) {

        /** The query string of these filters (without {@code after}), for the links to the next page and the CSV. */
        public String queryString() {
            StringBuilder q = new StringBuilder();
            append(q, "call", call);
            append(q, "proposal", proposal);
            append(q, "organization", organization);
            append(q, "user", user);
            append(q, "action", action);
            append(q, "from", from);
            append(q, "to", to);
            append(q, "size", size);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private final OrganizationDirectory organizations;

    public AuditFilters(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    /** The query of these filters; 400 naming every field in error. */
    public AuditSearch.Query read(Raw raw) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        Long call = id(errors, "call", raw.call());
        Long proposal = id(errors, "proposal", raw.proposal());
        Long organization = organization(errors, raw.organization());
        String user = text(raw.user());
        String action = text(raw.action());
        Instant from = instant(errors, "from", raw.from(), false);
        Instant to = instant(errors, "to", raw.to(), true);
        Long after = id(errors, "after", raw.after());
        int size = AuditSearch.DEFAULT_SIZE;
        String sizeText = text(raw.size());
        if (sizeText != null) {
            if (sizeText.length() > 3 || !sizeText.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                errors.add(new Problem.FieldViolation("size", "must be a whole number between "
                        + AuditSearch.MIN_SIZE + " and " + AuditSearch.MAX_SIZE));
            } else {
                size = Integer.parseInt(sizeText);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        AuditSearch.Query query = new AuditSearch.Query(call, proposal, organization, user, action, from, to, after,
                size);
        AuditSearch.check(query, true);
        return query;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long id(List<Problem.FieldViolation> errors, String field, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        if (v.length() > 18 || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9') || Long.parseLong(v) == 0) {
            errors.add(new Problem.FieldViolation(field, "must be a positive whole number"));
            return null;
        }
        return Long.parseLong(v);
    }

    /** An id (1 to 10 digits) or a VAT number; 0 for a valid VAT number that no organisation has. */
    private Long organization(List<Problem.FieldViolation> errors, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_TOKEN) {
            errors.add(new Problem.FieldViolation("organization", "must be an id or a VAT number"));
            return null;
        }
        if (v.length() <= 10 && v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            long id = Long.parseLong(v);
            if (id == 0) {
                errors.add(new Problem.FieldViolation("organization", "must be a positive id or a VAT number"));
                return null;
            }
            return id;
        }
        var problem = VatNumber.problem(v);
        if (problem.isPresent()) {
            errors.add(new Problem.FieldViolation("organization", "is neither an id nor a valid VAT number: the VAT "
                    + "number " + problem.get()));
            return null;
        }
        return organizations.byVatNumber(v).map(OrganizationDirectory.Entry::id).orElse(0L);
    }

    /** An instant, a local date-time in Rome, or a date (its start, or its end when {@code end}). */
    static Instant instant(List<Problem.FieldViolation> errors, String field, String value, boolean end) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        if (v.length() > 19 && v.charAt(v.length() - 6) == ' ') {
            // an offset's + typed unencoded in a URL arrives as a space
            v = v.substring(0, v.length() - 6) + '+' + v.substring(v.length() - 5);
        }
        if (v.length() <= MAX_TOKEN) {
            try {
                if (v.length() == 10) {
                    LocalDate day = LocalDate.parse(v);
                    return end ? day.plusDays(1).atStartOfDay(ClockProducer.ROME).toInstant().minusNanos(1000)
                            : day.atStartOfDay(ClockProducer.ROME).toInstant();
                }
                if (v.endsWith("Z") || v.endsWith("z")) {
                    return Instant.parse(v.toUpperCase(java.util.Locale.ROOT));
                }
                if (v.length() > 19 && (v.charAt(v.length() - 6) == '+' || v.charAt(v.length() - 6) == '-')) {
                    return OffsetDateTime.parse(v).toInstant();
                }
                return LocalDateTime.parse(v).atZone(ClockProducer.ROME).toInstant();
            } catch (DateTimeException e) {
                // refused below
            }
        }
        errors.add(new Problem.FieldViolation(field, "must be an ISO instant (2026-11-30T10:15:30Z), a date-time in "
                + "Rome (2026-11-30T11:15) or a date (2026-11-30)"));
        return null;
    }
}
