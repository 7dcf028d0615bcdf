package org.openbando.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the dossier pages (issue 15), used in templates as {@code dossier:key}: the call's projects, a project's
 * dossier, the verification of a dossier. Italian is the default; the texts are in {@code messages/dossier_it.properties}
 * and {@code messages/dossier_en.properties} (same keys).
 */
@MessageBundle(value = "dossier", locale = "it")
public interface DossierTexts {

    @Message
    String projects_title(String code);

    @Message
    String projects_intro();

    @Message
    String auditor_home();

    @Message
    String filter_line();

    @Message
    String filter_any_line();

    @Message
    String filter_text();

    @Message
    String filter_size();

    @Message
    String filter_apply();

    @Message
    String protocol();

    @Message
    String acronym();

    @Message
    String lead();

    @Message
    String line();

    @Message
    String stage();

    @Message
    String withdrawn();

    @Message
    String dossier();

    @Message
    String open_dossier();

    @Message
    String none();

    @Message
    String next_page();

    @Message
    String first_page();

    @Message
    String project_title(String protocol);

    @Message
    String project_intro();

    @Message
    String download();

    @Message
    String verify_link();

    @Message
    String stored_files();

    @Message
    String views();

    @Message
    String path();

    @Message
    String kind(String kind);

    @Message
    String size();

    @Message
    String sha256();

    @Message
    String issued();

    @Message
    String issued_none();

    @Message
    String issued_at();

    @Message
    String issued_to();

    @Message
    String manifest_sha();

    @Message
    String offline();

    @Message
    String verify_title();

    @Message
    String verify_intro();

    @Message
    String verify_file(long max);

    @Message
    String verify_submit();

    @Message
    String verify_intact();

    @Message
    String verify_not_intact();

    @Message
    String verify_issued(String at, String to);

    @Message
    String verify_not_issued();

    @Message
    String matches_manifest();

    @Message
    String matches_stored();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String not_stored();

    @Message
    String problems();

    @Message
    String error(String detail);
}
