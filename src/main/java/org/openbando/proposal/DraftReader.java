package org.openbando.proposal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openbando.call.Line;
import org.openbando.shared.PublicApi;
import org.openbando.shared.Sql;

/**
 * A draft as the deadline-day submission reads it, with plain JDBC in one statement on the caller's connection,
 * outside any transaction (docs/adr/0006-submission-on-deadline-day.md): through the ORM this read cost half of a
 * request's processor time. Only a read: the register checks again under lock
 * ({@link ProposalStatuses#lockForSubmission}) what may change meanwhile.
 */
@PublicApi
public final class DraftReader {

    private DraftReader() {
    }

    /**
     * The proposal's row and its attachments in force (by id); its content as stored (JSON); the organisations that
     * have confirmed their participation ({@link PartnerConsents}).
     */
    public record DraftRow(long id, long version, ProposalStatus status, Line line, long callId,
            long leadOrganizationId, String content, List<AttachmentView> attachments, Set<Long> confirmedPartners) {
    }

    public static Optional<DraftRow> read(Connection c, long proposalId) throws SQLException {
        List<AttachmentView> attachments = new ArrayList<>();
        List<DraftRow> found = new ArrayList<>(1); // the proposal's columns repeat on each attachment's row
        Sql.query(c, "select p.version, p.status, p.line, p.call_id, p.lead_organization_id, p.content, a.id, a.kind, "
                + "a.file_name, a.size_bytes, a.sha256, a.uploaded_by, a.uploaded_at, array(select c.organization_id "
                + "from openbando.partner_consent c where c.proposal_id = p.id) from openbando.proposal p "
                + "left join openbando.attachment a on a.proposal_id = p.id and a.removed_at is null where p.id = ? "
                + "order by a.id", List.of(proposalId), rs -> {
                    if (found.isEmpty()) {
                        Set<Long> confirmed = new HashSet<>();
                        for (Object organization : (Object[]) rs.getArray(14).getArray()) {
                            confirmed.add(((Number) organization).longValue());
                        }
                        found.add(new DraftRow(proposalId, rs.getLong(1), ProposalStatus.valueOf(rs.getString(2)),
                                Line.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getString(6),
                                attachments, confirmed));
                    }
                    long attachment = rs.getLong(7);
                    if (!rs.wasNull()) {
                        attachments.add(new AttachmentView(attachment, AttachmentKind.valueOf(rs.getString(8)),
                                rs.getString(9), rs.getLong(10), rs.getString(11), rs.getString(12),
                                Sql.instant(rs, 13)));
                    }
                });
        return found.stream().findFirst();
    }
}
