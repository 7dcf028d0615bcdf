package org.openbando.evaluation;

import static org.openbando.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbando.TestFixtures;

/** Experts for the tests of the evaluation: a user with the role EVALUATOR and a profile, through the API. */
public final class Experts {

    private Experts() {
    }

    /** A new user with the role EVALUATOR (no profile); returns the username. */
    public static String user(String username) {
        as(TestFixtures.ADMIN).body(Map.of("username", username, "password", TestFixtures.PASSWORD, "displayName",
                "Expert " + username, "email", username + "@test.openbando.org", "roles", Set.of("EVALUATOR"),
                "locale", "it")).post("/api/users").then().statusCode(201);
        return username;
    }

    /** A profile as an officer sends it. */
    public static Map<String, Object> profile(String affiliationVat, List<String> clusters, List<String> areas) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("affiliationName", "Università di prova");
        profile.put("affiliationVat", affiliationVat);
        profile.put("clusterCodes", clusters);
        profile.put("areaCodes", areas);
        profile.put("languages", List.of("it", "en"));
        profile.put("maxProposalsPerCall", 10);
        profile.put("active", true);
        return profile;
    }

    /** A new expert with an active profile in MECH-ROBOTICS, affiliated to the VAT number given (or none). */
    public static String expert(String username, String affiliationVat) {
        user(username);
        as(TestFixtures.OFFICER).body(profile(affiliationVat, List.of("MECH"), List.of("MECH-ROBOTICS")))
                .put("/api/experts/" + username).then().statusCode(200);
        return username;
    }
}
