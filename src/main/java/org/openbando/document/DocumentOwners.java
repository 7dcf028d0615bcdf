package org.openbando.document;

import org.openbando.shared.PublicApi;

/**
 * A port: the owner of a proposal's documents, implemented by the proposal feature. Issuing locks the proposal for the
 * rest of the transaction, so that two concurrent issues of one document store it once; documents know nothing else
 * of proposals.
 */
@PublicApi
public interface DocumentOwners {

    /** Locks the proposal until the transaction ends; 404 when there is no such proposal. */
    void lock(long proposalId);
}
