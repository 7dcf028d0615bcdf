package org.openbando.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * An applicant is offered the line its organisation may lead, and told why not the other, before it drafts; a draft
 * says what the eligibility checks will find while it can still be changed.
 */
@QuarkusTest
class CallPageTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void aFirmThatWasNeverAClusterMemberIsOfferedLineBAndToldWhyNotLineA() {
        long call = publishedCall("PAGE-LINES");
        String newcomer = fixtures.applicant("lines-newcomer");
        as(newcomer).body(Api.enterprise("Nuova Impresa S.r.l.", Api.vat(2901), "9", "900000", "800000"))
                .post("/api/organizations").then().statusCode(201);
        Api.page(newcomer).cookie("lang", "en").get("/calls/" + call).then().statusCode(200)
                .body(containsString("class=\"btn btn-primary btn-sm me-2 start-proposal\" data-line=\"B\""))
                .body(not(containsString("start-proposal\" data-line=\"A\"")))
                .body(containsString("line-closed\" data-line=\"A\""))
                .body(containsString("has never been a member of a cluster"));

        String member = fixtures.applicant("lines-member");
        as(member).body(Api.member(Api.enterprise("Socia Cluster S.r.l.", Api.vat(2902), "9", "900000", "800000")))
                .post("/api/organizations").then().statusCode(201);
        Api.page(member).get("/calls/" + call).then().statusCode(200)
                .body(containsString("start-proposal\" data-line=\"A\""))
                .body(not(containsString("start-proposal\" data-line=\"B\"")))
                .body(containsString("line-closed\" data-line=\"B\""));
    }

    @Test
    void aLineADraftOfANewcomerIsWarnedOnItsPageAndByItsEligibilityBeforeSubmission() {
        long call = publishedCall("PAGE-WARN");
        String lead = fixtures.applicant("warn-lead");
        as(lead).body(Api.enterprise("Avvisata S.r.l.", Api.vat(2903), "9", "900000", "800000"))
                .post("/api/organizations").then().statusCode(201);
        long id = as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(lead).get("/api/proposals/" + id + "/eligibility").then().statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("results.find { it.rule == 'LINE_A_CLUSTER_MEMBERS' }.outcome", equalTo("FAIL"))
                .body("results.rule", not(hasItem("SUBMITTED_IN_TIME")));
        Api.page(lead).get("/proposals/" + id).then().statusCode(200)
                .body(containsString("id=\"eligibility-warnings\""))
                .body(containsString("non è mai stata socia di un cluster"));
        // a warning, not a block: the list of what blocks the submission does not carry it
        as(lead).get("/api/proposals/" + id + "/validation").then().statusCode(200)
                .body("field", not(hasItem("line")));
        as(fixtures.applicant("warn-stranger")).get("/api/proposals/" + id + "/eligibility").then().statusCode(404);
    }

    private long publishedCall(String code) {
        long id = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
