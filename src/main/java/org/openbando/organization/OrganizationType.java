package org.openbando.organization;

import org.openbando.shared.PublicApi;
/** Enterprises apply; research organisations (of the regional High Technology Network) join as partners or providers. */
@PublicApi
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
