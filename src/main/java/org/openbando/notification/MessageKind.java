package org.openbando.notification;

import org.openbando.shared.PublicApi;

/**
 * What a message tells its recipient; each kind has a subject and a body in Italian and English in
 * {@code NotificationTexts}. An expert who takes over a seat gets {@link #ASSIGNMENT}; the one who lost it
 * {@link #REMOVED}.
 */
@PublicApi
public enum MessageKind {
    /** An expert was given a seat on a proposal's panel: accept (declaration) or decline. */
    ASSIGNMENT,
    /** An expert's term is near its end. */
    REMINDER,
    /** An expert's term ended before the evaluation was submitted: the seat goes to another expert. */
    TERM_LAPSED,
    /** An officer removed an expert from a panel. */
    REMOVED,
    /** The proposal is admissible. */
    ADMITTED,
    /** The officer asks the applicant to complete the documents within a term. */
    COMPLETION_REQUESTED,
    /** Notice of the grounds preventing admission (Law 241/1990 art. 10-bis), with the term for observations. */
    REJECTION_NOTIFIED,
    /** The proposal is inadmissible. */
    INADMISSIBLE,
    /** The proposal's evaluation by experts has begun. */
    UNDER_EVALUATION,
    /** The proposal's evaluation is concluded (the outcome is read when the ranking is published). */
    EVALUATED,
    /** The call's ranking is published: the proposal's list (outcome) and the released Evaluation Summary Report. */
    RANKING_PUBLISHED,
    /** The funding decision is issued: the grant, and the term to accept it. */
    FUNDING_DECIDED,
    /** The funding decision was not accepted in time: the grant is forfeited. */
    GRANT_FORFEITED,
    /** The proposal is funded by moving up the reserve list: its concession begins. */
    MOVED_UP,
    /** The officer confirmed the Line B beneficiary's cluster membership. */
    MEMBERSHIP_CONFIRMED,
    /** The officer rejected a proof of cluster membership, with the reason. */
    PROOF_REJECTED,
    /** Notice before revocation (Law 241/1990 art. 10-bis): reasons, term for observations. */
    REVOCATION_NOTIFIED,
    /** The grant is revoked (the decision states why). */
    GRANT_REVOKED
}
