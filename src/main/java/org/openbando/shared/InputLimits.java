package org.openbando.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The bounds every input of the application keeps, whatever its route (JSON body, page form): refusing an input that
 * breaks them costs time linear in its size, and before any arithmetic or any write. Field-level bounds (a string's
 * length, a list's size, an amount's digits) are the {@code @Size} and {@code @Digits} of the request records; these
 * are the ones that hold for every value ({@link JsonLimits} applies them to JSON, {@code shared.web.FormValues} to
 * forms, {@link Validation} to every string of a request record).
 */
@PublicApi
public final class InputLimits {

    /** The most digits (or, in a form, characters) a number may have: no amount needs more than 20. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The largest exponent (either way) of a number: {@code 1e1000000} is refused before it is computed. */
    public static final int MAX_NUMBER_SCALE = 40;
    /** The deepest nesting of a JSON body: the records nest four levels at most. */
    public static final int MAX_NESTING = 64;
    /**
     * The longest string a JSON body may hold, twice the longest field ({@code text} of an answer, 10,000 characters):
     * a longer field gets its own {@code @Size} message, a string beyond this is refused by the parser itself.
     */
    public static final int MAX_STRING_LENGTH = 20_000;
    /** The size of a list of a request record that has no {@code @Size} of its own. */
    public static final int DEFAULT_MAX_LIST = 1_000;
    /** How many violations an error's detail names and its {@code errors} list holds; the rest are counted. */
    public static final int MAX_REPORTED_VIOLATIONS = 20;
    /** The message of a refused character, with the code point (U+0000). */
    public static final String REFUSED_CHARACTER = "contains a character that is not allowed (%s): control "
            + "characters other than tab and line breaks, U+FFFE, U+FFFF and unpaired surrogates";

    /** A plain decimal number as forms read it after removing grouping: no exponent. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d*)?|[-+]?\\.\\d+");

    private InputLimits() {
    }

    /**
     * The first character that PostgreSQL or XML refuse in a text (U+0000, the C0 controls except TAB, LF and CR,
     * U+FFFE, U+FFFF, a surrogate without its pair), as {@code U+XXXX}; null when there is none.
     */
    public static String refusedCharacter(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return codePoint(c);
                }
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return codePoint(c);
                }
            } else if (c == 0xFFFE || c == 0xFFFF) {
                return codePoint(c);
            }
        }
        return null;
    }

    /** The message for a text holding a refused character, or null when it holds none. */
    public static String refusedCharacterMessage(CharSequence text) {
        String refused = refusedCharacter(text);
        return refused == null ? null : String.format(REFUSED_CHARACTER, refused);
    }

    /**
     * A plain decimal number (digits, an optional sign and decimal point, no exponent, at most
     * {@link #MAX_NUMBER_LENGTH} characters), or null when the text is not one: reading it never costs more than its
     * length.
     */
    public static BigDecimal plainNumber(String text) {
        if (text.length() > MAX_NUMBER_LENGTH || !PLAIN_NUMBER.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text);
    }

    /** True when a number parsed elsewhere stays within the bounds (its exponent and its digits). */
    public static boolean isBounded(BigDecimal number) {
        return Math.abs(number.scale()) <= MAX_NUMBER_SCALE && number.precision() <= MAX_NUMBER_LENGTH;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
