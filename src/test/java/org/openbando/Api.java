package org.openbando;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests as a given user (the API with HTTP Basic, the pages with a login session), and request bodies the tests share. */
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

    /**
     * An API upload (multipart, as the user): it carries a form token like a page form, since a page of another site
     * could post one. An API client makes its own: any 16 bytes (base64url), in the cookie and the X-CSRF-TOKEN header.
     */
    public static RequestSpecification uploadAs(String username) {
        return as(username).contentType("multipart/form-data")
                .cookie(config("quarkus.rest-csrf.cookie-name"), API_FORM_TOKEN).header("X-CSRF-TOKEN", API_FORM_TOKEN);
    }

    /** "api-client-token" in base64url: 16 bytes, as the token of quarkus-rest-csrf. */
    public static final String API_FORM_TOKEN = "YXBpLWNsaWVudC10b2tlbg";

    // -------------------------------------------------------------------------------------------------------------
    // the pages, as a browser uses them: a session of the login form, and the form token of every page form

    /** What a browser asks for: error pages come as HTML then. */
    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /**
     * A form token (quarkus-rest-csrf): the cookie a page sets and the value its forms carry. It is bound to no
     * session, so the tests share one, taken from the login page once.
     */
    public record FormToken(String cookieName, String cookie, String field, String value) {
    }

    private static volatile FormToken formToken;
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();
    /** The application the token and the sessions are of: a test profile starts another, on a database made anew. */
    private static volatile Object application;

    private record Session(String cookie, Instant at) {
    }

    public static FormToken formToken() {
        sameApplication();
        if (formToken == null) {
            String cookieName = config("quarkus.rest-csrf.cookie-name");
            String field = config("quarkus.rest-csrf.form-field-name", "csrf-token");
            Response login = given().get("/login").then().statusCode(200).extract().response();
            Matcher token = Pattern.compile(Pattern.quote("/j_security_check?" + field + "=") + "([A-Za-z0-9_-]+)")
                    .matcher(login.asString());
            if (!token.find() || login.cookie(cookieName) == null) {
                throw new AssertionError("the login page gave no form token");
            }
            formToken = new FormToken(cookieName, login.cookie(cookieName), field, token.group(1));
        }
        return formToken;
    }

    /**
     * The pages as the user's browser sees them: logged in through the login form (null: anonymous), asking for HTML,
     * not following redirects, with the form token's cookie.
     */
    public static RequestSpecification page(String username) {
        FormToken token = formToken();
        RequestSpecification spec = given().accept(BROWSER_ACCEPT).redirects().follow(false)
                .cookie(token.cookieName(), token.cookie());
        return username == null ? spec : spec.cookie(sessionCookie(), session(username));
    }

    /** A page form posted by the user's browser ({@link #page}): URL-encoded, with the form token. */
    public static RequestSpecification form(String username) {
        FormToken token = formToken();
        return page(username).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(token.field(), token.value());
    }

    /** A page's upload form posted by the user's browser ({@link #page}): multipart, the form token its first part. */
    public static RequestSpecification upload(String username) {
        FormToken token = formToken();
        return page(username).contentType("multipart/form-data").multiPart(token.field(), token.value());
    }

    /** The session cookie of the user, logged in through the login form once (again after 20 of its 30 minutes). */
    public static String session(String username) {
        sameApplication();
        return SESSIONS.compute(username, (user, known) -> known != null
                && known.at().isAfter(Instant.now().minus(Duration.ofMinutes(20))) ? known
                        : new Session(login(user), Instant.now())).cookie();
    }

    /** Forgets every session logged in so far: after a logout, which ends all of a user's sessions on the server. */
    public static void forgetSessions() {
        SESSIONS.clear();
    }

    /** Logs in through the login form, as a browser does; returns the session cookie. */
    public static String login(String username) {
        FormToken token = formToken();
        return given().redirects().follow(false).cookie(token.cookieName(), token.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", username)
                .formParam("j_password", TestFixtures.PASSWORD)
                .post("/j_security_check?" + token.field() + "=" + token.value()).then()
                .statusCode(oneOf(302, 303)).header("Location", not(containsString("error")))
                .header("Location", not(containsString("refused"))).extract().cookie(sessionCookie());
    }

    private static synchronized void sameApplication() {
        Object running = Arc.container();
        if (running != application) {
            application = running;
            formToken = null;
            SESSIONS.clear();
        }
    }

    public static String sessionCookie() {
        return config("quarkus.http.auth.form.cookie-name");
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static String config(String key, String orElse) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(orElse);
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
