package org.openbando.identity;

import java.util.Optional;
import org.openbando.shared.PublicApi;

/**
 * How identity names the organisation an applicant acts for without depending on the organisation feature
 * (which implements this interface).
 */
@PublicApi
public interface ActingOrganization {

    Optional<Summary> describe(long organizationId);

    record Summary(long id, String name, String vatNumber) {
    }
}
