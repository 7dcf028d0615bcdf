package org.openbando.organization;

import org.openbando.shared.PublicApi;

/**
 * What the rules of a call need to know of an organisation on a given day: whether it is an enterprise, its size
 * class (null for a research organisation) and whether that makes it an SME, whether it was a member of a cluster that
 * day (Line A), and whether it ever was (Line B is for those who never were). Read with
 * {@link OrganizationDirectory#facts}; its figures and holdings stay with the organisation.
 */
@PublicApi
public record OrganizationFacts(long id, String name, String vatNumber, OrganizationType type, SizeClass sizeClass,
        boolean clusterMemberOnDay, boolean everClusterMember) {

    public boolean enterprise() {
        return type.isEnterprise();
    }

    public boolean sme() {
        return sizeClass != null && sizeClass.isSme();
    }

    /** How the checks name it: "Name (VAT number)". */
    public String label() {
        return name + " (" + vatNumber + ")";
    }
}
