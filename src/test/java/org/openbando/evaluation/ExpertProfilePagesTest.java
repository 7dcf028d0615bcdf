package org.openbando.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;
import static org.openbando.Api.form;
import static org.openbando.Api.page;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;
import org.openbando.workflow.Panel;

/**
 * Officers and administrators list, search and edit the experts' profiles through the pages, in both languages; a
 * wrong value is shown under its input and nothing is saved; a stale form is refused; nobody else reaches them.
 * VAT seeds 34200-34299.
 */
@QuarkusTest
class ExpertProfilePagesTest {

    static final String OFFICER = TestFixtures.OFFICER;

    @Inject
    Panel panel;

    @Test
    void anOfficerSearchesTheExpertsAndEditsAProfile() {
        panel.experts("d2x", 2);
        page(OFFICER).get("/officer/experts").then().statusCode(200)
                .body(containsString("Esperti valutatori"))
                .body(containsString("data-expert=\"d2x-1\""))
                .body(containsString("data-expert=\"d2x-2\""))
                .body(containsString("id=\"nav-experts\""));
        page(OFFICER).cookie("lang", "en").queryParam("q", "D2X-2").get("/officer/experts").then().statusCode(200)
                .body(containsString("Evaluation experts"))
                .body(containsString("data-expert=\"d2x-2\"")).body(not(containsString("data-expert=\"d2x-1\"")));
        page(OFFICER).queryParam("q", "AGRIFOOD").get("/officer/experts").then().statusCode(200)
                .body(not(containsString("data-expert=\"d2x-1\"")));
        page(OFFICER).queryParam("q", "x".repeat(101)).get("/officer/experts").then().statusCode(400);

        page(TestFixtures.ADMIN).get("/officer/experts/d2x-1").then().statusCode(200)
                .body(containsString("value=\"Università d2x-1\""))
                .body(containsString("id=\"cluster-MECH\" name=\"clusterCodes\" type=\"checkbox\" value=\"MECH\" checked"));
        String vat = Api.vat(34200);
        form(OFFICER).formParam("version", "0").formParam("affiliationName", "Università di Parma")
                .formParam("affiliationVat", vat).formParam("clusterCodes", "MECH")
                .formParam("clusterCodes", "AGRIFOOD").formParam("areaCodes", "AGRIFOOD-TRACE")
                .formParam("languages", "it").formParam("languages", "fr").formParam("maxProposalsPerCall", "7")
                .formParam("active", "true").post("/officer/experts/d2x-1").then().statusCode(303)
                .header("Location", containsString("/officer/experts/d2x-1?saved=true"));
        as(OFFICER).get("/api/experts/d2x-1").then().statusCode(200)
                .body("affiliationName", equalTo("Università di Parma")).body("affiliationVat", equalTo(vat))
                .body("clusterCodes", hasItems("MECH", "AGRIFOOD")).body("areaCodes", hasItems("AGRIFOOD-TRACE"))
                .body("languages", hasItems("it", "fr")).body("maxProposalsPerCall", equalTo(7))
                .body("active", equalTo(true)).body("version", equalTo(1));
        page(OFFICER).queryParam("saved", true).cookie("lang", "en").get("/officer/experts/d2x-1").then()
                .statusCode(200).body(containsString("Profile saved."))
                .body(containsString("id=\"language-fr\" name=\"languages\" type=\"checkbox\" value=\"fr\" checked"));
        page(OFFICER).queryParam("q", "AGRIFOOD").get("/officer/experts").then().statusCode(200)
                .body(containsString("data-expert=\"d2x-1\""));

        // unticking "active" makes the expert inactive
        form(OFFICER).formParam("version", "1").formParam("affiliationName", "Università di Parma")
                .formParam("languages", "it").formParam("maxProposalsPerCall", "7")
                .post("/officer/experts/d2x-1").then().statusCode(303);
        as(OFFICER).get("/api/experts/d2x-1").then().statusCode(200).body("active", equalTo(false))
                .body("version", equalTo(2));
    }

    @Test
    void wrongValuesAreShownUnderTheirInputsAndNothingIsSaved() {
        panel.experts("d2y", 1);
        // a wrong VAT number, no language, too many proposals, an unknown cluster
        form(OFFICER).formParam("version", "0").formParam("affiliationName", "Università di Ferrara")
                .formParam("affiliationVat", "12345678901").formParam("maxProposalsPerCall", "99")
                .formParam("active", "true").post("/officer/experts/d2y-1").then().statusCode(400)
                .body(containsString("id=\"form-errors\""))
                .body(containsString("data-field=\"languages\""))
                .body(containsString("data-field=\"maxProposalsPerCall\""))
                .body(containsString("value=\"Università di Ferrara\""));
        form(OFFICER).formParam("version", "0").formParam("affiliationName", "Università di Ferrara")
                .formParam("affiliationVat", "12345678901").formParam("languages", "it")
                .formParam("maxProposalsPerCall", "ten").post("/officer/experts/d2y-1").then().statusCode(400)
                .body(containsString("data-field=\"maxProposalsPerCall\">is not a number"));
        form(OFFICER).formParam("version", "0").formParam("affiliationName", "Università di Ferrara")
                .formParam("affiliationVat", "12345678901").formParam("languages", "it")
                .formParam("maxProposalsPerCall", "5").formParam("clusterCodes", "NOPE")
                .post("/officer/experts/d2y-1").then().statusCode(400)
                .body(containsString("data-field=\"affiliationVat\""))
                .body(containsString("data-field=\"clusterCodes\">is not a registered cluster"));
        as(OFFICER).get("/api/experts/d2y-1").then().statusCode(200)
                .body("affiliationName", equalTo("Università d2y-1")).body("version", equalTo(0));
        // a stale form (another officer saved first) is refused
        form(OFFICER).formParam("version", "7").formParam("affiliationName", "Università di Ferrara")
                .formParam("languages", "it").formParam("maxProposalsPerCall", "5")
                .post("/officer/experts/d2y-1").then().statusCode(409).body(containsString("id=\"form-errors\""));
        // who is not an expert has no profile page
        page(OFFICER).get("/officer/experts/" + TestFixtures.AUDITOR).then().statusCode(404);
        form(OFFICER).formParam("affiliationName", "X").post("/officer/experts/" + TestFixtures.AUDITOR).then()
                .statusCode(404);
        // nobody but officers and administrators
        page(TestFixtures.AUDITOR).get("/officer/experts").then().statusCode(403);
        page("d2y-1").get("/officer/experts/d2y-1").then().statusCode(403);
        form("d2y-1").formParam("affiliationName", "Me").post("/officer/experts/d2y-1").then().statusCode(403);
    }
}
