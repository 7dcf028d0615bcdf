package org.openbando.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of the login page, of a refused login, of the password change and of the administrators' list of users,
 * used in templates as {@code identity:key}. Italian is the default; the texts are in
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

    // --- a refused login (429, 503)

    @Message
    String login_refused_title();

    @Message
    String login_throttled(long seconds);

    @Message
    String login_busy(long seconds);

    @Message
    String login_again();

    // --- the user's password

    @Message
    String account_password_title();

    @Message
    String account_password_rule();

    @Message
    String account_current_password();

    @Message
    String account_new_password();

    @Message
    String account_confirmation();

    @Message
    String account_password_submit();

    @Message
    String account_password_changed();

    @Message
    String account_form_errors();

    // --- the administrators' list of users

    @Message
    String users_title();

    @Message
    String users_username();

    @Message
    String users_name();

    @Message
    String users_roles();

    @Message
    String users_status();

    @Message
    String users_enabled();

    @Message
    String users_disabled_since(String when);

    @Message
    String users_reason();

    @Message
    String users_disable();

    @Message
    String users_enable();
}
