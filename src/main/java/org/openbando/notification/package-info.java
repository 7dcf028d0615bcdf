/**
 * E-mail notifications: {@code Notifications} renders each message in the recipient's language
 * ({@code NotificationTexts}, Italian and English) and stores it in the outbox ({@code outbox_message}) in the
 * caller's transaction; a scheduled sender delivers pending messages with the mailer ({@code FOR UPDATE SKIP LOCKED},
 * retries with backoff) so that an act never fails because of mail. It tells applicants of every admissibility
 * decision by observing {@code eligibility}'s events, and serves experts and officers for {@code evaluation}. Owns
 * {@code outbox_message} and the administrators' outbox page ({@code /admin/outbox}) and API
 * ({@code /api/admin/outbox}). Offers {@code Notifications} and {@code MessageKind}.
 */
package org.openbando.notification;
