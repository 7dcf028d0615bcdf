package org.openbando.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openbando.call.Line;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.SizeClass;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;

/**
 * The query of a drill-down (the projects a figure counts) as the page and the CSV take it, read from the raw query
 * parameters and refused as a whole (a 400 naming each bad field) before anything is read: {@code measure} one of
 * {@link Measure} (required), {@code line} A or B (absent: both), {@code group} {@code area:<code>},
 * {@code size:<size class>} or {@code category:<research category>} (absent: none), {@code after} the protocol number
 * after which a page starts (keyset), {@code size} 1..200 (default 50).
 */
public record DrillQuery(Measure measure, Line line, String group, Long after, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** The longest group a query takes (a prefix and an area code). */
    public static final int MAX_GROUP = 100;

    private static final Pattern AREA = Pattern.compile("area:[A-Za-z0-9._/\\- ]{1,90}");

    public static DrillQuery parse(String measure, String line, String group, String after, String size) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        Measure m = null;
        if (measure == null || measure.isBlank()) {
            errors.add(new Problem.FieldViolation("measure", "is required: one of " + List.of(Measure.values())));
        } else {
            m = parseEnum(Measure.class, measure);
            if (m == null) {
                errors.add(new Problem.FieldViolation("measure", "must be one of " + List.of(Measure.values())));
            }
        }
        Line l = null;
        if (line != null && !line.isEmpty()) {
            l = parseEnum(Line.class, line);
            if (l == null) {
                errors.add(new Problem.FieldViolation("line", "must be A or B (or absent for both lines)"));
            }
        }
        String g = group == null || group.isEmpty() ? null : group;
        if (g != null && !validGroup(g)) {
            errors.add(new Problem.FieldViolation("group", "must be area:<code>, size:<" + List.of(SizeClass.values())
                    + "> or category:<" + List.of(ResearchCategory.values()) + ">, at most " + MAX_GROUP
                    + " characters"));
        }
        Long a = null;
        if (after != null && !after.isEmpty()) {
            a = parseLong(after);
            if (a == null || a < 0) {
                errors.add(new Problem.FieldViolation("after", "must be a protocol number (0 or more)"));
            }
        }
        int s = DEFAULT_SIZE;
        if (size != null && !size.isEmpty()) {
            Long parsed = parseLong(size);
            if (parsed == null || parsed < 1 || parsed > MAX_SIZE) {
                errors.add(new Problem.FieldViolation("size", "must be between 1 and " + MAX_SIZE));
            } else {
                s = parsed.intValue();
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new DrillQuery(m, l, g, a, s);
    }

    /** The query string of this drill-down without paging ({@code measure=..&line=..&group=..}). */
    public String queryString() {
        String link = ReportWording.drillLink(0, new FundingReport.Drill(measure, line, group));
        return link.substring(link.indexOf('?') + 1);
    }

    static boolean validGroup(String group) {
        if (group.length() > MAX_GROUP) {
            return false;
        }
        if (group.startsWith("size:")) {
            return parseEnum(SizeClass.class, group.substring(5)) != null;
        }
        if (group.startsWith("category:")) {
            return parseEnum(ResearchCategory.class, group.substring(9)) != null;
        }
        return AREA.matcher(group).matches();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name) {
        if (name.length() > 40) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Long parseLong(String raw) {
        if (raw.length() > 18) {
            return null;
        }
        try {
            return Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
