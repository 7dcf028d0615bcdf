package org.openbando.organization;

import java.time.LocalDate;
import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * What the rules of a call need to know of an organisation on a given day: whether it is an enterprise, its size
 * computation (its own figures, what each related enterprise adds, the class: null for a research organisation) and
 * whether that makes it an SME, the clusters it was a member of that day (Line A), and whether it ever was a member of
 * one (Line B is for those who never were). Read with {@link OrganizationDirectory#facts} or
 * {@link OrganizationReader#facts}.
 *
 * <p>Frozen into every submission's snapshot (docs/adr/0006-submission-on-deadline-day.md): the eligibility checks
 * judge these, never the organisation as it is later. Its JSON is therefore part of stored, hashed snapshots: add
 * components, never rename or remove one.
 *
 * @param day           the day (in Rome) the memberships were judged on
 * @param size          the SME size test of Recommendation 2003/361/EC; null for a research organisation
 * @param clustersOnDay the codes of the clusters it was an active member of on {@code day}, sorted
 */
@PublicApi
public record OrganizationFacts(long id, String name, String vatNumber, OrganizationType type, LocalDate day,
        SizeComputation size, List<String> clustersOnDay, boolean everClusterMember) {

    public OrganizationFacts {
        clustersOnDay = clustersOnDay == null ? List.of() : List.copyOf(clustersOnDay);
    }

    public boolean enterprise() {
        return type.isEnterprise();
    }

    /** The size class; null for a research organisation. */
    public SizeClass sizeClass() {
        return size == null ? null : size.sizeClass();
    }

    public boolean sme() {
        return size != null && size.sizeClass().isSme();
    }

    /** Line A: an active member of a cluster on {@link #day}. */
    public boolean clusterMemberOnDay() {
        return !clustersOnDay.isEmpty();
    }

    /** How the checks name it: "Name (VAT number)". */
    public String label() {
        return name + " (" + vatNumber + ")";
    }
}
