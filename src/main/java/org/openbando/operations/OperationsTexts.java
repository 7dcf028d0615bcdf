package org.openbando.operations;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the incidents page, used in templates as {@code ops:key}. Italian is the default; the texts are in
 * {@code messages/ops_it.properties} and {@code messages/ops_en.properties} (same keys).
 */
@MessageBundle(value = "ops", locale = "it")
public interface OperationsTexts {

    @Message
    String incidents_title();

    @Message
    String incidents_intro();

    @Message
    String incidents_none();

    @Message
    String kind(String kind);

    @Message
    String col_kind();

    @Message
    String col_subject();

    @Message
    String col_proposal();

    @Message
    String col_cause();

    @Message
    String col_since();

    @Message
    String col_occurrences();

    @Message
    String col_actions();

    @Message
    String activity(String activity);

    @Message
    String next_attempt(String when);

    @Message
    String retry();

    @Message
    String close();

    @Message
    String outcome(String outcome);

    @Message
    String closed();
}
