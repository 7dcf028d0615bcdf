package org.openbando.identity;

import org.openbando.shared.PublicApi;
/** The roles of OpenBando users; {@code @RolesAllowed} takes these names. */
@PublicApi
public final class Role {
    /** An SME's legal representative, delegate or consultant, acting for one organisation. */
    public static final String APPLICANT = "APPLICANT";
    /** A regional officer: sets up calls, checks admissibility, issues decisions. */
    public static final String OFFICER = "OFFICER";
    /** An expert who scores assigned proposals free of conflicts of interest. */
    public static final String EVALUATOR = "EVALUATOR";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** Manages users. */
    public static final String ADMIN = "ADMIN";

    public static final java.util.Set<String> ALL = java.util.Set.of(APPLICANT, OFFICER, EVALUATOR, AUDITOR, ADMIN);

    private Role() {
    }
}
