package org.openbando.organization;

import java.util.Optional;

/**
 * Italian VAT number (<i>Partita IVA</i>) check.
 *
 * <p>Implements the structure and check-digit rule of the Partita IVA (D.P.R. 633/1972, art. 35;
 * D.M. 23 December 1976): 11 digits where the 11th is a Luhn-style check digit over the first 10.
 * Odd positions count as they are, even positions count double (minus 9 when the double exceeds 9),
 * and the check digit is {@code (10 - T mod 10) mod 10}. The all-zeros number passes the sum but is
 * not a real registration and is rejected.
 */
@org.openbando.shared.PublicApi
public final class VatNumber {

    private static final int LENGTH = 11;
    private static final String ALL_ZEROS = "0".repeat(LENGTH);
    private static final String COUNTRY_PREFIX = "IT";

    private VatNumber() {
    }

    /**
     * Removes all whitespace (including non-breaking spaces) and one optional leading {@code IT}
     * country prefix (any letter case).
     *
     * @param raw the number as typed, may be {@code null}
     * @return the normalised number, or {@code null} when {@code raw} is {@code null}
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = removeWhitespace(raw);
        if (compact.regionMatches(true, 0, COUNTRY_PREFIX, 0, COUNTRY_PREFIX.length())) {
            return compact.substring(COUNTRY_PREFIX.length());
        }
        return compact;
    }

    /**
     * Explains what is wrong with a VAT number.
     *
     * @param raw the number as typed, may be {@code null}
     * @return empty when the number is valid, otherwise a short English explanation such as
     *     {@code "must be 11 digits"}
     */
    public static Optional<String> problem(String raw) {
        if (raw == null || removeWhitespace(raw).isEmpty()) {
            return Optional.of("is required");
        }
        String digits = normalize(raw);
        if (digits.length() != LENGTH || !isAsciiDigits(digits)) {
            return Optional.of("must be 11 digits");
        }
        if (digits.equals(ALL_ZEROS)) {
            return Optional.of("cannot be all zeros");
        }
        int expected = checkDigit(digits);
        if (digits.charAt(LENGTH - 1) - '0' != expected) {
            return Optional.of("check digit is wrong: expected " + expected);
        }
        return Optional.empty();
    }

    /**
     * @param raw the number as typed, may be {@code null}
     * @return {@code true} when {@link #problem(String)} finds nothing wrong
     */
    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The VAT number made of these 10 digits and their check digit (the demo's made-up organisations). */
    public static String withCheckDigit(String first10) {
        if (first10.length() != LENGTH - 1 || !isAsciiDigits(first10)) {
            throw new IllegalArgumentException("10 digits expected: " + first10);
        }
        return first10 + checkDigit(first10);
    }

    /** The check digit implied by the first 10 digits of an 11-digit string. */
    private static int checkDigit(String digits) {
        int total = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int digit = digits.charAt(i) - '0';
            boolean evenPosition = i % 2 == 1; // positions are 1-based in the rule
            if (evenPosition) {
                int doubled = 2 * digit;
                total += doubled > 9 ? doubled - 9 : doubled;
            } else {
                total += digit;
            }
        }
        return (10 - total % 10) % 10;
    }

    /** Eleven ASCII digits, as every stored VAT number is once normalized (its check digit aside). */
    static boolean looksLikeOne(String normalized) {
        return normalized.length() == LENGTH && isAsciiDigits(normalized);
    }

    private static boolean isAsciiDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String removeWhitespace(String value) {
        StringBuilder result = new StringBuilder(value.length());
        value.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(result::appendCodePoint);
        return result.toString();
    }
}
