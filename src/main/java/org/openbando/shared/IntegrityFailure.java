package org.openbando.shared;

import java.time.Instant;

/**
 * A stored SHA-256 that no longer matches the stored bytes, seen when they were about to be served: an event that the
 * incidents of the administrators record ({@link Integrity}).
 *
 * @param kind       what was served: {@link Integrity#DOCUMENT}, {@link Integrity#SNAPSHOT}, {@link Integrity#ATTACHMENT}
 * @param id         the id of the document, submission or attachment
 * @param proposalId the proposal it belongs to; null for a call's document
 * @param stored     the hash stored with the bytes
 * @param actual     the hash of the bytes as read now
 */
public record IntegrityFailure(String kind, long id, Long proposalId, String stored, String actual, Instant seenAt) {

    /** {@code " of proposal 7"}, or nothing for what belongs to no proposal. */
    public String owner() {
        return proposalId == null ? "" : " of proposal " + proposalId;
    }

    /** e.g. {@code document:12}. */
    public String subject() {
        return kind + ":" + id;
    }
}
