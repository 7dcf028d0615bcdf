package org.openbando.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public verification pages ({@code /verify}), used in {@code templates/verify.html} as
 * {@code verify:key}. Italian is the default; the texts are in {@code messages/verify_it.properties} and
 * {@code messages/verify_en.properties} (same keys). A document's kind is named by the documents' own bundle
 * ({@code doc:title}), so that the page calls an act what the act calls itself.
 */
@MessageBundle(value = "verify", locale = "it")
public interface VerificationTexts {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String by_code();

    @Message
    String code_label();

    @Message
    String code_hint();

    @Message
    String check_code();

    @Message
    String by_file();

    @Message
    String file_label();

    @Message
    String file_hint(String max);

    @Message
    String check_file();

    @Message
    String authentic_title();

    @Message
    String authentic_intro();

    @Message
    String authentic_by_file();

    @Message
    String kind();

    @Message
    String reference();

    @Message
    String reference_proposal(String callCode, Long protocol);

    @Message
    String reference_call(String callCode, String line);

    @Message
    String reference_reading(String callCode);

    @Message
    String reference_not_recorded();

    @Message
    String issued_at();

    @Message
    String sha256();

    @Message
    String sha256_hint();

    @Message
    String signed();

    @Message
    String signed_yes();

    @Message
    String signed_no();

    @Message
    String code();

    @Message
    String code_none();

    @Message
    String unknown_code_title();

    @Message
    String unknown_code(String code);

    @Message
    String unknown_file_title();

    @Message
    String unknown_file();

    @Message
    String file_sha256();

    @Message
    String nothing_else();

    @Message
    String another();

    @Message
    String code_invalid();

    @Message
    String file_missing();

    @Message
    String file_too_large(String max);
}
