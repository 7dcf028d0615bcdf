package org.openbando;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.fail;
import static org.openbando.Api.as;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Who may call which route, for every route that exists and every kind of caller: the API under /api (HTTP Basic)
 * and the HTML pages (form login, as a browser uses them).
 *
 * <p>The routes are not listed by hand. The API's operations are those of the OpenAPI document; the pages' routes
 * are the other resource methods of the JAX-RS classes of {@code org.openbando} (the pages are left out of the
 * OpenAPI document). {@link #everyRouteHasARowInTheMatrix} fails naming every route without a row in
 * {@link #matrix}, and every row whose route no longer exists: a new endpoint or page needs its row here.
 *
 * <p>Writes send an empty body (the API {@code {}}, a page an empty form): a caller who passes authorization gets
 * 400, or the conflict that the object's state gives, and nothing is written; one who does not gets 401 (API) or the
 * redirect to the login page (pages: 302 to /login), 403 for its role, or 404 where the object is not visible to it.
 * A 303 is a page's own redirect after it acted. The owner calls last: where its call really writes (it deletes an
 * attachment), every other caller has tried first on the same object; and after the matrix the state read back
 * through the API is what it was before it, but for those deletions.
 */
@QuarkusTest
public class AccessMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final String OWNER = "matrix-owner";
    static final String STRANGER = "matrix-stranger";
    static final String NEWCOMER = "matrix-newcomer";
    static final String EVALUATOR = TestFixtures.EVALUATOR;
    static final String OFFICER = TestFixtures.OFFICER;
    static final String AUDITOR = TestFixtures.AUDITOR;
    static final String ADMIN = TestFixtures.ADMIN;
    /** Every kind of caller, the owner last (see the class comment). */
    static final List<String> CALLERS = List.of(ANONYMOUS, STRANGER, NEWCOMER, EVALUATOR, OFFICER, AUDITOR, ADMIN,
            OWNER);

    /** The status of a page's redirect to the login form (Quarkus' form authentication). */
    static final int LOGIN = 302;
    static final String JSON = "application/json";
    static final String PDF = "application/pdf";
    static final String HTML = "text/html";
    /** What a browser asks for: error pages come as HTML then. */
    static final String BROWSER_ACCEPT = Api.BROWSER_ACCEPT;
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    static final Set<String> JAX_RS_METHODS = Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    TestFixtures fixtures;
    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;

    enum Surface {
        API, PAGE
    }

    /**
     * One row of the matrix: a route (its method and path template, as in OpenAPI or {@code @Path}), the values of
     * its path parameters in order, and the status every caller gets.
     */
    record Case(Surface surface, String method, String route, List<Object> values, Map<String, Integer> expected,
            String successType, boolean isMultipart) {

        Case expect(Map<String, Integer> statuses) {
            return new Case(surface, method, route, values, statuses, successType, isMultipart);
        }

        /** The content type of a success (JSON for the API, HTML for a page by default). */
        Case returning(String type) {
            return new Case(surface, method, route, values, expected, type, isMultipart);
        }

        /** The write is an upload: multipart with a kind and no file. */
        Case multipart() {
            return new Case(surface, method, route, values, expected, successType, true);
        }

        String key() {
            return method + " " + route;
        }

        String path() {
            Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(route);
            StringBuilder path = new StringBuilder();
            int i = 0;
            while (parameter.find()) {
                parameter.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(values.get(i++))));
            }
            parameter.appendTail(path);
            if (i != values.size()) {
                throw new IllegalStateException(key() + " has " + i + " parameters, the row gives " + values);
            }
            return path.toString();
        }
    }

    static Case api(String method, String route, Object... values) {
        return new Case(Surface.API, method, route, List.of(values), null, JSON, false);
    }

    static Case page(String method, String route, Object... values) {
        return new Case(Surface.PAGE, method, route, List.of(values), null, HTML, false);
    }

    /** The objects the rows act on. */
    record World(long ownerUser, long ownOrganization, long draftCall, long publishedCall, long draft,
            long attachment, long pageAttachment, long strangersDraft, long submitted, long receipt, long claim) {

        /** For listing the rows' routes only. */
        static final World PLACEHOLDER = new World(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the matrix

    static List<Case> matrix(World w) {
        List<Case> m = new ArrayList<>();
        // --- API: identity, clusters, calls
        m.add(api("GET", "/api/me").expect(all(200, ANONYMOUS, 401)));
        m.add(api("GET", "/api/users").expect(all(403, ANONYMOUS, 401, AUDITOR, 200, ADMIN, 200)));
        m.add(api("GET", "/api/users/{id}", w.ownerUser())
                .expect(all(403, ANONYMOUS, 401, AUDITOR, 200, ADMIN, 200)));
        m.add(api("POST", "/api/users").expect(all(403, ANONYMOUS, 401, ADMIN, 400)));
        // an empty body changes nothing: no current and new password, no reason to disable or enable
        m.add(api("POST", "/api/me/password").expect(all(400, ANONYMOUS, 401)));
        m.add(api("POST", "/api/users/{id}/disable", w.ownerUser()).expect(all(403, ANONYMOUS, 401, ADMIN, 400)));
        m.add(api("POST", "/api/users/{id}/enable", w.ownerUser()).expect(all(403, ANONYMOUS, 401, ADMIN, 400)));
        m.add(api("GET", "/api/clusters").expect(all(200)));
        m.add(api("GET", "/api/calls").expect(all(200)));
        m.add(api("POST", "/api/calls").expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        m.add(api("GET", "/api/calls/{id}", w.draftCall()).expect(all(404, OFFICER, 200, AUDITOR, 200, ADMIN, 200)));
        m.add(api("GET", "/api/calls/{id}", w.publishedCall()).expect(all(200)));
        m.add(api("PUT", "/api/calls/{id}", w.draftCall()).expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        m.add(api("POST", "/api/calls/{id}/publish", w.publishedCall())
                .expect(all(403, ANONYMOUS, 401, OFFICER, 409)));

        // --- API: organisations
        m.add(api("GET", "/api/organizations").expect(all(200, ANONYMOUS, 401)));
        m.add(api("POST", "/api/organizations").expect(all(403, ANONYMOUS, 401, OWNER, 409, STRANGER, 409,
                NEWCOMER, 400)));
        m.add(api("GET", "/api/organizations/{id}", w.ownOrganization()).expect(readers(200)));
        m.add(api("PUT", "/api/organizations/{id}", w.ownOrganization()).expect(owners(400)));
        // claims to a VAT number registered by someone else: applicants file (an empty one is invalid), officers
        // and administrators decide (an empty decision has no reason), the claimant and who reads everything read
        m.add(api("POST", "/api/organization-claims").expect(all(403, ANONYMOUS, 401, OWNER, 400, STRANGER, 400,
                NEWCOMER, 400)));
        m.add(api("GET", "/api/organization-claims").expect(all(200, ANONYMOUS, 401)));
        m.add(api("GET", "/api/organization-claims/{id}", w.claim())
                .expect(all(404, ANONYMOUS, 401, OFFICER, 200, AUDITOR, 200, ADMIN, 200)));
        for (String decision : List.of("/approve", "/reject")) {
            m.add(api("POST", "/api/organization-claims/{id}" + decision, w.claim())
                    .expect(all(403, ANONYMOUS, 401, OFFICER, 400, ADMIN, 400)));
        }

        // --- API: the owner's draft
        m.add(api("GET", "/api/proposals").expect(all(200, ANONYMOUS, 401)));
        m.add(api("POST", "/api/proposals").expect(all(403, ANONYMOUS, 401, OWNER, 400, STRANGER, 400,
                NEWCOMER, 400)));
        m.add(api("GET", "/api/proposals/queue").expect(all(403, ANONYMOUS, 401, OFFICER, 200, AUDITOR, 200)));
        m.add(api("GET", "/api/proposals/{id}", w.draft()).expect(readers(200)));
        m.add(api("GET", "/api/proposals/{id}/validation", w.draft()).expect(readers(200)));
        m.add(api("GET", "/api/proposals/{id}/grant-estimate", w.draft()).expect(readers(200)));
        m.add(api("PUT", "/api/proposals/{id}", w.draft()).expect(owners(400)));
        // the draft is empty: submitting it is refused for what blocks it, withdrawing for lack of a submission
        m.add(api("POST", "/api/proposals/{id}/submit", w.draft()).expect(owners(422)));
        m.add(api("POST", "/api/proposals/{id}/withdraw", w.draft()).expect(owners(409)));
        // partners' consent: the draft names no caller's organisation as partner (the lead is no partner of it)
        m.add(api("GET", "/api/proposals/invitations").expect(all(403, ANONYMOUS, 401, OWNER, 200, STRANGER, 200,
                NEWCOMER, 200)));
        for (String method : List.of("GET", "POST", "DELETE")) {
            m.add(api(method, "/api/proposals/{id}/consent", w.draft()).expect(owners(404)));
        }
        m.add(api("GET", "/api/proposals/{id}/partners", w.draft()).expect(readers(200)));
        for (String read : List.of("/eligibility", "/admissibility", "/timeline")) {
            m.add(api("GET", "/api/proposals/{id}" + read, w.draft()).expect(readers(200)));
        }
        m.add(api("POST", "/api/proposals/{id}/admissibility", w.draft())
                .expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        for (String answer : List.of("/completion", "/observations")) {
            m.add(api("POST", "/api/proposals/{id}" + answer, w.draft()).expect(owners(400)));
        }
        // a draft has no submission: its readers get 404 too
        m.add(api("GET", "/api/proposals/{id}/submission", w.draft()).expect(all(404, ANONYMOUS, 401)));

        // --- API: the owner's submitted proposal, its snapshot, receipt and documents
        m.add(api("GET", "/api/proposals/{id}/submission", w.submitted()).expect(readers(200)));
        m.add(api("GET", "/api/proposals/{id}/submission/snapshot", w.submitted()).expect(readers(200)));
        m.add(api("GET", "/api/proposals/{id}/receipt", w.submitted()).returning(PDF).expect(readers(200)));
        m.add(api("GET", "/api/proposals/{id}/documents", w.submitted()).expect(readers(200)));
        m.add(api("GET", "/api/proposals/{id}/documents/{documentId}", w.submitted(), w.receipt()).returning(PDF)
                .expect(readers(200)));
        // the owner's receipt asked for under the stranger's proposal: it is no document of that proposal
        m.add(api("GET", "/api/proposals/{id}/documents/{documentId}", w.strangersDraft(), w.receipt())
                .returning(PDF).expect(all(404, ANONYMOUS, 401)));
        m.add(api("POST", "/api/proposals/{id}/submit", w.submitted()).expect(owners(409)));
        // the decision the officer has to take now: an empty one is refused
        m.add(api("POST", "/api/proposals/{id}/admissibility", w.submitted())
                .expect(all(403, ANONYMOUS, 401, OFFICER, 400)));

        // --- API: attachments of the owner's draft
        String attachments = "/api/proposals/{id}/attachments";
        m.add(api("GET", attachments, w.draft()).expect(readers(200)));
        m.add(api("GET", attachments + "/{attachmentId}", w.draft(), w.attachment()).returning(PDF)
                .expect(readers(200)));
        // the owner's attachment asked for under the stranger's proposal
        m.add(api("GET", attachments + "/{attachmentId}", w.strangersDraft(), w.attachment()).returning(PDF)
                .expect(all(404, ANONYMOUS, 401)));
        // an upload with a kind and no file: who passes authorization gets 400 (file missing)
        m.add(api("POST", attachments, w.draft()).multipart().expect(owners(400)));
        // the owner really deletes it, after everybody else was refused
        m.add(api("DELETE", attachments + "/{attachmentId}", w.draft(), w.attachment()).returning(null)
                .expect(owners(204)));

        // --- API: the administrators' incidents (no open incident has these ids: an administrator gets 404)
        m.add(api("GET", "/api/admin/incidents").expect(all(403, ANONYMOUS, 401, ADMIN, 200)));
        m.add(api("POST", "/api/admin/incidents/{id}/retry", "start-0").expect(all(403, ANONYMOUS, 401, ADMIN, 404)));
        m.add(api("POST", "/api/admin/incidents/{id}/close", "integrity-0")
                .expect(all(403, ANONYMOUS, 401, ADMIN, 404)));

        // --- API: the administrators' outbox of e-mail messages (no message has id 0: an administrator gets 404)
        m.add(api("GET", "/api/admin/outbox").expect(all(403, ANONYMOUS, 401, ADMIN, 200)));
        m.add(api("POST", "/api/admin/outbox/{id}/retry", 0).expect(all(403, ANONYMOUS, 401, ADMIN, 404)));
        // --- API: experts' profiles (the fixture's evaluator has none: it reads the empty one; an empty body is
        // invalid) and panels (no evaluation nor assignment has id 0: who passes the role gets 404, or 400 where
        // the body is checked first)
        m.add(api("GET", "/api/experts").expect(all(403, ANONYMOUS, 401, OFFICER, 200, AUDITOR, 200, ADMIN, 200)));
        m.add(api("GET", "/api/experts/me").expect(all(403, ANONYMOUS, 401, EVALUATOR, 200)));
        m.add(api("GET", "/api/experts/{username}", EVALUATOR).expect(all(403, ANONYMOUS, 401, EVALUATOR, 200,
                OFFICER, 200, AUDITOR, 200, ADMIN, 200)));
        m.add(api("PUT", "/api/experts/{username}", EVALUATOR).expect(all(403, ANONYMOUS, 401, OFFICER, 400,
                ADMIN, 400)));
        m.add(api("GET", "/api/evaluations/{submissionId}/panel-proposal", 0).expect(all(403, ANONYMOUS, 401,
                OFFICER, 404, AUDITOR, 404)));
        m.add(api("GET", "/api/evaluations/calls/{callId}/panel-proposals", w.publishedCall())
                .expect(all(403, ANONYMOUS, 401, OFFICER, 200, AUDITOR, 200)));
        m.add(api("POST", "/api/evaluations/{submissionId}/panel", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 404)));
        m.add(api("POST", "/api/evaluations/{submissionId}/seats/{seat}", 0, 1)
                .expect(all(403, ANONYMOUS, 401, OFFICER, 404)));
        m.add(api("POST", "/api/evaluations/{submissionId}/rapporteur", 0)
                .expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        m.add(api("GET", "/api/evaluations/assignments").expect(all(403, ANONYMOUS, 401, EVALUATOR, 200)));
        m.add(api("GET", "/api/evaluations/assignments/{id}", 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 404,
                OFFICER, 404, AUDITOR, 404)));
        m.add(api("POST", "/api/evaluations/assignments/{id}/accept", 0)
                .expect(all(403, ANONYMOUS, 401, EVALUATOR, 400)));
        m.add(api("POST", "/api/evaluations/assignments/{id}/decline", 0)
                .expect(all(403, ANONYMOUS, 401, EVALUATOR, 404)));
        m.add(api("POST", "/api/evaluations/assignments/{id}/removal", 0)
                .expect(all(403, ANONYMOUS, 401, OFFICER, 404)));
        // --- API: individual evaluations and the consensus (issue 13, score); no assignment or evaluation has id 0:
        // who passes authorization gets 404, or 400 for an empty body
        String scores = "/api/evaluations/assignments/{id}";
        m.add(api("GET", scores + "/scores", 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 404, OFFICER, 404,
                AUDITOR, 404)));
        m.add(api("PUT", scores + "/scores", 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 400)));
        m.add(api("POST", scores + "/submit", 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 404)));
        m.add(api("POST", scores + "/reopen", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        String evaluation = "/api/evaluations/{submissionId}";
        m.add(api("GET", evaluation, 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 404, OFFICER, 404,
                AUDITOR, 404)));
        m.add(api("GET", evaluation + "/consensus", 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 404, OFFICER, 404,
                AUDITOR, 404)));
        m.add(api("PUT", evaluation + "/consensus", 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 400)));
        m.add(api("POST", evaluation + "/consensus/submit", 0).expect(all(403, ANONYMOUS, 401, EVALUATOR, 404)));
        // the summary report: officers, auditors and (once released) the applicant
        m.add(api("GET", evaluation + "/report", 0).returning(PDF).expect(all(404, ANONYMOUS, 401, EVALUATOR, 403,
                ADMIN, 403)));

        // --- API: rankings (issue 14): officers act, officers and auditors read; no call 0 has a ranking, so who
        // passes authorization gets 404, or 400 for an empty body (before any ranking is looked up)
        String ranking = "/api/rankings/calls/{callId}";
        m.add(api("GET", ranking, 0).expect(all(403, ANONYMOUS, 401, OFFICER, 404, AUDITOR, 404)));
        m.add(api("GET", ranking + "/lines/{line}", 0, "A").expect(all(403, ANONYMOUS, 401, OFFICER, 404,
                AUDITOR, 404)));
        m.add(api("GET", ranking + "/lines/{line}/act", 0, "B").returning(PDF).expect(all(403, ANONYMOUS, 401,
                OFFICER, 404, AUDITOR, 404)));
        m.add(api("POST", ranking + "/exclusions", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        m.add(api("DELETE", ranking + "/exclusions/{submissionId}", 0, 0).expect(all(403, ANONYMOUS, 401,
                OFFICER, 400)));
        m.add(api("POST", ranking + "/approval", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        m.add(api("GET", ranking + "/movements", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 404, AUDITOR, 404)));
        m.add(api("POST", ranking + "/movements/{id}/confirmation", 0, 0).expect(all(403, ANONYMOUS, 401,
                OFFICER, 404)));
        // the published rankings and their open data: anyone; a call without a published ranking is 404
        m.add(api("GET", "/api/public/rankings").expect(all(200)));
        m.add(api("GET", "/api/public/rankings/{callId}", 0).expect(all(404)));
        m.add(api("GET", "/api/public/rankings/{callId}.json", 0).expect(all(404)));
        m.add(api("GET", "/api/public/rankings/{callId}.csv", 0).returning("text/csv").expect(all(404)));

        // --- API: funding (issue 14); no award has submission id 0: who passes authorization gets 404, or 400 for an
        // empty body (every write names the award's version)
        String funding = "/api/funding/{submissionId}";
        m.add(api("GET", "/api/funding/calls/{callId}", w.publishedCall()).expect(all(403, ANONYMOUS, 401,
                OFFICER, 200, AUDITOR, 200)));
        m.add(api("GET", "/api/funding/mine").expect(all(403, ANONYMOUS, 401, OWNER, 200, STRANGER, 200,
                NEWCOMER, 200)));
        m.add(api("GET", funding, 0).expect(all(404, ANONYMOUS, 401, EVALUATOR, 403, ADMIN, 403)));
        for (String checklist : List.of("/cup", "/cor", "/durc", "/antimafia", "/line-b-commitment")) {
            m.add(api("PUT", funding + checklist, 0).expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        }
        m.add(api("POST", funding + "/concession", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        m.add(api("POST", funding + "/proofs/{proofId}/verdict", 0, 0).expect(all(403, ANONYMOUS, 401,
                OFFICER, 400)));
        m.add(api("POST", funding + "/revocation-decision", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 400)));
        for (String act : List.of("/acceptance", "/renunciation", "/observations")) {
            m.add(api("POST", funding + act, 0).expect(all(403, ANONYMOUS, 401, OWNER, 400, STRANGER, 400,
                    NEWCOMER, 400)));
        }
        m.add(api("POST", funding + "/proofs", 0).multipart().expect(all(403, ANONYMOUS, 401, OWNER, 400,
                STRANGER, 400, NEWCOMER, 400)));
        m.add(api("GET", funding + "/decision", 0).returning(PDF).expect(all(404, ANONYMOUS, 401, EVALUATOR, 403,
                ADMIN, 403)));
        m.add(api("GET", funding + "/documents/{documentId}", 0, 0).returning(PDF).expect(all(404, ANONYMOUS, 401,
                EVALUATOR, 403, ADMIN, 403)));
        m.add(api("GET", funding + "/proofs/{proofId}", 0, 0).returning(PDF).expect(all(404, ANONYMOUS, 401,
                EVALUATOR, 403, ADMIN, 403)));

        // --- pages anybody may see
        m.add(page("GET", "/").expect(all(200)));
        m.add(page("GET", "/login").expect(all(200)));
        m.add(page("GET", "/lang/{lang}", "en").expect(all(303)));
        m.add(page("GET", "/calls/{id}", w.publishedCall()).expect(all(200)));
        m.add(page("GET", "/calls/{id}", w.draftCall()).expect(all(404, OFFICER, 200, AUDITOR, 200, ADMIN, 200)));
        // the public rankings (issue 14): anyone reads them; a call still open has none published
        m.add(page("GET", "/rankings").expect(all(200)));
        m.add(page("GET", "/rankings/{callId}", w.publishedCall()).expect(all(404)));
        m.add(page("GET", "/rankings/{callId}/acts/{line}", w.publishedCall(), "A").returning(PDF).expect(all(404)));

        // --- the organisation pages
        m.add(page("GET", "/organization").expect(all(200, ANONYMOUS, LOGIN)));
        m.add(page("GET", "/organization/new").expect(all(200, ANONYMOUS, LOGIN, OWNER, 303, STRANGER, 303)));
        // as in the API: who has an organisation is told so (409); an empty form of a newcomer is invalid
        m.add(page("POST", "/organization").expect(all(403, ANONYMOUS, LOGIN, OWNER, 409, STRANGER, 409,
                NEWCOMER, 400)));
        m.add(page("GET", "/organization/claim").expect(all(403, ANONYMOUS, LOGIN, OWNER, 200, STRANGER, 200,
                NEWCOMER, 200)));
        m.add(page("POST", "/organization/claim").expect(all(403, ANONYMOUS, LOGIN, OWNER, 400, STRANGER, 400,
                NEWCOMER, 400)));
        m.add(page("GET", "/officer/claims").expect(all(403, ANONYMOUS, LOGIN, OFFICER, 200, ADMIN, 200)));
        m.add(page("POST", "/officer/claims/{id}/{decision}", w.claim(), "approve")
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 400, ADMIN, 400)));

        // --- the officer's pages
        m.add(page("GET", "/officer/calls").expect(officers(200)));
        m.add(page("GET", "/officer/calls/new").expect(officers(200)));
        m.add(page("POST", "/officer/calls").expect(officers(400)));
        m.add(page("POST", "/officer/calls/{id}/publish", w.publishedCall()).expect(officers(409)));
        m.add(page("GET", "/officer/proposals").expect(officers(200)));
        m.add(page("GET", "/officer/proposals/{id}", w.submitted()).expect(officers(200)));
        m.add(page("POST", "/officer/proposals/{id}/decision", w.submitted()).expect(officers(400)));
        // --- the evaluation board (D2): officers and auditors read it
        m.add(api("GET", "/api/calls/{id}/evaluation", w.publishedCall())
                .expect(all(403, ANONYMOUS, 401, OFFICER, 200, AUDITOR, 200)));
        m.add(page("GET", "/officer/calls/{id}/evaluation", w.publishedCall())
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 200, AUDITOR, 200)));
        // the panel page of a submission (D2): officers act, auditors read; a submission that is not under
        // evaluation has no panel
        m.add(page("GET", "/officer/evaluations/{submissionId}", w.submitted())
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 404, AUDITOR, 404)));
        m.add(page("GET", "/officer/evaluations/{submissionId}/report", w.submitted()).returning(PDF)
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 404, AUDITOR, 404)));
        m.add(page("POST", "/officer/evaluations/{submissionId}/panel", w.submitted()).expect(officers(404)));
        m.add(page("POST", "/officer/evaluations/{submissionId}/seats/{seat}", w.submitted(), 1)
                .expect(officers(404)));
        m.add(page("POST", "/officer/evaluations/{submissionId}/rapporteur", w.submitted()).expect(officers(404)));
        m.add(page("POST", "/officer/evaluations/{submissionId}/assignments/{assignmentId}/removal", w.submitted(), 0)
                .expect(officers(404)));
        m.add(page("POST", "/officer/evaluations/{submissionId}/assignments/{assignmentId}/reopen", w.submitted(), 0)
                .expect(officers(404)));
        // the applicant's Evaluation Summary Report (D2): only once released (a submission under admissibility has none)
        m.add(page("GET", "/proposals/{id}/evaluation-report", w.submitted()).returning(PDF)
                .expect(all(403, ANONYMOUS, LOGIN, OWNER, 404, STRANGER, 404, NEWCOMER, 404)));
        // the ranking board of a call (issue 14): officers act, auditors read; a call still open has no ranking yet
        // (the board says so), hence no act; an empty form names its fields; no movement has id 0
        m.add(page("GET", "/officer/calls/{id}/ranking", w.publishedCall())
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 200, AUDITOR, 200)));
        m.add(page("GET", "/officer/calls/{id}/ranking/acts/{line}", w.publishedCall(), "A").returning(PDF)
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 404, AUDITOR, 404)));
        m.add(page("POST", "/officer/calls/{id}/ranking/exclusions/{submissionId}", w.publishedCall(), w.submitted())
                .expect(officers(400)));
        m.add(page("POST", "/officer/calls/{id}/ranking/exclusions/{submissionId}/reinstate", w.publishedCall(),
                w.submitted()).expect(officers(400)));
        m.add(page("POST", "/officer/calls/{id}/ranking/approval", w.publishedCall()).expect(officers(400)));
        m.add(page("POST", "/officer/calls/{id}/ranking/movements/{movementId}/confirmation", w.publishedCall(), 0)
                .expect(officers(404)));
        // the experts' profiles (D2): officers and administrators; an empty form saves nothing
        m.add(page("GET", "/officer/experts").expect(all(403, ANONYMOUS, LOGIN, OFFICER, 200, ADMIN, 200)));
        m.add(page("GET", "/officer/experts/{username}", EVALUATOR)
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 200, ADMIN, 200)));
        m.add(page("POST", "/officer/experts/{username}", EVALUATOR)
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 400, ADMIN, 400)));

        // --- the administrators' incidents page
        m.add(page("GET", "/admin/incidents").expect(all(403, ANONYMOUS, LOGIN, ADMIN, 200)));
        m.add(page("POST", "/admin/incidents/{id}/retry", "start-0").expect(all(403, ANONYMOUS, LOGIN, ADMIN, 404)));
        m.add(page("POST", "/admin/incidents/{id}/close", "integrity-0")
                .expect(all(403, ANONYMOUS, LOGIN, ADMIN, 404)));

        // --- the administrators' outbox page
        m.add(page("GET", "/admin/outbox").expect(all(403, ANONYMOUS, LOGIN, ADMIN, 200)));
        m.add(page("POST", "/admin/outbox/{id}/retry", 0).expect(all(403, ANONYMOUS, LOGIN, ADMIN, 404)));

        // --- the applicant's proposal pages
        m.add(page("GET", "/proposals").expect(all(403, ANONYMOUS, LOGIN, OWNER, 200, STRANGER, 200,
                NEWCOMER, 200)));
        m.add(page("POST", "/proposals").expect(all(403, ANONYMOUS, LOGIN, OWNER, 400, STRANGER, 400,
                NEWCOMER, 400)));
        m.add(page("GET", "/proposals/{id}", w.draft()).expect(ownersPage(200)));
        m.add(page("GET", "/proposals/{id}", w.submitted()).expect(ownersPage(200)));
        // an empty form does not confirm the submission, nor answers; a draft has no submission to withdraw
        m.add(page("POST", "/proposals/{id}/submit", w.draft()).expect(ownersPage(400)));
        m.add(page("POST", "/proposals/{id}/withdraw", w.draft()).expect(ownersPage(409)));
        m.add(page("POST", "/proposals/{id}/consent", w.draft()).expect(ownersPage(404)));
        m.add(page("POST", "/proposals/{id}/consent/withdraw", w.draft()).expect(ownersPage(404)));
        m.add(page("POST", "/proposals/{id}/{answer}", w.draft(), "completion").expect(ownersPage(400)));
        m.add(page("POST", "/proposals/{id}/{answer}", w.draft(), "observations").expect(ownersPage(400)));
        m.add(page("GET", "/proposals/{id}/documents/{documentId}", w.submitted(), w.receipt()).returning(PDF)
                .expect(pageReaders(200)));
        m.add(page("GET", "/proposals/{id}/documents/{documentId}", w.strangersDraft(), w.receipt()).returning(PDF)
                .expect(all(404, ANONYMOUS, LOGIN)));
        m.add(page("GET", "/proposals/{id}/attachments/{attachmentId}", w.draft(), w.pageAttachment())
                .returning(PDF).expect(pageReaders(200)));
        m.add(page("POST", "/proposals/{id}/attachments", w.draft()).multipart().expect(ownersPage(400)));
        // the owner really deletes it, after everybody else was refused
        m.add(page("POST", "/proposals/{id}/attachments/{attachmentId}/delete", w.draft(), w.pageAttachment())
                .expect(ownersPage(303)));

        // --- the guided draft form (only a draft is edited)
        m.add(page("GET", "/proposals/{id}/edit", w.draft()).expect(ownersPage(200)));
        m.add(page("GET", "/proposals/{id}/edit", w.submitted()).expect(ownersPage(409)));
        m.add(page("GET", "/proposals/{id}/edit/{section}", w.draft(), "general").expect(ownersPage(200)));
        m.add(page("POST", "/proposals/{id}/edit/{section}", w.draft(), "general").expect(ownersPage(400)));

        // --- the expert's pages (D1): the matrix's evaluator has no assignment, so every one of them is a 404 to it
        m.add(page("GET", "/expert").expect(all(403, ANONYMOUS, LOGIN, EVALUATOR, 200)));
        m.add(page("GET", "/expert/assignments/{id}", 0).expect(all(403, ANONYMOUS, LOGIN, EVALUATOR, 404)));
        for (String act : List.of("/accept", "/decline", "/scores")) {
            m.add(page("POST", "/expert/assignments/{id}" + act, 0)
                    .expect(all(403, ANONYMOUS, LOGIN, EVALUATOR, 404)));
        }
        m.add(page("GET", "/expert/assignments/{id}/scores", 0).expect(all(403, ANONYMOUS, LOGIN, EVALUATOR, 404)));
        m.add(page("GET", "/expert/assignments/{id}/attachments/{attachmentId}", 0, 0).returning(PDF)
                .expect(all(403, ANONYMOUS, LOGIN, EVALUATOR, 404)));
        for (String method : List.of("GET", "POST")) {
            m.add(page(method, "/expert/evaluations/{submissionId}/consensus", 0)
                    .expect(all(403, ANONYMOUS, LOGIN, EVALUATOR, 404)));
        }

        // --- the user's account and the administrators' list of users (an empty form changes nothing)
        m.add(page("GET", "/account/password").expect(all(200, ANONYMOUS, LOGIN)));
        m.add(page("POST", "/account/password").expect(all(400, ANONYMOUS, LOGIN)));
        m.add(page("GET", "/admin/users").expect(all(403, ANONYMOUS, LOGIN, ADMIN, 200)));
        m.add(page("POST", "/admin/users/{id}/{action}", w.ownerUser(), "disable")
                .expect(all(403, ANONYMOUS, LOGIN, ADMIN, 400)));
        m.add(page("POST", "/admin/users/{id}/{action}", w.ownerUser(), "enable")
                .expect(all(403, ANONYMOUS, LOGIN, ADMIN, 400)));

        // --- the funding pages (issue 14): the officer's checklist and list per call (auditors read), the
        // beneficiary's page (a submission that is not funded has none: 404 to everyone who may reach the page)
        m.add(page("GET", "/officer/calls/{id}/funding", w.publishedCall())
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 200, AUDITOR, 200)));
        m.add(page("GET", "/officer/funding/{submissionId}", w.submitted())
                .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 404, AUDITOR, 404)));
        for (String file : List.of("/documents/{documentId}", "/proofs/{proofId}")) {
            m.add(page("GET", "/officer/funding/{submissionId}" + file, w.submitted(), 0).returning(PDF)
                    .expect(all(403, ANONYMOUS, LOGIN, OFFICER, 404, AUDITOR, 404)));
        }
        for (String act : List.of("/cup", "/cor", "/durc", "/antimafia", "/line-b-commitment", "/concession",
                "/revocation-decision")) {
            m.add(page("POST", "/officer/funding/{submissionId}" + act, w.submitted()).expect(officers(404)));
        }
        m.add(page("POST", "/officer/funding/{submissionId}/proofs/{proofId}/verdict", w.submitted(), 0)
                .expect(officers(404)));
        m.add(page("GET", "/funding/{submissionId}", w.submitted()).expect(fundingPage()));
        for (String file : List.of("/documents/{documentId}", "/proofs/{proofId}")) {
            m.add(page("GET", "/funding/{submissionId}" + file, w.submitted(), 0).returning(PDF)
                    .expect(fundingPage()));
        }
        for (String act : List.of("/acceptance", "/renunciation", "/partial-renunciation", "/observations")) {
            m.add(page("POST", "/funding/{submissionId}" + act, w.submitted()).expect(fundingPage()));
        }
        m.add(page("POST", "/funding/{submissionId}/proofs", w.submitted()).multipart().expect(fundingPage()));

        // --- issue 15: facts. The funding report: auditors, officers, administrators read it; the drill-down
        // without a measure is 400 for them (checked before the call is looked up)
        m.add(api("GET", "/api/reports/calls/{callId}/funding", w.publishedCall()).expect(all(403, ANONYMOUS, 401,
                OFFICER, 200, AUDITOR, 200, ADMIN, 200)));
        m.add(api("GET", "/api/reports/calls/{callId}/funding/projects", 0).expect(all(403, ANONYMOUS, 401,
                OFFICER, 400, AUDITOR, 400, ADMIN, 400)));
        // --- issue 15: audit. The audit trail: auditors and administrators read it (API and page, JSON and CSV);
        // nobody else, officers included
        m.add(api("GET", "/api/audit").expect(all(403, ANONYMOUS, 401, AUDITOR, 200, ADMIN, 200)));
        m.add(api("GET", "/api/audit.csv").returning("text/csv").expect(all(403, ANONYMOUS, 401, AUDITOR, 200,
                ADMIN, 200)));
        m.add(page("GET", "/auditor/audit").expect(all(403, ANONYMOUS, LOGIN, AUDITOR, 200, ADMIN, 200)));
        m.add(page("GET", "/auditor/audit.csv").returning("text/csv").expect(all(403, ANONYMOUS, LOGIN, AUDITOR, 200,
                ADMIN, 200)));
        // --- issue 15: verify. Anyone verifies a document, logged in or not, and nothing is written: a well-formed
        // code that no document has is 404 to everyone, a JSON body is no file (415); the page's upload form without
        // a file names it (400)
        String verification = "/api/public/documents/verification";
        m.add(api("GET", verification + "/{code}", "0000-0000-0000-0000").expect(all(404)));
        m.add(api("POST", verification).expect(all(415)));
        m.add(page("GET", "/verify").expect(all(200)));
        m.add(page("GET", "/verify/{code}", "0000-0000-0000-0000").expect(all(404)));
        m.add(page("POST", "/verify").multipart().expect(all(400)));
        // --- issue 15: pages
        // the auditor's home: who reads the funding reports (auditors, officers, administrators)
        m.add(page("GET", "/auditor").expect(all(403, ANONYMOUS, LOGIN, OFFICER, 200, AUDITOR, 200, ADMIN, 200)));

        // --- issue 15: opendata (the open data of funded projects: anyone, no login; all calls)
        m.add(api("GET", "/api/public/open-data/projects.csv").returning("text/csv").expect(all(200)));
        m.add(api("GET", "/api/public/open-data/projects.json").expect(all(200)));
        m.add(api("GET", "/api/public/open-data/schema.json").expect(all(200)));
        m.add(page("GET", "/open-data").expect(all(200)));

        // --- issue 15: exports. The funding report's files and pages: auditors, officers and administrators read
        // them, nobody writes; there is no call 0 (404), and a drill-down without a measure is refused first (400)
        String reportApi = "/api/reports/calls/{callId}";
        for (String file : List.of("/funding.csv", "/funding.xlsx", "/funding.pdf")) {
            m.add(api("GET", reportApi + file, 0).expect(all(403, ANONYMOUS, 401, OFFICER, 404, AUDITOR, 404,
                    ADMIN, 404)));
        }
        m.add(api("GET", reportApi + "/funding/projects.csv", 0).expect(all(403, ANONYMOUS, 401, OFFICER, 400,
                AUDITOR, 400, ADMIN, 400)));
        String reportPage = "/auditor/calls/{callId}";
        for (String route : List.of("/report", "/report.pdf", "/report.csv", "/report.xlsx")) {
            m.add(page("GET", reportPage + route, 0).expect(all(403, ANONYMOUS, LOGIN, OFFICER, 404, AUDITOR, 404,
                    ADMIN, 404)));
        }
        for (String route : List.of("/report/projects", "/report/projects.csv")) {
            m.add(page("GET", reportPage + route, 0).expect(all(403, ANONYMOUS, LOGIN, OFFICER, 400, AUDITOR, 400,
                    ADMIN, 400)));
        }
        // --- issue 15: dossier. Auditors and administrators read dossiers; no submission has id 0 (404); the
        // verifications write nothing: an empty body is not a ZIP (400), a form without a file names it (400)
        m.add(api("GET", "/api/dossiers/{submissionId}", 0).expect(all(403, ANONYMOUS, 401, AUDITOR, 404,
                ADMIN, 404)));
        m.add(api("GET", "/api/dossiers/{submissionId}.zip", 0).returning("application/zip").expect(all(403,
                ANONYMOUS, 401, AUDITOR, 404, ADMIN, 404)));
        m.add(api("POST", "/api/dossiers/verification").expect(all(403, ANONYMOUS, 401, AUDITOR, 400, ADMIN, 400)));
        m.add(page("GET", "/auditor/calls/{callId}/projects", w.publishedCall()).expect(all(403, ANONYMOUS, LOGIN,
                AUDITOR, 200, ADMIN, 200)));
        m.add(page("GET", "/auditor/projects/{submissionId}", 0).expect(all(403, ANONYMOUS, LOGIN, AUDITOR, 404,
                ADMIN, 404)));
        m.add(page("GET", "/auditor/projects/{submissionId}/dossier.zip", 0).returning("application/zip")
                .expect(all(403, ANONYMOUS, LOGIN, AUDITOR, 404, ADMIN, 404)));
        m.add(page("GET", "/auditor/dossiers/verify").expect(all(403, ANONYMOUS, LOGIN, AUDITOR, 200, ADMIN, 200)));
        m.add(page("POST", "/auditor/dossiers/verify").multipart().expect(all(403, ANONYMOUS, LOGIN, AUDITOR, 400,
                ADMIN, 400)));

        // last: logging out ends the caller's sessions, so no row after it could use them
        m.add(page("POST", "/logout").expect(all(303)));
        // (the callers' sessions ended: the tests after this one log in again, see forgetTheEndedSessions)
        return m;
    }

    /** The default status for every caller, with the exceptions given as caller, status pairs. */
    static Map<String, Integer> all(int status, Object... exceptions) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        CALLERS.forEach(caller -> expected.put(caller, status));
        for (int i = 0; i < exceptions.length; i += 2) {
            expected.put((String) exceptions[i], (Integer) exceptions[i + 1]);
        }
        return expected;
    }

    /**
     * A read of an object of the owner through the API: the owner, officers, auditors and administrators read it;
     * to other applicants and to evaluators it does not exist.
     */
    static Map<String, Integer> readers(int status) {
        return all(status, ANONYMOUS, 401, STRANGER, 404, NEWCOMER, 404, EVALUATOR, 404);
    }

    /** A write of an object of the owner through the API: only the owner passes; other applicants do not see it. */
    static Map<String, Integer> owners(int status) {
        return all(403, ANONYMOUS, 401, OWNER, status, STRANGER, 404, NEWCOMER, 404);
    }

    /** {@link #readers} on a page: anonymous callers are sent to the login form. */
    static Map<String, Integer> pageReaders(int status) {
        return all(status, ANONYMOUS, LOGIN, STRANGER, 404, NEWCOMER, 404, EVALUATOR, 404);
    }

    /** An applicant's page of the owner's proposal: only the owner passes; other applicants do not see it. */
    static Map<String, Integer> ownersPage(int status) {
        return all(403, ANONYMOUS, LOGIN, OWNER, status, STRANGER, 404, NEWCOMER, 404);
    }

    /** The beneficiary's funding page of a submission that is not funded: applicants do not find it. */
    static Map<String, Integer> fundingPage() {
        return all(403, ANONYMOUS, LOGIN, OWNER, 404, STRANGER, 404, NEWCOMER, 404);
    }

    /** An officer's page. */
    static Map<String, Integer> officers(int status) {
        return all(403, ANONYMOUS, LOGIN, OFFICER, status);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // every route has a row

    @Test
    void everyRouteHasARowInTheMatrix(TestReporter reporter) {
        Set<String> api = apiOperations();
        Set<String> resources = resourceRoutes();
        assertThat(resources).as("the scan of the resource classes finds every operation of the OpenAPI document")
                .containsAll(api);
        Set<String> pages = new TreeSet<>(resources);
        pages.removeAll(api);
        reporter.publishEntry("routes", api.size() + " API operations, " + pages.size() + " page routes");

        List<Case> rows = matrix(World.PLACEHOLDER);
        Map<Surface, Set<String>> routes = Map.of(Surface.API, api, Surface.PAGE, pages);
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Surface surface : Surface.values()) {
            Set<String> covered = rows.stream().filter(c -> c.surface() == surface).map(Case::key)
                    .collect(Collectors.toCollection(TreeSet::new));
            routes.get(surface).stream().filter(r -> !covered.contains(r)).forEach(r -> missing.add(surface + " " + r));
            covered.stream().filter(r -> !routes.get(surface).contains(r)).forEach(r -> stale.add(surface + " " + r));
        }
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("The access matrix (AccessMatrixTest.matrix) does not match the application's " + api.size()
                    + " API operations and " + pages.size() + " page routes."
                    + (missing.isEmpty() ? "" : "\nRoutes without a row (add one, with every caller's status):\n  "
                            + String.join("\n  ", missing))
                    + (stale.isEmpty() ? "" : "\nRows whose route does not exist (remove or correct them):\n  "
                            + String.join("\n  ", stale)));
        }
    }

    /** Every operation of the OpenAPI document, as "GET /api/proposals/{id}". */
    public static Set<String> apiOperations() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /**
     * Every resource method of the JAX-RS classes of org.openbando, found in the class files (not by class name: the
     * classes move between packages), as "POST /proposals/{id}/{answer}": the class's and the method's {@code @Path}
     * joined, each parameter's regular expression left out, as OpenAPI writes them.
     */
    public static Set<String> resourceRoutes() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass resource : productionClasses()) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : resource.getMethods()) {
                String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
                Optional<String> verb = httpMethod(method);
                if (verb.isPresent()) {
                    routes.add(verb.get() + " " + template(base, sub));
                } else if (method.isAnnotatedWith(Path.class)) {
                    // a sub-resource locator: its routes are not scanned, so it stands as a route without a row
                    routes.add("LOCATOR " + template(base, sub));
                }
            }
        }
        return routes;
    }

    /**
     * The classes of org.openbando, without following their dependencies: inside the test application these would be
     * looked up through Quarkus' class loader, whose quarkus: addresses ArchUnit cannot read (it warns for each).
     */
    private static JavaClasses productionClasses() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.openbando");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    /** The HTTP method of a resource method: JAX-RS' own annotations, or one annotated with {@code @HttpMethod}. */
    private static Optional<String> httpMethod(JavaMethod method) {
        return method.getAnnotations().stream().map(JavaAnnotation::getRawType)
                .map(type -> type.getPackageName().equals(HttpMethod.class.getPackageName())
                        && JAX_RS_METHODS.contains(type.getSimpleName()) ? Optional.of(type.getSimpleName())
                        : type.tryGetAnnotationOfType(HttpMethod.class).map(HttpMethod::value))
                .flatMap(Optional::stream).findFirst();
    }

    /** "/proposals" and "/{id}/{answer: completion|observations}" make "/proposals/{id}/{answer}". */
    static String template(String classPath, String methodPath) {
        String joined = ("/" + withoutRegex(classPath) + "/" + withoutRegex(methodPath)).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String withoutRegex(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean name = false;
        for (char ch : path.toCharArray()) {
            if (ch == '{') {
                if (depth++ == 0) {
                    out.append(ch);
                    name = true;
                }
            } else if (ch == '}') {
                if (--depth == 0) {
                    out.append(ch);
                }
            } else if (depth == 0) {
                out.append(ch);
            } else if (name && ch == ':') {
                name = false;
            } else if (name && !Character.isWhitespace(ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // auditors change nothing (issue 15)

    /** The methods that read. */
    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * The only routes that do not read (by their method) and that an auditor passes, each with why it changes no data
     * of the calls' life: the caller's own session and password, and the verifications, which compare what is sent
     * with the stored hashes and store nothing. Keyed "API POST /api/..." or "PAGE POST /...". An entry whose route
     * does not exist (yet) is reported, not failed: the verification routes arrive with their own features.
     */
    static final Map<String, String> AUDITORS_MAY_POST = Map.of(
            "PAGE POST /logout", "ends the caller's own sessions",
            "API POST /api/me/password", "the caller's own password: its account, not the calls' data",
            "PAGE POST /account/password", "the caller's own password: its account, not the calls' data",
            "API POST /api/public/documents/verification", "public: checks a PDF against the stored hashes",
            "PAGE POST /verify", "public: checks a PDF (or a code) against the stored documents",
            "API POST /api/dossiers/verification", "checks a dossier's ZIP against its manifest and the stored hashes",
            "PAGE POST /auditor/dossiers/verify", "checks a dossier's ZIP against its manifest and the stored hashes");

    /**
     * Nothing on the auditor's pages, nor anywhere else, lets an auditor change data: every route that does not read
     * (POST, PUT, DELETE, PATCH) refuses an auditor by its role (403 in its row), but the few of
     * {@link #AUDITORS_MAY_POST}. Computed from the rows, which {@link #everyRouteHasARowInTheMatrix} ties to every
     * route of the application and {@link #everyRouteAnswersEveryCallerAsItShould} checks against the running
     * application: a new route that let auditors write fails here.
     */
    @Test
    void auditorsChangeNothing(TestReporter reporter) {
        List<String> writable = new ArrayList<>();
        Set<String> exempted = new TreeSet<>();
        int writes = 0;
        for (Case c : matrix(World.PLACEHOLDER)) {
            if (READS.contains(c.method())) {
                continue;
            }
            writes++;
            String key = c.surface() + " " + c.key();
            if (AUDITORS_MAY_POST.containsKey(key)) {
                exempted.add(key);
                continue;
            }
            int status = c.expected().get(AUDITOR);
            if (status != 403) {
                writable.add(key + " (" + c.values() + ") answers an auditor " + status);
            }
        }
        Set<String> absent = new TreeSet<>(AUDITORS_MAY_POST.keySet());
        absent.removeAll(exempted);
        reporter.publishEntry("auditors", writes + " rows that do not read; " + exempted.size()
                + " open to auditors by design " + exempted + (absent.isEmpty() ? ""
                        : "; listed but not (yet) routes: " + absent));
        assertThat(writable).as("rows that do not read and that an auditor passes (an auditor reads everything and "
                + "changes nothing: refuse the role, or, if the route really writes nothing, add it with the reason to "
                + "AUDITORS_MAY_POST)").isEmpty();
        assertThat(exempted).as("the logout and the own password are routes").contains("PAGE POST /logout",
                "API POST /api/me/password", "PAGE POST /account/password");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // every caller on every row

    /** The logout row ended the callers' sessions on the server: later tests must log in again. */
    @AfterAll
    static void forgetTheEndedSessions() {
        Api.forgetSessions();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryCallerAsItShould() {
        World w = world();
        Map<String, String> before = state(w);
        List<Long> attachmentsBefore = attachmentsOf(w.draft());
        Stream<DynamicTest> rows = matrix(w).stream().flatMap(c -> CALLERS.stream().map(caller -> {
            String name = c.method() + " " + c.path() + " (" + c.route() + ") as " + caller + " -> "
                    + c.expected().get(caller);
            return DynamicTest.dynamicTest(name, () -> {
                try {
                    check(c, caller, request(caller, c).request(c.method(), c.path()).then());
                } catch (AssertionError e) { // the reports name a dynamic test by its number only
                    throw new AssertionError(name + ": " + String.valueOf(e.getMessage()).strip(), e);
                }
            });
        }));
        return Stream.concat(rows, Stream.of(DynamicTest.dynamicTest("nothing was written but the owner's deletions",
                () -> {
                    assertThat(state(w)).isEqualTo(before);
                    List<Long> remaining = new ArrayList<>(attachmentsBefore);
                    remaining.removeAll(List.of(w.attachment(), w.pageAttachment()));
                    assertThat(attachmentsOf(w.draft())).isEqualTo(remaining);
                })));
    }

    private static void check(Case c, String caller, ValidatableResponse response) {
        int status = c.expected().get(caller);
        response.statusCode(status);
        if (status == LOGIN && c.surface() == Surface.PAGE) {
            response.header("Location", endsWith("/login"));
        } else if (status == 303) {
            response.header("Location", not(endsWith("/login")));
        } else if (status >= 400) {
            response.contentType(c.surface() == Surface.API ? "application/problem+json" : HTML);
        } else if (status == 204 || c.successType() == null) {
            response.body(emptyString());
        } else {
            response.contentType(c.successType());
        }
    }

    private RequestSpecification request(String caller, Case c) {
        RequestSpecification spec;
        if (c.surface() == Surface.API) {
            if (c.isMultipart()) { // an upload, with the form token an API client makes itself
                return (caller.equals(ANONYMOUS) ? Api.anonymous() : as(caller)).contentType("multipart/form-data")
                        .cookie(Api.formToken().cookieName(), Api.API_FORM_TOKEN)
                        .header("X-CSRF-TOKEN", Api.API_FORM_TOKEN).multiPart("kind", "OTHER");
            }
            spec = caller.equals(ANONYMOUS) ? Api.anonymous() : as(caller);
            if (PDF.equals(c.successType())) {
                spec.accept(PDF + ", application/problem+json");
            }
            return c.method().equals("GET") || c.method().equals("DELETE") ? spec : spec.body("{}");
        }
        // the caller logged in through the login form, as a browser does; a write is the page's form, with its
        // token but no other field
        String user = caller.equals(ANONYMOUS) ? null : caller;
        if (c.isMultipart()) {
            return Api.upload(user).multiPart("kind", "OTHER");
        }
        return c.method().equals("GET") ? Api.page(user) : Api.form(user);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the objects, and what the matrix may not change

    private World world() {
        fixtures.applicant(OWNER);
        fixtures.applicant(STRANGER);
        fixtures.applicant(NEWCOMER);
        long ownOrganization = as(OWNER).body(Api.enterprise("Matrice S.r.l.", Api.vat(501), "9", "900000", "800000"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        as(STRANGER).body(Api.enterprise("Estranea S.r.l.", Api.vat(502), "9", "900000", "800000"))
                .post("/api/organizations").then().statusCode(201);
        long draftCall = call("MATRIX-DRAFT", 1, false);
        long publishedCall = call("MATRIX-PUBLISHED", 1, true);
        long draft = startDraft(OWNER, publishedCall);
        long attachment = upload(draft, "matrix.pdf");
        long pageAttachment = upload(draft, "matrix-page.pdf");
        long strangersDraft = startDraft(STRANGER, publishedCall);

        // a proposal submitted to an open call, its process started and run until the receipt is issued
        long openCall = call("MATRIX-OPEN", -1, true);
        long partner = as(fixtures.applicant("matrix-partner")).body(Api.enterprise("Partner Matrice S.r.l.",
                Api.vat(503), "20", "3000000", "2000000")).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("matrix-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name",
                "Lab Matrice", "vatNumber", Api.vat(504))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long submitted = startDraft(OWNER, openCall);
        as(OWNER).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + submitted).then().statusCode(200);
        fixtures.confirmAll(submitted);
        long submission = as(OWNER).header("Idempotency-Key", "matrix").post("/api/proposals/" + submitted
                + "/submit").then().statusCode(200).extract().jsonPath().getLong("submissionId");
        runProcess(submission);
        long receipt = as(OWNER).get("/api/proposals/" + submitted + "/documents").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.kind == 'RECEIPT' }.id");

        long ownerUser = as(ADMIN).get("/api/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + OWNER + "' }.id");
        // a claim to the stranger's VAT number by an applicant that no caller of the matrix is
        long claim = as(fixtures.applicant("matrix-claimant")).body(Map.of("vatNumber", Api.vat(502), "statement",
                "Estranea is my company")).post("/api/organization-claims").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        return new World(ownerUser, ownOrganization, draftCall, publishedCall, draft, attachment, pageAttachment,
                strangersDraft, submitted, receipt, claim);
    }

    private static long call(String code, int opensInDays, boolean published) {
        long id = as(OFFICER).body(Api.call(code, opensInDays, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        if (published) {
            as(OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200);
        }
        return id;
    }

    private static long startDraft(String applicant, long call) {
        return as(applicant).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long upload(long proposal, String fileName) {
        return Pdfs.upload(OWNER, proposal, "OTHER", fileName, Pdfs.onePage("Matrix")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /**
     * Starts the process of the submission as the process starter does after a commit (it is off in tests), and
     * executes its asynchronous steps until it waits for the officer: the receipt is issued, the checks have run.
     */
    private void runProcess(long submission) {
        // the starter is found by its simple name, not its package: the application's classes move between packages
        Bean<?> bean = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .filter(b -> b.getBeanClass().getSimpleName().equals("ProposalProcessStarter")).findFirst()
                .orElseThrow(() -> new AssertionError("no bean ProposalProcessStarter"));
        Object starter = Arc.container().instance(bean.getBeanClass()).get();
        try {
            while ((int) starter.getClass().getMethod("startPending").invoke(starter) > 0) {
                // the next batch
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot start the proposal processes", e);
        }
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("submission-" + submission).singleResult();
        assertThat(process).as("the process of submission " + submission).isNotNull();
        for (int i = 0; i < 20; i++) {
            List<String> jobs = management.createJobQuery().processInstanceId(process.getId()).messages().list()
                    .stream().map(job -> job.getId()).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(management::executeJob);
        }
        throw new AssertionError("the process of submission " + submission + " keeps creating jobs");
    }

    /** What the rows may not change, read back through the API by an auditor (who reads everything). */
    private static Map<String, String> state(World w) {
        List<String> reads = new ArrayList<>(List.of("/api/users", "/api/calls", "/api/calls/" + w.draftCall(),
                "/api/organizations", "/api/proposals", "/api/proposals/queue"));
        for (long proposal : List.of(w.draft(), w.strangersDraft(), w.submitted())) {
            for (String part : List.of("", "/documents", "/eligibility", "/admissibility", "/timeline")) {
                reads.add("/api/proposals/" + proposal + part);
            }
        }
        reads.addAll(List.of("/api/proposals/" + w.submitted() + "/submission",
                "/api/proposals/" + w.submitted() + "/attachments",
                "/api/proposals/" + w.strangersDraft() + "/attachments"));
        Map<String, String> state = new LinkedHashMap<>();
        reads.forEach(read -> state.put(read, as(AUDITOR).get(read).then().statusCode(200).extract().asString()));
        return state;
    }

    private static List<Long> attachmentsOf(long proposal) {
        return as(AUDITOR).get("/api/proposals/" + proposal + "/attachments").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
    }

    @Test
    void pagesOfTheApplicantNeedALogin() {
        for (String page : List.of("/organization", "/proposals", "/officer/calls")) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", endsWith("/login"));
        }
        given().get("/").then().statusCode(200).contentType(ContentType.HTML);
        given().get("/login").then().statusCode(200).contentType(ContentType.HTML);
    }
}
