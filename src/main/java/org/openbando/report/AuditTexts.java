package org.openbando.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the audit trail's page ({@code audit:key} in templates). Italian is the default; the texts are in
 * {@code messages/audit_it.properties} and {@code messages/audit_en.properties} (same keys). Entity types and fields
 * are passed by name.
 */
@MessageBundle(value = "audit", locale = "it")
public interface AuditTexts {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String filters();

    /** The label of a filter: call, proposal, organization, user, action, from, to, size, after. */
    @Message
    String field(String name);

    @Message
    String hint_organization();

    @Message
    String hint_period();

    @Message
    String search();

    @Message
    String reset();

    @Message
    String csv();

    @Message
    String invalid(String field, String message);

    @Message
    String none();

    @Message
    String newest_first();

    @Message
    String col_when();

    @Message
    String col_who();

    @Message
    String col_what();

    @Message
    String col_action();

    @Message
    String col_from();

    @Message
    String col_to();

    @Message
    String col_detail();

    /** The kind of audited object: call, proposal, evaluation, ... */
    @Message
    String entity(String type);

    @Message
    String next_page();

    @Message
    String first_page();
}
