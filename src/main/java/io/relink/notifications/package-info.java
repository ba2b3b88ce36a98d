/**
 * Notifications: telling people by e-mail.
 *
 * <p>Today it sends the delegated reconnect links; expiry warnings and death notices will go
 * through the same {@link io.relink.notifications.control.Mailer}.
 *
 * <p>Rules: the SMTP server comes from configuration ({@code relink.mail.*}); a message the
 * server did not accept is an error the caller sees, never silently dropped; no secret (token,
 * key) ever goes into a message, only single-use links.
 */
package io.relink.notifications;
