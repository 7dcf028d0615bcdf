/**
 * Users, roles, login and sessions. Owns {@code app_user}. Offers {@code CurrentUser} (who acts, for which
 * organisation, what they may read), {@code UserService} (views; {@code languageOf}; password changes, disabling),
 * {@code Sessions} (ends a user's sessions on the server), {@code Role}, the port {@code ActingOrganization} that the
 * organisation feature implements, and {@code IdentityTexts}, its message bundle. Inside: the identity providers, the
 * login throttle and its refusals, the session key check, the account and user administration pages.
 */
package org.openbando.identity;
