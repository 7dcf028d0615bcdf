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
public record FundingReport(long callId, String callCode, String callTitle, Instant readAt, List<Section> sections,
        List<Area> areas) {

    /**
     * A thematic area of the BY_AREA breakdown (its rows' {@code group}), with its cluster, for the labels ("cluster /
     * area"); names as the cluster directory holds them (null when an area code of a project is unknown to it).
     */
    public record Area(String code, String name, String nameEn, String clusterCode) {
    }

    /** The section with this key. */
    public Section section(SectionKey key) {
        return sections.stream().filter(s -> s.key() == key).findFirst().orElseThrow();
    }

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
     * @param group null in the summary; else the area code, the size class or the research category (as is, without
     *              the prefix its drills carry)
     */
    public record Row(Measure measure, String group, Unit unit, Figure lineA, Figure lineB, Figure total) {

        public Figure of(Line line) {
            return line == Line.A ? lineA : lineB;
        }
    }

    public enum Unit {
        COUNT, EUR, PERCENT
    }

    /**
     * A value (count, euros with scale 2, or a percentage with scale 1) and the list of projects it counts.
     *
     * @param drill null for a figure that counts no projects (the budget, its used share and remainder)
     */
    public record Figure(BigDecimal value, Drill drill) {
    }

    /**
     * What the drill-down lists: the projects of a line (null: both) counted by a measure, within a group. The group
     * names its breakdown: {@code area:<code>}, {@code size:<MICRO|SMALL|MEDIUM|LARGE>},
     * {@code category:<research category>}; null in the summary and the other sections. These are the query
     * parameters of {@code GET /api/reports/calls/{callId}/funding/projects} as they are.
     */
    public record Drill(Measure measure, Line line, String group) {
    }
}
