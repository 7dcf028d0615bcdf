package org.openbando;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
}
