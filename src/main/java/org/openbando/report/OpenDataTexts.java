package org.openbando.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the open data page ({@code /open-data}), used in its template as {@code opendata:key}. Italian is the
 * default; the texts are in {@code messages/opendata_it.properties} and {@code messages/opendata_en.properties} (same
 * keys). Field names are passed by name ({@link #field}).
 */
@MessageBundle(value = "opendata", locale = "it")
public interface OpenDataTexts {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String what_title();

    @Message
    String what_projects();

    @Message
    String what_ended();

    @Message
    String what_private();

    @Message
    String what_fresh();

    @Message
    String downloads_title();

    @Message
    String all_calls();

    @Message
    String schema();

    @Message
    String call();

    @Message
    String published_on();

    @Message
    String files();

    @Message
    String none();

    @Message
    String ranking();

    @Message
    String formats_title();

    @Message
    String format_csv();

    @Message
    String format_json();

    @Message
    String format_values();

    @Message
    String fields_title();

    @Message
    String fields_project();

    @Message
    String fields_beneficiary();

    @Message
    String field_name();

    @Message
    String csv_column();

    @Message
    String field_type();

    @Message
    String field_meaning();

    @Message
    String kind(String kind);

    @Message
    String field(String name);

    @Message
    String documentation();
}
