package org.openbando.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.openbando.identity.ActingOrganization;

/** Tells identity which organisation an applicant acts for (for GET /api/me and the pages). */
@ApplicationScoped
public class OrganizationNames implements ActingOrganization {

    @Override
    public Optional<Summary> describe(long organizationId) {
        return Organization.<Organization>findByIdOptional(organizationId)
                .map(o -> new Summary(o.id, o.name, o.vatNumber));
    }
}
