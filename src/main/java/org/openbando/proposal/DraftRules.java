package org.openbando.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openbando.call.Line;
import org.openbando.organization.OrganizationFacts;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.PublicApi;

/**
 * A port: the eligibility rules that can be judged before submission, asked of a draft. The rules are the eligibility
 * feature's (which depends on this one, so it implements the port); a draft's lists call them instead of having rules
 * of their own, so that what a draft is told and what the checks find after submission never disagree.
 */
@PublicApi
public interface DraftRules {

    /** The findings of the failing rules judged on what the applicant writes and attaches: they block submission. */
    List<FieldViolation> blockingIssues(DraftFacts facts, Locale language);

    /**
     * The findings of the failing rules judged on the register's facts about the organisations (size, cluster
     * membership): the checks after submission will fail on them unless the register is wrong, which the office
     * verifies with due process; they do not block submission.
     */
    List<FieldViolation> warnings(DraftFacts facts, Locale language);

    /** Why an organisation cannot lead a proposal on this line today (the line's own rule), or empty when it can. */
    Optional<String> whyNotLine(Line line, OrganizationFacts lead, LocalDate today, Locale language);
}
