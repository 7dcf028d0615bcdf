package org.openbando.shared;

import java.util.regex.Pattern;

/**
 * The one rule for a CSV cell (RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled), and
 * neutralised against spreadsheet formulas: a text starting with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, so that a spreadsheet shows it instead of running it. A plain number ({@code -12.50}) is left as
 * it is: it cannot run. Used by every CSV the system writes (rankings, reports, open data, audit trail).
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");

    private Csv() {
    }

    /** The cell of a value; null is an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        if ("=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
