package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbando.AccessMatrixTest;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.funding.FundingPagesCall;

/**
 * The auditor's home ({@code /auditor}) in both languages, the navigation each role sees, and that no page under
 * {@code /auditor} carries a form that writes: rendered as the auditor over a funded call, every form posts only to the
 * logout or to the read-only verifications. VAT seeds 240000-240003 (labs at +5000).
 */
@QuarkusTest
class AuditorPagesTest {

    static final String AUDITOR = TestFixtures.AUDITOR;
    static final String OFFICER = TestFixtures.OFFICER;
    static final String ADMIN = TestFixtures.ADMIN;
    static final String EVALUATOR = TestFixtures.EVALUATOR;

    /** Where a form on an auditor's page may post: the own session's end and the verifications (they store nothing). */
    static final Set<String> READ_ONLY_POSTS = Set.of("/logout", "/verify", "/auditor/dossiers/verify",
            "/api/public/documents/verification", "/api/dossiers/verification");

    /**
     * The query a page under /auditor needs to render (its route without one answers 400): the drill-down of a
     * figure names its measure and line.
     */
    static final Map<String, String> QUERIES = Map.of("/auditor/calls/{callId}/report/projects",
            "?measure=FINANCED&line=A", "/auditor/calls/{callId}/report/projects.csv", "?measure=FINANCED&line=A");

    static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern POSTING = Pattern.compile("\\bmethod\\s*=\\s*[\"']?post", Pattern.CASE_INSENSITIVE);
    static final Pattern ACTION = Pattern.compile("\\baction\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    static final Pattern FORM_METHOD = Pattern.compile("<[^>]*\\bformmethod\\s*=\\s*[\"']?post[^>]*>",
            Pattern.CASE_INSENSITIVE);
    static final Pattern FORM_ACTION = Pattern.compile("\\bformaction\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);

    @Inject
    FundingPagesCall funding;
    @Inject
    TestFixtures fixtures;

    private static EvaluatedCall.Built call;

    /** A call funded on both lines (Line A 300,000.00, Line B 200,000.00), built once for the class. */
    private EvaluatedCall.Built call() {
        if (call == null) {
            call = funding.fund("AUD-15", 240000, EvaluatedCall.spec().budgets("300000", "200000").a("80").b("70"));
        }
        return call;
    }

    @Test
    void listsEveryCallWithItsBudgetsAndTheAuditorsLinksInBothLanguages() {
        long id = call().callId();
        Response it = page(AUDITOR).get("/auditor");
        it.then().statusCode(200).contentType("text/html")
                .body(containsString("id=\"auditor-title\">Controlli"))
                .body(containsString("data-code=\"AUD-15\" data-status=\"CLOSED\""))
                .body(containsString("href=\"/auditor/calls/" + id + "/report\""))
                .body(containsString("href=\"/auditor/calls/" + id + "/projects\""))
                .body(containsString("href=\"/auditor/audit?call=" + id + "\""))
                .body(containsString("id=\"tool-audit-trail\" href=\"/auditor/audit\""))
                .body(containsString("id=\"tool-verify-dossier\" href=\"/auditor/dossiers/verify\""))
                .body(containsString("id=\"tool-verify-document\" href=\"/verify\""))
                .body(containsString("id=\"tool-open-data\" href=\"/open-data\""));
        String italian = rowOf(it.asString(), id);
        assertThat(italian).contains("300.000,00", "200.000,00", "500.000,00", "Chiuso", "Rendiconto",
                "Progetti e fascicoli");

        String english = rowOf(page(AUDITOR).cookie("lang", "en").get("/auditor").then().statusCode(200)
                .body(containsString("id=\"auditor-title\">Auditing"))
                .body(containsString("Verification tools")).extract().asString(), id);
        assertThat(english).contains("300,000.00", "200,000.00", "500,000.00", "Closed", "Funding report",
                "Projects and dossiers", "Audit trail of the call");
    }

    @Test
    void officersReadTheReportsButNotTheDossiersNorTheAuditTrail() {
        long id = call().callId();
        String body = page(OFFICER).get("/auditor").then().statusCode(200).extract().asString();
        assertThat(rowOf(body, id)).contains("href=\"/auditor/calls/" + id + "/report\"")
                .doesNotContain("/projects\"", "/auditor/audit?call=");
        assertThat(body).doesNotContain("id=\"tool-audit-trail\"", "id=\"tool-verify-dossier\"")
                .contains("id=\"tool-verify-document\"", "id=\"tool-open-data\"");
        // an administrator reads the dossiers and the audit trail, not the officers' boards (they refuse it)
        assertThat(rowOf(page(ADMIN).get("/auditor").then().statusCode(200).extract().asString(), id))
                .contains("/projects\"", "/auditor/audit?call=" + id).doesNotContain("/officer/calls/");
        // officers and auditors read the boards of the call
        assertThat(rowOf(body, id)).contains("href=\"/officer/calls/" + id + "/ranking\"");
        assertThat(rowOf(page(AUDITOR).get("/auditor").then().statusCode(200).extract().asString(), id))
                .contains("href=\"/officer/calls/" + id + "/evaluation\"",
                        "href=\"/officer/calls/" + id + "/ranking\"", "href=\"/officer/calls/" + id + "/funding\"");
    }

    @Test
    void theNavigationShowsAnAuditorOnlyWhatAnAuditorUses() {
        String nav = navigation(page(AUDITOR).get("/").then().statusCode(200)
                .body(containsString("id=\"home-auditor\" href=\"/auditor\"")).extract().asString());
        assertThat(navIds(nav)).containsExactlyInAnyOrder("nav-auditing", "nav-audit-trail", "nav-verify",
                "nav-open-data");
        assertThat(nav).contains("href=\"/\"", "Controlli", "Registro delle operazioni", "Verifica un documento",
                "Dati aperti");
        String english = page(AUDITOR).cookie("lang", "en").get("/").then().statusCode(200).extract().asString();
        assertThat(navigation(english)).contains("Auditing", "Audit trail", "Verify a document", "Open data");
        assertThat(english).contains("id=\"nav-password\"", "id=\"logout\"", "id=\"lang-switch\"");

        // "my organisation" is an applicant's: who acts for none does not see it
        assertThat(navIds(navigation(page(EVALUATOR).get("/").then().statusCode(200).extract().asString())))
                .containsExactly("nav-evaluations");
        String applicant = fixtures.applicant("aud15-applicant");
        assertThat(navIds(navigation(page(applicant).get("/").then().statusCode(200).extract().asString())))
                .containsExactly("nav-organization", "nav-proposals");
        // officers read the reports, not the audit trail; administrators both
        assertThat(navIds(navigation(page(OFFICER).get("/").then().statusCode(200).extract().asString())))
                .contains("nav-manage-calls", "nav-auditing").doesNotContain("nav-audit-trail", "nav-organization",
                        "nav-verify");
        assertThat(navIds(navigation(page(ADMIN).get("/").then().statusCode(200).extract().asString())))
                .contains("nav-users", "nav-auditing", "nav-audit-trail").doesNotContain("nav-organization");
        // the public home page of a visitor: no auditing link
        page(null).get("/").then().statusCode(200).body(not(containsString("id=\"home-auditor\"")))
                .body(containsString("id=\"footer-open-data\" href=\"/open-data\""));
    }

    @Test
    void theAuditorsPagesPostOnlyToTheReadOnlyVerifications() {
        EvaluatedCall.Built built = call();
        Map<String, Object> values = Map.of("callId", built.callId(), "id", built.callId(), "submissionId",
                built.get(0).submissionId());
        Set<String> pages = new TreeSet<>(AccessMatrixTest.resourceRoutes());
        pages.removeAll(AccessMatrixTest.apiOperations());
        List<String> routes = pages.stream().filter(r -> r.startsWith("GET /auditor")).map(r -> r.substring(4))
                .toList();
        assertThat(routes).as("the auditor's pages").contains("/auditor");

        List<String> offending = new ArrayList<>();
        for (String route : routes) {
            String path = fill(route, values) + QUERIES.getOrDefault(route, "");
            Response response = page(AUDITOR).get(path);
            assertThat(response.statusCode()).as("GET " + path + " as the auditor (a page that needs a query: add it "
                    + "to QUERIES)").isEqualTo(200);
            if (!String.valueOf(response.contentType()).startsWith("text/html")) {
                continue; // a download (CSV, PDF, ZIP) has no form
            }
            String html = response.asString();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                if (POSTING.matcher(form.group()).find() && !READ_ONLY_POSTS.contains(action(ACTION, form.group()))) {
                    offending.add(path + ": " + form.group());
                }
            }
            Matcher button = FORM_METHOD.matcher(html);
            while (button.find()) {
                if (!READ_ONLY_POSTS.contains(action(FORM_ACTION, button.group()))) {
                    offending.add(path + ": " + button.group());
                }
            }
        }
        assertThat(offending).as("forms on the auditor's pages that post elsewhere than to the logout or a "
                + "verification").isEmpty();
    }

    /** The action of a form (its path, without the query), or "" when it has none (it posts to the page itself). */
    private static String action(Pattern pattern, String tag) {
        Matcher action = pattern.matcher(tag);
        if (!action.find()) {
            return "";
        }
        String value = action.group(1);
        int query = value.indexOf('?');
        return query < 0 ? value : value.substring(0, query);
    }

    /** "/auditor/calls/{callId}/report" with the values by parameter name; an unknown parameter fails. */
    private static String fill(String route, Map<String, Object> values) {
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(route);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            Object value = values.get(parameter.group(1));
            assertThat(value).as("a value for {" + parameter.group(1) + "} of " + route + " (add it)").isNotNull();
            parameter.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(value)));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    /** The main navigation bar of a page. */
    static String navigation(String html) {
        int start = html.indexOf("<nav class=\"navbar");
        int end = html.indexOf("</nav>", start);
        assertThat(start).as("the page has the main navigation").isPositive();
        return html.substring(start, end);
    }

    /** The ids of the navigation's entries but the calls' (which has none). */
    static List<String> navIds(String nav) {
        Matcher id = Pattern.compile("id=\"(nav-[a-z-]+)\"").matcher(nav);
        List<String> ids = new ArrayList<>();
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    /** The table row of a call on /auditor. */
    static String rowOf(String html, long callId) {
        int start = html.indexOf("<tr data-call=\"" + callId + "\"");
        assertThat(start).as("the row of call " + callId).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
