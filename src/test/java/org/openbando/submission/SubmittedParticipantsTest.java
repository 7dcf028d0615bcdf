package org.openbando.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbando.SubmittedProposal;
import org.openbando.TestFixtures;
import org.openbando.call.AidIntensityMatrix;
import org.openbando.call.GrantComputation;
import org.openbando.call.GrantComputation.Participant;
import org.openbando.call.ResearchCategory;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;

/** The participants of a real submission's frozen snapshot, and the estimate that agrees with them. */
@QuarkusTest
class SubmittedParticipantsTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    Submissions submissions;

    @Test
    void aSubmissionsSnapshotGivesTheLeadThenThePartnersWithTheirFrozenFactsAndCosts() {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "RULES-SNAP", 100_200);

        List<Participant> ps = submissions.snapshot(s.submission()).participants();

        assertThat(ps).hasSize(2);
        Participant lead = ps.get(0);
        assertThat(lead.type()).isEqualTo(OrganizationType.ENTERPRISE);
        assertThat(lead.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(lead.eligibleCosts()).isEmpty(); // the lead has no budget lines: still listed
        Participant partner = ps.get(1);
        assertThat(partner.organizationId()).isEqualTo(s.partner());
        assertThat(partner.eligibleCosts()).containsOnlyKeys(ResearchCategory.INDUSTRIAL_RESEARCH,
                ResearchCategory.EXPERIMENTAL_DEVELOPMENT);
        assertThat(partner.cost(ResearchCategory.INDUSTRIAL_RESEARCH)).isEqualByComparingTo("310000.00");
        assertThat(partner.cost(ResearchCategory.EXPERIMENTAL_DEVELOPMENT)).isEqualByComparingTo("120000.00");
        // the lab is a provider of contracted research, not a member: not a participant
        assertThat(ps).extracting(Participant::organizationId).doesNotContain(s.lab());

        GrantComputation.Result r = GrantComputation.compute(AidIntensityMatrix.gber(), ps);
        // one undertaking bears every cost: no collaboration; small: 70% of IR, 45% of ED
        assertThat(r.collaboration().effective()).isFalse();
        assertThat(r.grant()).isEqualByComparingTo("271000.00");
        as(s.lead()).get("/api/proposals/" + s.proposal() + "/grant-estimate").then().statusCode(200)
                .body("grant", org.hamcrest.Matchers.equalTo(271000.0f))
                .body("estimate", org.hamcrest.Matchers.equalTo(true));
    }
}
