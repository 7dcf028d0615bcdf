package org.openbando.shared.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every page shares: the layout (brand, navigation, footer), the error page, and a few words of forms and
 * tables, used in templates as {@code msg:key}. Each feature has its own bundle for its own texts (for example
 * {@code proposal:key}). Italian is the default; the texts are in {@code messages/msg_it.properties} and
 * {@code messages/msg_en.properties} (same keys).
 */
@MessageBundle(value = "msg", locale = "it")
public interface Msg {

    @Message
    String brand_region();

    @Message
    String brand_name();

    @Message
    String brand_tagline();

    @Message
    String nav_calls();

    @Message
    String nav_my_organization();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String nav_api();

    @Message
    String nav_other_language();

    @Message
    String nav_other_language_code();

    @Message
    String nav_signed_in_as(String name);

    @Message
    String footer_text();

    @Message
    String form_errors();

    @Message
    String form_none();

    @Message
    String nav_manage_calls();

    @Message
    String nav_my_proposals();

    @Message
    String nav_review();

    @Message
    String nav_incidents();

    @Message
    String nav_outbox();

    @Message
    String nav_claims();

    @Message
    String nav_users();

    @Message
    String nav_password();

    @Message
    String common_code();

    @Message
    String common_title();

    @Message
    String common_status();

    @Message
    String common_view();

    @Message
    String nav_experts();
    String nav_evaluations();

    /** The auditor's home {@code /auditor} (issue 15). */
    @Message
    String nav_auditing();

    /** The search of the audit trail {@code /auditor/audit}. */
    @Message
    String nav_audit_trail();

    /** The public verification of an issued document {@code /verify}. */
    @Message
    String nav_verify();

    /** The public open data of the funded projects {@code /open-data}. */
    @Message
    String nav_open_data();
}
