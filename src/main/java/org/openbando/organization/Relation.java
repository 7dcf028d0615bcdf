package org.openbando.organization;

import org.openbando.shared.PublicApi;

/**
 * How another enterprise relates to the applicant under EU Recommendation 2003/361/EC, Annex art. 3,
 * and therefore how much of its figures count under art. 6.
 */
@PublicApi
public enum Relation {
    /** Art. 3(3): more than 50% or a dominant influence; figures count 100%. */
    LINKED,
    /** Art. 3(2): 25% to 50%; figures count pro rata to the holding. */
    PARTNER,
    /** Art. 3(1): less than 25%; figures do not count. */
    AUTONOMOUS,
    /** Art. 3(2) second subparagraph: 25% to 50% held by an exempt investor; figures do not count. */
    EXEMPT_INVESTOR
}
