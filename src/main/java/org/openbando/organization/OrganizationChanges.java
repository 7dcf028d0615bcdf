package org.openbando.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openbando.shared.Json;

/**
 * What an organisation declares, as compact text per field, so that the audit trail records each change as a diff of
 * before and after (finding M5: the eligibility facts are self-declared; the snapshot freezes them at submission, and
 * this says who changed what, when, from what). A changed field is written {@code "field": [before, after]}; the
 * partner and linked enterprises and the memberships, which are lists, as the entries removed and added. A
 * registration is the diff from nothing, so that the trail of one organisation rebuilds its declarations at any time.
 *
 * <p>Its length is bounded by the request's own bounds (names of 300 characters, 50 related enterprises, 20
 * memberships): tens of thousands of characters when everything changes, more than the 2,000 of the other audit
 * rows, so {@code audit_event.detail} is text (V11).
 */
final class OrganizationChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RELATED = "relatedEnterprises";
    private static final String MEMBERSHIPS = "memberships";

    /** The declared fields of an organisation at one moment: text for single values, lists for the others. */
    record State(Map<String, Object> fields) {

        static final State NONE = new State(Map.of());

        static State of(Organization o) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", o.type == null ? null : o.type.name());
            f.put("name", o.name);
            f.put("vatNumber", o.vatNumber);
            f.put("address", o.address);
            f.put("city", o.city);
            f.put("staffAwu", plain(o.staffAwu));
            f.put("turnover", plain(o.turnover));
            f.put("balanceSheetTotal", plain(o.balanceSheetTotal));
            f.put("referenceYear", o.referenceYear == null ? null : o.referenceYear.toString());
            f.put(RELATED, o.holdings.stream().map(OrganizationChanges::related).toList());
            f.put(MEMBERSHIPS, o.memberships.stream().map(m -> m.cluster.code + " " + m.since + ".."
                    + (m.until == null ? "" : m.until) + " " + m.status).toList());
            return new State(f);
        }

        /** The changes from this state to {@code after}, as compact JSON ({@code {}} when nothing changed). */
        String diffTo(State after) {
            Map<String, Object> changes = new LinkedHashMap<>();
            after.fields().forEach((field, now) -> {
                Object before = fields.get(field);
                if (now instanceof List<?> entries) {
                    List<?> earlier = before instanceof List<?> l ? l : List.of();
                    List<Object> removed = new ArrayList<>(earlier);
                    removed.removeAll(entries);
                    List<Object> added = new ArrayList<>(entries);
                    added.removeAll(earlier);
                    if (!removed.isEmpty() || !added.isEmpty()) {
                        Map<String, Object> change = new LinkedHashMap<>();
                        change.put("removed", removed);
                        change.put("added", added);
                        changes.put(field, change);
                    }
                } else if (!Objects.equals(before, now)) {
                    changes.put(field, Arrays.asList(before, now));
                }
            });
            return Json.write(JSON, changes, "An organisation's changes");
        }
    }

    private OrganizationChanges() {
    }

    private static String related(Holding h) {
        return h.name + (h.vatNumber == null ? "" : " (" + h.vatNumber + ")") + " " + plain(h.holdingPercent) + "%"
                + (h.control ? " control" : "") + (h.exemptInvestor ? " exempt-investor" : "") + " staff "
                + plain(h.staffAwu) + " turnover " + plain(h.turnover) + " balance " + plain(h.balanceSheetTotal);
    }

    /** A number as its value, whatever its scale (20 and 20.00 are the same figure). */
    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
