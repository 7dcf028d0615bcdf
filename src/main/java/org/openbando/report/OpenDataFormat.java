package org.openbando.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbando.shared.Csv;

/**
 * The open data's fields, named once for both formats (docs/open-data.md, {@code open-data/projects.schema.json}):
 * JSON has one object per project with its {@code beneficiaries}; CSV has one row per beneficiary, the project's
 * fields repeated and the beneficiary's prefixed with {@code beneficiary_}. Fields are only ever added at the end.
 * Dates ISO 8601 ({@code 2026-03-15}), money in EUR with a {@code .} and two decimals, absent values empty (CSV) or
 * null (JSON).
 */
final class OpenDataFormat {

    /** The project's fields in order (the JSON object's, then {@code beneficiaries}). */
    static final List<String> PROJECT_FIELDS = List.copyOf(project(sample()).keySet());
    /** The beneficiary's fields in order. */
    static final List<String> BENEFICIARY_FIELDS = List.copyOf(beneficiary(sample().beneficiaries().get(0))
            .keySet());
    /** The CSV's columns: the project's fields, then the beneficiary's prefixed. */
    static final List<String> CSV_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(PROJECT_FIELDS);
        BENEFICIARY_FIELDS.forEach(f -> columns.add("beneficiary_" + f));
        CSV_COLUMNS = List.copyOf(columns);
    }

    private OpenDataFormat() {
    }

    /** A project's fields and values (String, Long, Integer, BigDecimal, LocalDate or null), in order. */
    static Map<String, Object> project(OpenData.Project p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cup", p.cup());
        f.put("local_project_code", p.localProjectCode());
        f.put("call_id", p.callId());
        f.put("call_code", p.callCode());
        f.put("call_title", p.callTitle());
        f.put("ranking_published_on", p.rankingPublishedOn());
        f.put("line", p.line());
        f.put("protocol_number", p.protocolNumber());
        f.put("acronym", p.acronym());
        f.put("title", p.title());
        f.put("summary", p.summary());
        f.put("cluster_code", p.clusterCode());
        f.put("cluster_name", p.clusterName());
        f.put("thematic_area_code", p.thematicAreaCode());
        f.put("thematic_area_name", p.thematicAreaName());
        f.put("planned_start", p.plannedStart());
        f.put("planned_end", p.plannedEnd());
        f.put("duration_months", p.durationMonths());
        f.put("total_eligible_cost", p.totalEligibleCost());
        f.put("public_funding", p.publicFunding());
        f.put("eu_funding", p.euFunding());
        f.put("currency", p.currency());
        f.put("status", p.status());
        f.put("decision_date", p.decisionDate());
        return f;
    }

    /** A beneficiary's fields and values, in order. */
    static Map<String, Object> beneficiary(OpenData.Beneficiary b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("role", b.role());
        f.put("name", b.name());
        f.put("vat_number", b.vatNumber());
        f.put("type", b.type());
        f.put("city", b.city());
        f.put("eligible_cost", b.eligibleCost());
        f.put("public_funding", b.publicFunding());
        return f;
    }

    /** The CSV's header row (RFC 4180, CRLF). */
    static void csvHeader(Writer out) throws IOException {
        out.write(String.join(",", CSV_COLUMNS));
        out.write("\r\n");
    }

    /** A project's CSV rows: one per beneficiary (none for a project without any: never the case for a submission). */
    static void csv(Writer out, OpenData.Project p) throws IOException {
        List<String> head = new ArrayList<>();
        project(p).values().forEach(v -> head.add(cell(v)));
        String prefix = String.join(",", head);
        for (OpenData.Beneficiary b : p.beneficiaries()) {
            out.write(prefix);
            for (Object v : beneficiary(b).values()) {
                out.write(',');
                out.write(cell(v));
            }
            out.write("\r\n");
        }
    }

    /** A project as one JSON object with its {@code beneficiaries} array. */
    static void json(JsonGenerator out, OpenData.Project p) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, Object> e : project(p).entrySet()) {
            out.writeFieldName(e.getKey());
            value(out, e.getValue());
        }
        out.writeArrayFieldStart("beneficiaries");
        for (OpenData.Beneficiary b : p.beneficiaries()) {
            out.writeStartObject();
            for (Map.Entry<String, Object> e : beneficiary(b).entrySet()) {
                out.writeFieldName(e.getKey());
                value(out, e.getValue());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void value(JsonGenerator out, Object v) throws IOException {
        if (v == null) {
            out.writeNull();
        } else if (v instanceof BigDecimal d) {
            out.writeNumber(d.toPlainString());
        } else if (v instanceof Long l) {
            out.writeNumber(l);
        } else if (v instanceof Integer i) {
            out.writeNumber(i);
        } else {
            out.writeString(v.toString());
        }
    }

    /**
     * A CSV cell: money plain with its two decimals, dates ISO, null empty; quoted when it needs it (RFC 4180); a
     * text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an
     * apostrophe.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        return Csv.cell(value.toString());
    }

    /** A project with every field set, to name the fields once (the maps above are the one list). */
    private static OpenData.Project sample() {
        return new OpenData.Project("", "", 0, "", "", LocalDate.EPOCH, "", 0, "", "", "", "", "", "", "",
                LocalDate.EPOCH, LocalDate.EPOCH, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, "", "",
                LocalDate.EPOCH, List.of(new OpenData.Beneficiary("", "", "", "", "", BigDecimal.ZERO,
                        BigDecimal.ZERO)));
    }
}
