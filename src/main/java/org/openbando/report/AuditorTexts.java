package org.openbando.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the auditor's home ({@code /auditor}), used in templates as {@code auditor:key}. Italian is the default;
 * the texts are in {@code messages/auditor_it.properties} and {@code messages/auditor_en.properties} (same keys). The
 * navigation's entries are in the shared bundle {@code msg} ({@code nav_auditing}, {@code nav_audit_trail},
 * {@code nav_verify}, {@code nav_open_data}); a call's status is the call feature's ({@code call:status}).
 */
@MessageBundle(value = "auditor", locale = "it")
public interface AuditorTexts {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String intro_officer();

    @Message
    String readonly();

    @Message
    String calls();

    @Message
    String none();

    @Message
    String call();

    @Message
    String budget();

    @Message
    String line(String line);

    @Message
    String total();

    @Message
    String deadline();

    @Message
    String report();

    @Message
    String projects();

    @Message
    String call_audit();

    /** The officers' boards of a call that auditors read: evaluation, ranking, funded projects. */
    @Message
    String evaluation();

    @Message
    String ranking();

    @Message
    String funded();

    @Message
    String tools();

    @Message
    String audit_trail();

    @Message
    String audit_trail_help();

    @Message
    String verify_dossier();

    @Message
    String verify_dossier_help();

    @Message
    String verify_document();

    @Message
    String verify_document_help();

    @Message
    String open_data();

    @Message
    String open_data_help();

    /** The link on the public home page that leads an auditor (or an officer, an administrator) here. */
    @Message
    String home_link();
}
