package org.openbando;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Requests as a given user, and request bodies the tests share. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, TestFixtures.PASSWORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A complete call open to MECH and GREENTECH; opening and deadline relative to now. */
    public static Map<String, Object> call(String code, int opensInDays, int deadlineInDays) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).withNano(0);
        return new java.util.HashMap<>(Map.of(
                "code", code,
                "title", "Research projects of cluster SMEs " + code,
                "s3PriorityArea", "S3 2021-2027: digital and green transition",
                "publicationAt", now.minusDays(30).toString(),
                "opensAt", now.plusDays(opensInDays).toString(),
                "deadlineAt", now.plusDays(deadlineInDays).toString(),
                "budgetLineA", 35000000.00,
                "budgetLineB", 15000000.00,
                "clusterCodes", List.of("MECH", "GREENTECH")));
    }

    /** An enterprise registration with the given VAT number and figures. */
    public static Map<String, Object> enterprise(String name, String vat, String staff, String turnover,
            String balance) {
        return new java.util.HashMap<>(Map.of(
                "type", "ENTERPRISE",
                "name", name,
                "vatNumber", vat,
                "city", "Modena",
                "staffAwu", staff,
                "turnover", turnover,
                "balanceSheetTotal", balance,
                "referenceYear", 2025));
    }

    /** Valid Italian VAT numbers for tests (check digit computed). */
    /** The enterprise as a member of the MECH cluster since 2020: it may lead a Line A proposal. */
    public static Map<String, Object> member(Map<String, Object> enterprise) {
        enterprise.put("memberships", List.of(Map.of("clusterCode", "MECH", "since", "2020-01-01",
                "status", "ACTIVE")));
        return enterprise;
    }

    public static String vat(int seed) {
        String base = String.format("%010d", 1000000L + seed * 7919L);
        int t = 0;
        for (int i = 0; i < 10; i++) {
            int d = base.charAt(i) - '0';
            if (i % 2 == 0) {
                t += d;
            } else {
                int doubled = d * 2;
                t += doubled > 9 ? doubled - 9 : doubled;
            }
        }
        return base + ((10 - t % 10) % 10);
    }

    /** A draft that meets every rule of the default call: two enterprises, a lab contract, TRL 4 to 7. */
    public static Map<String, Object> completeProposal(long partner, long lab) {
        return new java.util.HashMap<>(Map.ofEntries(
                Map.entry("title", "Collaborative robots for small-batch machining"),
                Map.entry("acronym", "COBOT-SB"),
                Map.entry("summary", "Cobots that learn a machining task from one demonstration."),
                Map.entry("thematicAreaCode", "MECH-ROBOTICS"),
                Map.entry("plannedStart", LocalDate.now().plusMonths(3).toString()),
                Map.entry("durationMonths", 24),
                Map.entry("partners", List.of(Map.of("organizationId", partner))),
                Map.entry("contracts", List.of(Map.of("providerOrganizationId", lab, "subject", "Vision tests",
                        "amount", 60000))),
                Map.entry("budget", List.of(
                        Map.of("organizationId", partner, "costCategory", "PERSONNEL",
                                "researchCategory", "INDUSTRIAL_RESEARCH", "amount", 250000),
                        Map.of("organizationId", partner, "costCategory", "CONTRACT_RESEARCH_AND_CONSULTANCY",
                                "researchCategory", "INDUSTRIAL_RESEARCH", "amount", 60000),
                        Map.of("organizationId", partner, "costCategory", "INSTRUMENTS_AND_EQUIPMENT",
                                "researchCategory", "EXPERIMENTAL_DEVELOPMENT", "amount", 120000))),
                Map.entry("workPackages", List.of(Map.of("code", "WP1", "title", "Learning from demonstration",
                        "startTrl", 4, "targetTrl", 7, "trlJustification", "validated in lab, target pilot cell",
                        "milestones", List.of(Map.of("title", "Pilot cell running", "month", 18))))),
                Map.entry("trl", Map.of("start", 4, "target", 7, "justification", "lab prototype exists"))));
    }
}
