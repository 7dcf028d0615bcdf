package org.openbando.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of the evaluation, used in templates as {@code evaluation:key}: the statuses of evaluations and
 * assignments, the reasons an assignment ends, the reasons of the conflict checks, the expertise match. Italian is the
 * default; the texts are in {@code messages/evaluation_it.properties} and {@code messages/evaluation_en.properties}
 * (same keys). Enumerations are passed by name. Each helper of issue 13 appends its keys at the end of both files,
 * under a comment line naming it.
 */
@MessageBundle(value = "evaluation", locale = "it")
@PublicApi
public interface EvaluationTexts {

    @Message
    String evaluation_status(String status);

    @Message
    String assignment_status(String status);

    @Message
    String end_reason(String reason);

    @Message
    String exclusion(String reason);

    @Message
    String match(String match);

    @Message
    String seat(Integer seat);

    @Message
    String term_ends(String at);

    @Message
    String late();

    @Message
    String consortium();

    @Message
    String declaration_title();

    @Message
    String declaration_signed(String at, String sha256);

    @Message
    String rapporteur();

    @Message
    String expert_profile();

    @Message
    String affiliation();

    @Message
    String affiliation_vat();

    @Message
    String clusters();

    @Message
    String areas();

    @Message
    String languages();

    @Message
    String max_per_call();

    @Message
    String active();

    @Message
    String load_in_call(Integer load, Integer max);

    // --- score: the individual evaluations, the consensus, the outcome

    /** {@code DRAFT}, {@code SUBMITTED}, {@code REOPENED} ({@link RevisionStatus}). */
    @Message
    String revision_status(String status);

    /** How the call aggregates: {@code MEAN} or {@code MEDIAN}. */
    @Message
    String aggregation(String how);

    @Message
    String divergent();

    @Message
    String blind();

    @Message
    String waiting_seats(String seats);

    @Message
    String minority_view();

    @Message
    String total_of(String total, String threshold);

    @Message
    String outcome(boolean fundable);

    /** A {@link Fundability.Reason}: its code and values as text (the criterion's name or code). */
    @Message
    String outcome_reason(String code, String criterion, String value, String limit);
}
