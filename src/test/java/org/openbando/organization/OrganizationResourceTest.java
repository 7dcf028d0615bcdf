package org.openbando.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.openbando.Api.anonymous;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestFixtures;

@QuarkusTest
class OrganizationResourceTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void rejectsAWrongVatCheckDigitNamingTheFieldAndStoresNothing() {
        String applicant = fixtures.applicant("vat-checker");
        String valid = Api.vat(101);
        String wrong = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
        as(applicant).body(Api.enterprise("Wrong Digit S.r.l.", wrong, "10", "1000000", "900000"))
                .post("/api/organizations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("vatNumber"))
                .body("errors[0].message", containsString("check digit"));
        as(applicant).body(Api.enterprise("All Zeros S.r.l.", "00000000000", "10", "1000000", "900000"))
                .post("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("vatNumber"));
        as(applicant).get("/api/organizations").then().statusCode(200).body("$", hasSize(0));
        as(applicant).get("/api/me").then().body("organization", nullValue());
    }

    @Test
    void registersASmallEnterpriseAndShowsTheComputation() {
        String applicant = fixtures.applicant("small-rep");
        Map<String, Object> body = Api.enterprise("Meccanica Piccola S.r.l.", Api.vat(102), "32.5", "8200000",
                "6100000");
        body.put("relatedEnterprises", List.of(Map.of("name", "Partner S.p.A.", "holdingPercent", 40,
                "staffAwu", 20, "turnover", 3000000, "balanceSheetTotal", 2000000)));
        body.put("memberships", List.of(Map.of("clusterCode", "MECH", "since", "2020-01-15", "status", "ACTIVE")));
        long id = as(applicant).body(body).post("/api/organizations").then()
                .statusCode(201)
                .body("legalRepresentative", equalTo(applicant))
                .body("size.sizeClass", equalTo("SMALL"))
                .body("size.sme", equalTo(true))
                .body("size.computation.aggregated.staffAwu", equalTo(40.50f))
                .body("size.computation.contributions[0].relation", equalTo("PARTNER"))
                .body("size.reason", containsString("Small"))
                .body("lineAEligible", equalTo(true))
                .body("lineBEligible", equalTo(false))
                .body("memberships[0].clusterCode", equalTo("MECH"))
                .extract().jsonPath().getLong("id");
        as(applicant).get("/api/me").then().body("organization.id", equalTo((int) id))
                .body("organization.name", equalTo("Meccanica Piccola S.r.l."));
        as(applicant).header("Accept-Language", "it").get("/api/organizations/" + id).then()
                .body("size.reason", containsString("Piccola impresa"));
    }

    @Test
    void anEnterpriseWithALargeLinkedGroupIsLargeAndNoSme() {
        String applicant = fixtures.applicant("group-rep");
        Map<String, Object> body = Api.enterprise("Filiale di Gruppo S.r.l.", Api.vat(103), "20", "3000000",
                "2000000");
        body.put("relatedEnterprises", List.of(Map.of("name", "Gruppo S.p.A.", "holdingPercent", 60,
                "staffAwu", 300, "turnover", 80000000, "balanceSheetTotal", 70000000)));
        as(applicant).body(body).post("/api/organizations").then().statusCode(201)
                .body("size.sizeClass", equalTo("LARGE"))
                .body("size.sme", equalTo(false))
                .body("size.computation.contributions[0].relation", equalTo("LINKED"))
                .body("size.computation.aggregated.staffAwu", equalTo(320.00f))
                .body("lineBEligible", equalTo(true));
    }

    @Test
    void enterprisesMustGiveTheirFiguresAndResearchOrganisationsNeedNone() {
        String applicant = fixtures.applicant("figures-rep");
        Map<String, Object> body = Map.of("type", "ENTERPRISE", "name", "Senza Dati S.r.l.", "vatNumber",
                Api.vat(104));
        as(applicant).body(body).post("/api/organizations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("staffAwu", "turnover", "balanceSheetTotal", "referenceYear")));

        as(applicant).body(Map.of("type", "UNIVERSITY", "name", "Università di Test", "vatNumber", Api.vat(105),
                "memberships", List.of(Map.of("clusterCode", "NOPE", "since", "2020-01-01", "status", "ACTIVE"))))
                .post("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("memberships[0].clusterCode"));
        as(applicant).body(Map.of("type", "UNIVERSITY", "name", "Università di Test", "vatNumber", Api.vat(105)))
                .post("/api/organizations").then().statusCode(201)
                .body("size", nullValue())
                .body("lineAEligible", equalTo(false)).body("lineBEligible", equalTo(false));
    }

    @Test
    void anApplicantActsForOneOrganisationAndAVatNumberIsRegisteredOnce() {
        String first = fixtures.applicant("one-org-rep");
        String vat = Api.vat(106);
        as(first).body(Api.enterprise("Prima S.r.l.", vat, "5", "500000", "400000")).post("/api/organizations")
                .then().statusCode(201);
        as(first).body(Api.enterprise("Seconda S.r.l.", Api.vat(107), "5", "500000", "400000"))
                .post("/api/organizations").then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/already-acting"));
        String other = fixtures.applicant("same-vat-rep");
        as(other).body(Api.enterprise("Copia S.r.l.", vat, "5", "500000", "400000")).post("/api/organizations")
                .then().statusCode(409).body("type", equalTo("https://openbando.org/problems/vat-number-registered"));
    }

    @Test
    void oneApplicantNeverSeesNorChangesAnothersOrganisation() {
        String owner = fixtures.applicant("owner-rep");
        String intruder = fixtures.applicant("intruder-rep");
        Map<String, Object> body = Api.enterprise("Riservata S.r.l.", Api.vat(108), "12", "1500000", "1200000");
        long id = as(owner).body(body).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(intruder).body(Api.enterprise("Intrusa S.r.l.", Api.vat(109), "3", "300000", "300000"))
                .post("/api/organizations").then().statusCode(201);

        as(intruder).get("/api/organizations/" + id).then().statusCode(404).contentType("application/problem+json");
        as(intruder).get("/api/organizations").then().statusCode(200).body("name", equalTo(List.of("Intrusa S.r.l.")));
        body.put("name", "Hijacked");
        body.put("version", 0);
        as(intruder).body(body).put("/api/organizations/" + id).then().statusCode(404);
        as(TestFixtures.EVALUATOR).get("/api/organizations/" + id).then().statusCode(404);
        anonymous().get("/api/organizations/" + id).then().statusCode(401);

        as(TestFixtures.AUDITOR).get("/api/organizations/" + id).then().statusCode(200)
                .body("name", equalTo("Riservata S.r.l."));
        as(TestFixtures.AUDITOR).body(body).put("/api/organizations/" + id).then().statusCode(403);
        as(TestFixtures.OFFICER).get("/api/organizations").then().body("name", hasItem("Riservata S.r.l."));
        as(owner).get("/api/organizations/" + id).then().body("name", equalTo("Riservata S.r.l."));
    }

    @Test
    void concurrentEditsNeverSilentlyOverwriteEachOther() {
        String owner = fixtures.applicant("editing-rep");
        Map<String, Object> body = Api.enterprise("Versione S.r.l.", Api.vat(110), "12", "1500000", "1200000");
        long id = as(owner).body(body).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        body.put("version", 0);
        body.put("city", "Bologna");
        as(owner).body(body).put("/api/organizations/" + id).then().statusCode(200)
                .body("city", equalTo("Bologna")).body("version", equalTo(1));
        body.put("city", "Parma");
        as(owner).body(body).put("/api/organizations/" + id).then().statusCode(409)
                .body("type", equalTo("https://openbando.org/problems/stale-version"));
        as(owner).get("/api/organizations/" + id).then().body("city", equalTo("Bologna"));
    }

    @Test
    void auditorsAndOfficersDoNotRegisterOrganisations() {
        as(TestFixtures.AUDITOR).body(Api.enterprise("Audit S.r.l.", Api.vat(111), "5", "1", "1"))
                .post("/api/organizations").then().statusCode(403);
        as(TestFixtures.OFFICER).body(Api.enterprise("Officer S.r.l.", Api.vat(112), "5", "1", "1"))
                .post("/api/organizations").then().statusCode(403);
    }
}
