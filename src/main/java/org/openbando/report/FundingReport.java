package org.openbando.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openbando.call.Line;

/**
 * The funding report of a call: sections of rows, each with a figure per line and the total, computed from the
 * call's {@link ProjectFacts} read at {@code readAt}. Every page, PDF, CSV and XLSX renders these same rows; a figure
 * that counts projects carries the {@link Drill} that lists them.
 *
 * @param readAt the instant the data was read (every rendering states it)
 */
public record FundingReport(long callId, String callCode, String callTitle, Instant readAt, List<Section> sections) {

    /** A table of the report: the summary per line, or a breakdown (by area, size class, research category ..). */
    public record Section(SectionKey key, List<Row> rows) {
    }

    public enum SectionKey {
        SUMMARY, BY_AREA, BY_SIZE, BY_CATEGORY, BUDGET, REVOCATIONS_AND_MOVES
    }

    /**
     * One row: a measure (for a breakdown, of one group: an area code, a size class, a research category), in a unit,
     * for Line A, Line B and the total (a total of distinct counts is distinct across lines, not a sum).
     *
     * @param group null in the summary
     */
    public record Row(Measure measure, String group, Unit unit, Figure lineA, Figure lineB, Figure total) {

        public Figure of(Line line) {
            return line == Line.A ? lineA : lineB;
        }
    }

    public enum Unit {
        COUNT, EUR, PERCENT
    }

    /** A value (count, euros with scale 2, or a percentage with scale 1) and the list of projects it counts. */
    public record Figure(BigDecimal value, Drill drill) {
    }

    /** What the drill-down lists: the projects of a line (null: both) counted by a measure, within a group. */
    public record Drill(Measure measure, Line line, String group) {
    }
}
