package org.openbando.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import jakarta.ws.rs.core.MultivaluedMap;
import org.openbando.shared.ClockProducer;
import org.openbando.shared.InputLimits;

/**
 * Reads the values of an HTML form as people type them, recording an error under the field's name when a value
 * cannot be read. Numbers may use the Italian format (1.234.567,89 or 8.200.000), the plain one (1234567.89) or the
 * English one with grouping commas (1,234,567.89): a comma is the decimal separator unless a dot follows it, and dots
 * in groups of three digits group thousands. A number has no exponent and at most
 * {@link InputLimits#MAX_NUMBER_LENGTH} characters, so that nothing computed from it costs more than its length.
 */
public final class FormValues {

    /** Dots that group thousands (8.200.000), as an Italian writes an amount without cents. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    /** Commas that group thousands before a decimal dot (1,234,567.89), as an English speaker writes an amount. */
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private final Map<String, String> values;
    private final Map<String, String> errors;

    public FormValues(Map<String, String> values, Map<String, String> errors) {
        this.values = values;
        this.errors = errors;
    }

    /** The first value of each field; empty fields become null. */
    public static Map<String, String> of(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() || v.get(0).isBlank() ? null : v.get(0)));
        return values;
    }

    /**
     * The value typed, trimmed; null when empty, and when it holds a character PostgreSQL or XML refuse (recorded as
     * the field's error: {@link InputLimits#refusedCharacter}).
     */
    public String text(String field) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String refused = InputLimits.refusedCharacterMessage(value);
        if (refused != null) {
            errors.put(field, refused);
            return null;
        }
        return value.trim();
    }

    public boolean checked(String field) {
        return values.get(field) != null;
    }

    public BigDecimal number(String field) {
        String raw = text(field);
        if (raw == null) {
            return null;
        }
        String s = raw.replace(" ", "").replace("\u00a0", "").replace("€", "");
        if (s.contains(",") && s.lastIndexOf('.') > s.lastIndexOf(',')) {
            if (!ENGLISH_GROUPED.matcher(s).matches()) {
                errors.put(field, "is not a number");
                return null;
            }
            s = s.replace(",", "");
        } else if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        // digits with at most one decimal point and no exponent, of bounded length: 1e1000000 is not read
        BigDecimal number = InputLimits.plainNumber(s);
        if (number == null) {
            errors.put(field, "is not a number");
        }
        return number;
    }

    public Integer integer(String field) {
        BigDecimal number = number(field);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }

    public LocalDate date(String field) {
        String raw = text(field);
        try {
            return raw == null ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.put(field, "is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    /** A date and time typed in a datetime-local input, meant as Rome time. */
    public OffsetDateTime romeDateTime(String field) {
        String raw = text(field);
        try {
            return raw == null ? null : LocalDateTime.parse(raw).atZone(ClockProducer.ROME).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(field, "is not a date and time (yyyy-mm-ddThh:mm)");
            return null;
        }
    }
}
