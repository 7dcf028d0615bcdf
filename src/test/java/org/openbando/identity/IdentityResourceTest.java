package org.openbando.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.openbando.Api.anonymous;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.TestFixtures;

@QuarkusTest
class IdentityResourceTest {

    @Test
    void meTellsTheUserAndRoles() {
        as(TestFixtures.OFFICER).get("/api/me").then().statusCode(200)
                .body("username", equalTo(TestFixtures.OFFICER))
                .body("roles", equalTo(List.of("OFFICER")))
                .body("organization", nullValue());
    }

    @Test
    void meNeedsCredentialsAndWrongOnesAreRefused() {
        anonymous().get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"));
        anonymous().auth().preemptive().basic(TestFixtures.OFFICER, "wrong-password").get("/api/me").then()
                .statusCode(401);
        anonymous().auth().preemptive().basic("nobody-of-that-name", TestFixtures.PASSWORD).get("/api/me").then()
                .statusCode(401);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        AppUser user = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(TestFixtures.OFFICER).orElseThrow());
        org.assertj.core.api.Assertions.assertThat(user.password).startsWith("$2a$").doesNotContain(TestFixtures.PASSWORD);
    }

    @Test
    void administratorsCreateUsersThatCanLogIn() {
        as(TestFixtures.ADMIN).body(Map.of("username", "new.officer", "password", "a-long-password",
                "displayName", "New Officer", "roles", List.of("OFFICER"))).post("/api/users").then()
                .statusCode(201).body("roles", equalTo(List.of("OFFICER")));
        anonymous().auth().preemptive().basic("new.officer", "a-long-password").get("/api/me").then()
                .statusCode(200).body("username", equalTo("new.officer"));
        as(TestFixtures.AUDITOR).get("/api/users").then().statusCode(200).body("username", hasItem("new.officer"));
    }

    @Test
    void userCreationIsValidatedAndReservedToAdministrators() {
        as(TestFixtures.ADMIN).body(Map.of("username", "x", "password", "short", "displayName", "X",
                "roles", List.of("KING"))).post("/api/users").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
        as(TestFixtures.ADMIN).body(Map.of("username", "king", "password", "a-long-password", "displayName", "K",
                "roles", List.of("KING"))).post("/api/users").then()
                .statusCode(400).body("errors[0].field", equalTo("roles"));
        as(TestFixtures.ADMIN).body(Map.of("username", TestFixtures.OFFICER, "password", "a-long-password",
                "displayName", "Dup", "roles", List.of("OFFICER"))).post("/api/users").then().statusCode(409);
        as(TestFixtures.AUDITOR).body(Map.of("username", "by.auditor", "password", "a-long-password",
                "displayName", "A", "roles", List.of("ADMIN"))).post("/api/users").then().statusCode(403);
        as(TestFixtures.OFFICER).get("/api/users").then().statusCode(403);
        as(TestFixtures.ADMIN).get("/api/users").then().body("username", not(hasItem("by.auditor")));
    }
}
