package org.openbando.organization;

/** Enterprises apply; research organisations (of the regional High Technology Network) join as partners or providers. */
public enum OrganizationType {
    ENTERPRISE,
    UNIVERSITY,
    RESEARCH_CENTRE,
    ACCREDITED_LAB,
    INNOVATION_CENTRE;

    public boolean isEnterprise() {
        return this == ENTERPRISE;
    }
}
