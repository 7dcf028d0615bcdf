package org.openbando.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of the login page, used in templates as {@code identity:key}. Italian is the default; the texts are in
 * {@code messages/identity_it.properties} and {@code messages/identity_en.properties} (same keys). Enumerations are
 * passed by name. Public: the pages of later features and of the portal show these texts too.
 */
@MessageBundle(value = "identity", locale = "it")
@PublicApi
public interface IdentityTexts {

    @Message
    String login_title();

    @Message
    String login_username();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_error();

    /** The login form's token was missing, wrong or expired, or the form was posted from another site. */
    @Message
    String login_refused();
}
