package org.openbando.proposal;

import java.time.Instant;
import org.openbando.shared.PublicApi;

/**
 * A port: until when a submitted proposal whose officer asked to complete its documents (COMPLETION_REQUESTED) takes
 * them. The term is the eligibility feature's (which depends on this one, so it implements the port); the uploads ask
 * it, so that a file cannot arrive after the term while the timer that closes it has not run yet.
 */
@PublicApi
public interface CompletionTerms {

    /** The end (excluded) of the open term to complete the documents of the proposal. */
    Instant endOf(long proposalId);
}
