package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;
import org.openbando.workflow.CallProcess;

/**
 * The applicant's journey in Chromium: log in, open a call, register an organisation with an invalid and then a
 * valid VAT number, see the size class, switch to English.
 */
@QuarkusTest
class ApplicantJourneyTest extends BrowserTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    ManagementService management;
    @Inject
    RuntimeService runtime;

    @Test
    void applicantLogsInOpensACallAndRegistersTheOrganisation() {
        String applicant = fixtures.applicant("laura.rossi");
        long callId = openCall("WEB-JOURNEY-2026");

        Page page = loggedIn(applicant);
        assertThat(page.locator("#signed-in-as")).containsText("Test laura.rossi");
        assertThat(page.locator("a.call-link", new Page.LocatorOptions().setHasText("WEB-JOURNEY-2026")))
                .isVisible();
        shot(page, "01-home");

        page.click("a[href='/calls/" + callId + "']");
        assertThat(page.locator("#call-title")).containsText("WEB-JOURNEY-2026");
        assertThat(page.locator("#call-status")).hasText("Aperto");
        assertThat(page.locator("#call-lines")).containsText("35.000.000,00");
        assertThat(page.locator("#call-criteria tbody tr")).hasCount(5);
        shot(page, "02-call");

        page.click("#nav-organization");
        page.click("#register-organization");
        page.selectOption("#type", "ENTERPRISE");
        page.fill("[name='name']", "Robotica Laura S.r.l.");
        String vat = Api.vat(900);
        String wrong = vat.substring(0, 10) + ((vat.charAt(10) - '0' + 1) % 10);
        page.fill("[name='vatNumber']", wrong);
        page.fill("[name='city']", "Modena");
        page.fill("[name='staffAwu']", "32,5");
        page.fill("[name='turnover']", "8.200.000");
        page.fill("[name='balanceSheetTotal']", "6.100.000");
        page.fill("[name='referenceYear']", "2025");
        page.selectOption("#membership-cluster", "MECH");
        page.fill("[name='memberships[0].since']", "2021-03-01");
        page.click("#organization-submit");
        shot(page, "03-invalid-vat");
        assertThat(page.locator("#form-errors")).isVisible();
        assertThat(page.locator(".field-error[data-field='vatNumber']")).containsText("check digit");
        assertThat(page.locator("[name='name']")).hasValue("Robotica Laura S.r.l.");

        page.fill("[name='vatNumber']", vat);
        page.click("#organization-submit");
        assertThat(page.locator("#registered")).isVisible();
        assertThat(page.locator("#org-name")).hasText("Robotica Laura S.r.l.");
        assertThat(page.locator("#size-class")).hasText("Piccola impresa");
        assertThat(page.locator("#size-reason")).containsText("32,5");
        assertThat(page.locator("#org-lines")).containsText("Linea A");
        shot(page, "04-organization");

        page.click("#lang-switch");
        assertThat(page.locator("#size-class")).hasText("Small enterprise");
        assertThat(page.locator("#org-lines")).containsText("Line A");
        shot(page, "05-organization-en");
        page.context().close();

        as(applicant).get("/api/me").then().statusCode(200)
                .body("organization.name", org.hamcrest.Matchers.equalTo("Robotica Laura S.r.l."));
    }

    /** Creates and publishes a call whose opening instant has passed, and runs its opening timer. */
    private long openCall(String code) {
        long id = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200);
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CallProcess.businessKey(id)).singleResult().getId();
        management.createJobQuery().processInstanceId(process).timers().list()
                .forEach(job -> management.executeJob(job.getId()));
        as(TestFixtures.OFFICER).get("/api/calls/" + id).then()
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
        return id;
    }

}
