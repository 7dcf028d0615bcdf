package org.openbando;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A value of the Prometheus scrape at /q/metrics. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of the series {@code name} with the tag {@code kind}; 0 when it is not there. */
    public static double value(String name, String kind) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*kind=\"" + Pattern.quote(kind)
                + "\"[^}]*} (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
