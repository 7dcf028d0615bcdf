package org.openbando.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openbando.TestFixtures;

/**
 * Headless Chromium driven by Playwright against the running test application: the one at $CHROMIUM_PATH, else
 * Debian's at /usr/bin/chromium, else (neither set nor installed) the Chromium that Playwright downloads for itself
 * into ~/.cache/ms-playwright, where the network allows it. Screenshots go to target/screenshots/.
 */
abstract class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        Path chromium = systemChromium();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
        if (chromium != null) {
            // a browser of the machine: Playwright need not download its own
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            options.setExecutablePath(chromium);
        } else {
            playwright = Playwright.create();
        }
        browser = playwright.chromium().launch(options);
    }

    /** $CHROMIUM_PATH when set, else /usr/bin/chromium when installed, else null (Playwright's own browser). */
    static Path systemChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path debian = Paths.get("/usr/bin/chromium");
        return Files.isExecutable(debian) ? debian : null;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** What the browser refused because of the pages' Content-Security-Policy, on any page of the test. */
    final List<String> policyViolations = new CopyOnWriteArrayList<>();

    /** A new browser window, which reports what the Content-Security-Policy blocks. */
    Page newPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        return page;
    }

    /** Every script, style, font and image of the pages is allowed by their Content-Security-Policy. */
    @AfterEach
    void nothingWasBlockedByTheContentSecurityPolicy() {
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    Page loggedIn(String username) {
        Page page = newPage();
        page.navigate(url("/login"));
        page.fill("#j_username", username);
        page.fill("#j_password", TestFixtures.PASSWORD);
        page.click("#login-submit");
        return page;
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
