package org.openbando.submission;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openbando.call.CallReader;
import org.openbando.call.CallRules;
import org.openbando.organization.OrganizationReader;
import org.openbando.proposal.AttachmentKind;
import org.openbando.proposal.DraftReader;

/**
 * A proposal as its submission checks it: the draft with its attachments in force, the call's rules and the facts of
 * the organisations it names, each read by the feature that owns the tables ({@link DraftReader}, {@link CallReader},
 * {@link OrganizationReader}) with plain JDBC on one connection, outside any transaction: on deadline day every
 * request reads this, and through the ORM it cost half of the request's processor time
 * (docs/adr/0006-submission-on-deadline-day.md). Only a read: the register checks again under lock what may change.
 */
record SubmissionCandidate(DraftReader.DraftRow draft, CallRules call) {

    static Optional<SubmissionCandidate> read(Connection c, long proposalId) throws SQLException {
        Optional<DraftReader.DraftRow> draft = DraftReader.read(c, proposalId);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionCandidate(draft.get(), CallReader.rules(c, draft.get().callId())
                .orElseThrow(() -> new IllegalStateException("Proposal " + proposalId + " has no call"))));
    }

    Set<AttachmentKind> attachedKinds() {
        Set<AttachmentKind> kinds = new HashSet<>();
        draft.attachments().forEach(a -> kinds.add(a.kind()));
        return kinds;
    }

    List<Snapshot.SubmittedAttachment> submittedAttachments() {
        return draft.attachments().stream().map(a -> new Snapshot.SubmittedAttachment(a.id(), a.kind(), a.fileName(),
                a.sizeBytes(), a.sha256())).toList();
    }
}
