package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.Pdfs;
import org.openbando.TestClock;
import org.openbando.TestFixtures;

/**
 * Uploads that cannot hurt (findings H3, M14, M15): a decompression bomb and PDFs with active content are refused
 * naming the field, the storage quotas of a proposal and of an organisation hold, an organisation's drafts in a call
 * are limited, and a draft takes no files after its call's deadline.
 */
@QuarkusTest
class AttachmentSafetyTest {

    static final String PROBLEMS = "https://openbando.org/problems/";

    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;
    @ConfigProperty(name = "openbando.attachments.max-total-per-proposal")
    MemorySize perProposal;
    @ConfigProperty(name = "openbando.attachments.max-total-per-organization")
    MemorySize perOrganization;
    @ConfigProperty(name = "openbando.attachments.max-size")
    MemorySize maxSize;
    @ConfigProperty(name = "openbando.proposals.max-drafts-per-call")
    int maxDrafts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSmallFileThatInflatesToGigabytesIsRefusedWith422AndNothingIsStored() {
        String lead = lead("safe-bomb-lead", 8301);
        long id = draft(lead, publishedCall("SAFE-BOMB"));
        byte[] bomb = Pdfs.bomb(1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        Pdfs.upload(lead, id, "OTHER", "bomb.pdf", bomb).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "attachment-not-pdf"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("expands to more than"));
        assertThat(stored(id)).isZero();
        // the application is fine afterwards: an ordinary PDF goes in
        Pdfs.upload(lead, id, "OTHER", "annex.pdf", Pdfs.onePage("Annex")).then().statusCode(201);
    }

    @Test
    void pdfsWithActiveContentAreRefusedNamingWhatTheyCarry() {
        String lead = lead("safe-active-lead", 8302);
        long id = draft(lead, publishedCall("SAFE-ACTIVE"));
        Map<String, String> named = Map.of(
                "JavaScript on opening", "JavaScript",
                "a document-level script", "JavaScript",
                "a link that launches a program", "launches a program",
                "an embedded file", "an embedded file",
                "a file attachment annotation", "an embedded file");
        Pdfs.active().forEach((what, pdf) -> Pdfs.upload(lead, id, "OTHER", "annex.pdf", pdf).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "attachment-active-content"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString(named.get(what))));
        assertThat(stored(id)).isZero();
        Pdfs.upload(lead, id, "OTHER", "with-a-link.pdf", Pdfs.withWebLink()).then().statusCode(201);
    }

    @Test
    void aProposalsAttachmentsStayWithinItsQuota() {
        String lead = lead("safe-quota-lead", 8303);
        long id = draft(lead, publishedCall("SAFE-QUOTA"));
        long part = perProposal.asLongValue() / 2 + 1; // two of them do not fit
        assertThat(part).isLessThanOrEqualTo(maxSize.asLongValue());
        byte[] pdf = Pdfs.ofSize(part);
        long first = Pdfs.upload(lead, id, "OTHER", "first.pdf", pdf).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Pdfs.upload(lead, id, "OTHER", "second.pdf", pdf).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "proposal-storage-full"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString(String.valueOf(perProposal.asLongValue())));
        assertThat(stored(id)).isEqualTo(1);
        // deleting makes room again
        as(lead).delete("/api/proposals/" + id + "/attachments/" + first).then().statusCode(204);
        Pdfs.upload(lead, id, "OTHER", "second.pdf", pdf).then().statusCode(201);
    }

    @Test
    void anOrganisationsProposalsTogetherStayWithinItsQuota() {
        String lead = lead("safe-org-lead", 8304);
        long call = publishedCall("SAFE-ORG");
        long first = draft(lead, call);
        long second = draft(lead, call);
        long half = perOrganization.asLongValue() / 2; // each half fits a proposal's quota, with room to spare
        assertThat(half).isLessThanOrEqualTo(maxSize.asLongValue());
        assertThat(half + 1024 * 1024).isLessThanOrEqualTo(perProposal.asLongValue());
        byte[] pdf = Pdfs.ofSize(half);
        Pdfs.upload(lead, first, "OTHER", "half.pdf", pdf).then().statusCode(201);
        Pdfs.upload(lead, second, "OTHER", "half.pdf", pdf).then().statusCode(201);
        Pdfs.upload(lead, second, "OTHER", "one-more.pdf", Pdfs.onePage("One more")).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "organization-storage-full"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString(String.valueOf(perOrganization.asLongValue())));
        assertThat(stored(first) + stored(second)).isEqualTo(2);
    }

    @Test
    void anOrganisationHasAtMostTheConfiguredNumberOfDraftsInACall() {
        String lead = lead("safe-drafts-lead", 8305);
        long call = publishedCall("SAFE-DRAFTS");
        for (int i = 0; i < maxDrafts; i++) {
            draft(lead, call);
        }
        as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "too-many-drafts"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Proposal.count("callId", call))).isEqualTo(maxDrafts);
        // another call is another count
        draft(lead, publishedCall("SAFE-DRAFTS-2"));
    }

    @Test
    void aDraftTakesNoFilesAfterItsCallsDeadline() {
        String lead = lead("safe-late-lead", 8306);
        long id = draft(lead, publishedCall("SAFE-LATE"));
        Pdfs.upload(lead, id, "OTHER", "in-time.pdf", Pdfs.onePage("In time")).then().statusCode(201);
        clock.moveTo(clock.instant().plus(Duration.ofDays(31)));
        Pdfs.upload(lead, id, "OTHER", "late.pdf", Pdfs.onePage("Too late")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "call-closed"));
        assertThat(stored(id)).isEqualTo(1);
    }

    private long publishedCall(String code) {
        long call = as(TestFixtures.OFFICER).body(Api.call(code, -1, 30)).post("/api/calls").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    private String lead(String username, int seed) {
        fixtures.applicant(username);
        as(username).body(Api.enterprise("Impresa " + username, Api.vat(seed), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201);
        return username;
    }

    private static long draft(String lead, long call) {
        return as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long stored(long proposalId) {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.count("proposalId", proposalId));
    }
}
