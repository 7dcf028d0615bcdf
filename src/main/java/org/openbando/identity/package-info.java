/**
 * Users, roles, login and sessions. Owns {@code app_user}. Offers {@code CurrentUser} (who acts, for which
 * organisation, what they may read), {@code UserService} (views; {@code languageOf}), {@code Role}, the port
 * {@code ActingOrganization} that the organisation feature implements, and {@code IdentityTexts}, its message bundle.
 */
package org.openbando.identity;
