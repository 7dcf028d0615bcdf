package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbando.TestFixtures;

/**
 * Logging in and out in Chromium, under the pages' Content-Security-Policy (BrowserTest checks that it blocked
 * nothing): the login form and the logout button carry their form tokens.
 */
@QuarkusTest
class FrontDoorJourneyTest extends BrowserTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void anApplicantLogsInAndOutWithTheFormsOfThePages() {
        String applicant = fixtures.applicant("web-front-door");
        Page page = loggedIn(applicant);
        assertThat(page.locator("#signed-in-as")).containsText("Test web-front-door");
        page.navigate(url("/proposals"));
        assertThat(page.locator("#nav-proposals")).isVisible();

        page.click("#logout");
        assertThat(page.locator("#login")).isVisible();
        page.navigate(url("/proposals"));
        assertThat(page.locator("#login-form")).isVisible();
        shot(page, "front-door-logged-out");
    }
}
