package org.openbando.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openbando.Api.as;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.Pdfs;
import org.openbando.TestFixtures;

/**
 * A Line B applicant attaches the cluster attestation on the proposal page: a file that is not a PDF is refused on the
 * page, the PDF is listed, downloaded byte for byte and unblocks the submission; another applicant cannot download it,
 * an officer can; deleting it blocks the proposal again; after the submission the attachments are frozen.
 */
@QuarkusTest
class AttachmentJourneyTest extends BrowserTest {

    @Inject
    TestFixtures fixtures;

    @Test
    void applicantAttachesTheClusterAttestationOnTheProposalPage() throws IOException {
        String lead = fixtures.applicant("web-att-lead");
        as(lead).body(Api.enterprise("Allegati Web S.r.l.", Api.vat(1220), "25", "4000000", "3000000"))
                .post("/api/organizations").then().statusCode(201);
        long partner = as(fixtures.applicant("web-att-partner")).body(Api.enterprise("Partner Allegati S.r.l.",
                Api.vat(1221), "10", "1000000", "900000")).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long lab = as(fixtures.applicant("web-att-lab")).body(Map.of("type", "RESEARCH_CENTRE", "name",
                "Lab Allegati", "vatNumber", Api.vat(1222))).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String stranger = fixtures.applicant("web-att-stranger");
        as(stranger).body(Api.enterprise("Estranea Web S.r.l.", Api.vat(1223), "5", "500000", "400000"))
                .post("/api/organizations").then().statusCode(201);
        long call = as(TestFixtures.OFFICER).body(Api.call("WEB-ATTACH", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        long id = as(lead).body(Map.of("callId", call, "line", "B")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", 0, "content", Api.completeProposal(partner, lab)))
                .put("/api/proposals/" + id).then().statusCode(200);
        fixtures.confirmAll(id);

        Page page = loggedIn(lead);
        page.navigate(url("/proposals/" + id));
        assertThat(page.locator("#blocking-issues li[data-field='attachments.attestation']")).isVisible();
        assertThat(page.locator("#no-attachments")).isVisible();
        assertThat(page.locator("#line-b-hint")).isVisible();

        // a text file named .pdf: refused on the page, not as raw JSON
        page.selectOption("#attachment-kind", "CLUSTER_ATTESTATION");
        page.setInputFiles("#attachment-file", new FilePayload("attestazione.pdf", "application/pdf",
                "Not a PDF, just text.".getBytes()));
        page.click("#upload-attachment");
        assertThat(page.locator("#proposal-error")).containsText("not a PDF");
        assertThat(page.locator("#proposal-status")).hasText("Bozza");
        assertThat(page.locator("#no-attachments")).isVisible();
        shot(page, "51-attachment-refused");

        byte[] pdf = Pdfs.onePage("Clust-ER MECH: the project fits the Strategic Research Agenda");
        page.navigate(url("/proposals/" + id));
        page.selectOption("#attachment-kind", "CLUSTER_ATTESTATION");
        page.setInputFiles("#attachment-file", new FilePayload("attestazione-cluster.pdf", "application/pdf", pdf));
        page.click("#upload-attachment");
        assertThat(page.locator("#page-notice")).isVisible();
        assertThat(page.locator("#attachment-list tr[data-kind='CLUSTER_ATTESTATION']"))
                .containsText("attestazione-cluster.pdf");
        assertThat(page.locator("#ready")).isVisible();
        shot(page, "52-attachment-uploaded");

        Download download = page.waitForDownload(() -> page.click(".download-attachment"));
        assertThat(download.suggestedFilename()).isEqualTo("attestazione-cluster.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
        String href = page.locator(".download-attachment").getAttribute("href");

        Page other = loggedIn(stranger);
        APIResponse refused = other.request().get(url(href));
        assertThat(refused.status()).isEqualTo(404);
        other.context().close();
        Page officer = loggedIn(TestFixtures.OFFICER);
        APIResponse read = officer.request().get(url(href));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(read.body()).isEqualTo(pdf);
        officer.context().close();

        page.click(".delete-attachment");
        assertThat(page.locator("#page-notice")).isVisible();
        assertThat(page.locator("#no-attachments")).isVisible();
        assertThat(page.locator("#blocking-issues li[data-field='attachments.attestation']")).isVisible();

        page.selectOption("#attachment-kind", "CLUSTER_ATTESTATION");
        page.setInputFiles("#attachment-file", new FilePayload("attestazione-cluster.pdf", "application/pdf", pdf));
        page.click("#upload-attachment");
        assertThat(page.locator("#ready")).isVisible();
        page.click("label[for='confirm']");
        page.click("#submit-proposal");
        assertThat(page.locator("#proposal-status")).hasText("Presentata, verifiche in corso");
        assertThat(page.locator("#attachment-list tr[data-kind='CLUSTER_ATTESTATION']")).isVisible();
        assertThat(page.locator(".delete-attachment")).hasCount(0);
        assertThat(page.locator("#upload-form")).hasCount(0);
        assertThat(page.locator("#attachments-frozen")).isVisible();
        shot(page, "53-attachments-submitted");
        page.context().close();
    }
}
