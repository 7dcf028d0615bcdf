package org.openbando.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.openbando.identity.CurrentUser;
import org.openbando.shared.ProblemException;

/**
 * The links to the beneficiary's funding page from the applicant's pages ("Le mie proposte", a proposal's page), used
 * in their templates as {@code inject:fundingLinks}: the pages that compose the phases need no code of their own for
 * it.
 */
@Named("fundingLinks")
@RequestScoped
public class FundingLinks {

    private final Awards awards;
    private final CurrentUser currentUser;

    public FundingLinks(Awards awards, CurrentUser currentUser) {
        this.awards = awards;
        this.currentUser = currentUser;
    }

    /** The funded projects whose lead the caller acts for. */
    public List<AwardView> mine() {
        return currentUser.isApplicant() ? awards.mine(currentUser.username()) : List.of();
    }

    /** Whether the submission is a funded project the caller may read (its funding page exists for it). */
    public boolean funded(long submissionId) {
        try {
            awards.view(submissionId, currentUser.username());
            return true;
        } catch (ProblemException notFunded) {
            return false;
        }
    }
}
