package org.openbando.proposal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openbando.call.CallStatus;
import org.openbando.call.Line;
import org.openbando.organization.OrganizationType;

/**
 * A proposal as its submission checks it: the proposal with its call's window and rules, the call's thematic areas
 * and the attachments in force. Read with plain JDBC in one statement (a second when the consortium names partners),
 * outside any transaction: on deadline day every request reads this, and through the ORM it cost half of the
 * request's processor time (docs/adr/0006-submission-on-deadline-day.md). Only a read: the register checks again
 * under lock what may change.
 */
record SubmissionCandidate(long proposalId, long version, ProposalStatus status, Line line, long leadOrganizationId,
        String content, long callId, String callCode, CallStatus callStatus, Instant opensAt, Instant deadlineAt,
        DraftChecks.CallRules rules, int maxProposalsPerEnterprise,
        List<SubmissionService.SubmittedAttachment> attachments) {

    static Optional<SubmissionCandidate> read(Connection c, long proposalId) throws SQLException {
        List<SubmissionService.SubmittedAttachment> attachments = new ArrayList<>();
        List<SubmissionCandidate> found = new ArrayList<>(1); // the proposal's columns repeat on each attachment's row
        Sql.query(c, "select p.version, p.status, p.line, p.lead_organization_id, p.content, p.call_id, c.code, "
                + "c.status, c.opens_at, c.deadline_at, c.min_start_trl, c.min_target_trl, c.max_target_trl, "
                + "c.research_must_prevail, c.min_project_cost, c.max_project_cost, c.min_enterprises, "
                + "c.max_proposals_per_enterprise, (select array_agg(t.code) from openbando.call_thematic_area ct "
                + "join openbando.thematic_area t on t.id = ct.thematic_area_id where ct.call_id = p.call_id), "
                + "a.id, a.kind, a.file_name, a.size_bytes, a.sha256 from openbando.proposal p "
                + "join openbando.grant_call c on c.id = p.call_id left join openbando.attachment a "
                + "on a.proposal_id = p.id and a.removed_at is null where p.id = ? order by a.id", List.of(proposalId),
                rs -> {
                    if (found.isEmpty()) {
                        Line line = Line.valueOf(rs.getString(3));
                        found.add(new SubmissionCandidate(proposalId, rs.getLong(1),
                                ProposalStatus.valueOf(rs.getString(2)), line, rs.getLong(4), rs.getString(5),
                                rs.getLong(6), rs.getString(7), CallStatus.valueOf(rs.getString(8)),
                                Sql.instant(rs, 9), Sql.instant(rs, 10), new DraftChecks.CallRules(line,
                                        codes(rs.getArray(19)), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                                        rs.getBoolean(14), rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getInt(17)),
                                rs.getInt(18), attachments));
                    }
                    long attachment = rs.getLong(20);
                    if (!rs.wasNull()) {
                        attachments.add(new SubmissionService.SubmittedAttachment(attachment,
                                AttachmentKind.valueOf(rs.getString(21)), rs.getString(22), rs.getLong(23),
                                rs.getString(24)));
                    }
                });
        return found.stream().findFirst();
    }

    private static Set<String> codes(Array array) throws SQLException {
        Set<String> codes = new HashSet<>();
        if (array != null) {
            for (Object code : (Object[]) array.getArray()) {
                codes.add((String) code);
            }
        }
        return codes;
    }

    /** The organisations the content names (partners, providers of contracts; at least one), for the checks. */
    static Map<Long, DraftChecks.Organisation> organisations(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, DraftChecks.Organisation> found = new HashMap<>();
        Sql.query(c, "select id, type from openbando.organization where id in " + Sql.in(ids), ids,
                rs -> found.put(rs.getLong(1), new DraftChecks.Organisation(rs.getLong(1),
                        OrganizationType.valueOf(rs.getString(2)).isEnterprise())));
        return found;
    }

    Set<AttachmentKind> attachedKinds() {
        Set<AttachmentKind> kinds = new HashSet<>();
        attachments.forEach(a -> kinds.add(a.kind()));
        return kinds;
    }
}
