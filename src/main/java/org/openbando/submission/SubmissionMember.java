package org.openbando.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A member of the consortium of a submission as submitted (the lead and each partner). */
@Entity
@Table(name = "submission_member")
@IdClass(SubmissionMember.Key.class)
public class SubmissionMember extends PanacheEntityBase {

    @Id
    public Long submissionId;
    @Id
    public Long organizationId;
    public boolean lead;

    /** The composite key (submission, organisation). */
    public static class Key implements Serializable {
        public Long submissionId;
        public Long organizationId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(submissionId, key.submissionId)
                    && java.util.Objects.equals(organizationId, key.organizationId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(submissionId, organizationId);
        }
    }

    static SubmissionMember of(long submissionId, long organizationId, boolean lead) {
        SubmissionMember member = new SubmissionMember();
        member.submissionId = submissionId;
        member.organizationId = organizationId;
        member.lead = lead;
        return member;
    }
}
