package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;

/**
 * The expert's journey in Chromium (VAT seeds 33100-33199): from the inbox to the declaration, which they sign to
 * accept (the proposal stays closed until then); the scoring form beside the proposal, saved, then submitted after
 * the confirmation; the frozen evaluation with its hash. Screenshots 61-64.
 */
@QuarkusTest
class ExpertJourneyTest extends BrowserTest {

    static final List<String> CRITERIA = List.of("INNOVATIVENESS", "TECHNICAL_QUALITY", "TEAM", "IMPACT",
            "COOPERATION");

    @Inject
    AdmittedProposal admitted;

    @Test
    void theExpertAcceptsWithTheDeclarationScoresAndSubmits() {
        SubmittedProposal s = admitted.admit("WEB-EXPERT", 33100);
        List<String> experts = List.of(expert("web-expert-a"), expert("web-expert-b"), expert("web-expert-c"));
        as(TestFixtures.OFFICER).body(Map.of("experts", experts, "rapporteur", experts.get(0)))
                .post("/api/evaluations/" + s.submission() + "/panel").then().statusCode(200);

        Page expert = loggedIn(experts.get(0));
        expert.click("#nav-evaluations");
        assertThat(expert.locator("#inbox tr[data-submission='" + s.submission() + "']"))
                .hasAttribute("data-status", "ASSIGNED");
        assertThat(expert.locator("#inbox tr[data-submission='" + s.submission() + "']")).containsText("COBOT-SB");
        shot(expert, "61-expert-inbox");

        expert.click("#inbox tr[data-submission='" + s.submission() + "'] .open-assignment");
        assertThat(expert.locator("#declaration-text")).containsText("DICHIARAZIONE DI ASSENZA");
        assertThat(expert.locator("#main")).not().containsText("Cobots that learn a machining task");
        expert.click("#accept");
        assertThat(expert.locator(".field-error[data-field='declare']")).isVisible();
        shot(expert, "62-expert-declaration");
        expert.click("label[for='declare']");
        expert.click("#accept");

        // the proposal opens beside the form
        assertThat(expert.locator("#assignment-status")).hasAttribute("data-status", "ACCEPTED");
        assertThat(expert.locator("#proposal-summary")).containsText("Cobots that learn a machining task");
        assertThat(expert.locator("#proposal-attachments")).containsText("relazione.pdf");
        assertThat(expert.locator("#panel-blind")).isVisible();
        for (String c : CRITERIA) {
            expert.selectOption("[id='score." + c + "']", c.equals("INNOVATIVENESS") ? "24.5" : "11");
            expert.fill("[id='comment." + c + "']", "The proposal is convincing on " + c.toLowerCase()
                    + " for the reasons in its work plan.");
        }
        expert.click("label[for='trl.startCredible-yes']");
        expert.fill("[id='trl.startReason']", "A lab prototype is documented.");
        expert.click("label[for='trl.targetReachable-yes']");
        expert.fill("[id='trl.targetReason']", "The pilot cell is planned at month 18.");
        expert.click("label[for='wp.0.reachable-yes']");
        expert.fill("[id='wp.0.reason']", "Realistic for its budget.");
        expert.click("#save-scores");
        assertThat(expert.locator("#saved-notice")).isVisible();
        assertThat(expert.locator("[id='score.INNOVATIVENESS']")).hasValue("24.5");
        shot(expert, "63-expert-scoring-form");

        expert.click("#submit-scores"); // not confirmed: asked to
        assertThat(expert.locator(".field-error[data-field='confirm']")).isVisible();
        expert.click("label[for='confirm']");
        expert.click("#submit-scores");
        assertThat(expert.locator("#submitted-notice")).isVisible();
        assertThat(expert.locator("#assignment-status")).hasAttribute("data-status", "SUBMITTED");
        assertThat(expert.locator("#evaluation-hash")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        assertThat(expert.locator("#frozen-scores tr[data-criterion='INNOVATIVENESS']")).containsText("24.5");
        assertThat(expert.locator("#panel-table")).isVisible();
        shot(expert, "64-expert-submitted");
    }

    /** A user with the role EVALUATOR and an active profile, through the API. */
    private static String expert(String username) {
        as(TestFixtures.ADMIN).body(Map.of("username", username, "password", TestFixtures.PASSWORD, "displayName",
                "Expert " + username, "email", username + "@test.openbando.org", "roles", Set.of("EVALUATOR"),
                "locale", "it")).post("/api/users").then().statusCode(201);
        Map<String, Object> profile = new HashMap<>();
        profile.put("affiliationName", "Università di prova");
        profile.put("clusterCodes", List.of("MECH"));
        profile.put("areaCodes", List.of("MECH-ROBOTICS"));
        profile.put("languages", List.of("it", "en"));
        profile.put("maxProposalsPerCall", 10);
        profile.put("active", true);
        as(TestFixtures.OFFICER).body(profile).put("/api/experts/" + username).then().statusCode(200);
        return username;
    }
}
