package org.openbando.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The funding decision of a project (signed): CUP and COR, the grant per partner with its computation, the checks
 * made before the concession (DURC, anti-mafia), the obligations and their terms.
 *
 * @param antimafiaReference null when not required (grant up to EUR 150,000)
 * @param obligations worded in the document's language, in order (acceptance, Line B joining, reporting ...)
 * @param joiningDueAt Line B: the end of the term to prove membership of a cluster; null for Line A
 * @param movedUp whether the project was funded by moving up the reserve list
 */
@PublicApi
public record FundingDecisionData(ProposalHeading heading, String cup, String cor, LocalDate durcIssuedOn,
        String antimafiaReference, GrantLines grant, boolean movedUp, List<String> obligations,
        int acceptanceTermDays, Instant acceptBy, Integer joiningTermDays, Instant joiningDueAt, String decidedBy,
        Instant decidedAt) implements DocumentData {

    /** A DURC is valid for 120 days from its issue. */
    public static final int DURC_VALIDITY_DAYS = 120;

    public FundingDecisionData {
        obligations = List.copyOf(obligations);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.FUNDING_DECISION;
    }

    /** The DURC's validity: {@value #DURC_VALIDITY_DAYS} days from its issue; null when the issue date is. */
    public LocalDate durcValidUntil() {
        return durcIssuedOn == null ? null : durcIssuedOn.plusDays(DURC_VALIDITY_DAYS);
    }
}
