/**
 * Notifications: telling people by e-mail.
 *
 * <p>Operations: {@link io.relink.platform.Mailer} sends plain-text e-mail and tells whether a text
 * is one plain address. Today the messages are delegated reconnect links, invitations to a
 * workspace, "forgot password" links and the notice that sign-in to an account is paused (their
 * words are written by the components that send them); no expiry warning, death notice or webhook
 * is sent yet.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: the SMTP server comes from configuration ({@code relink.mail.*}).
 *   <li>R2: a message the server did not accept is an error the caller sees, never silently
 *       dropped.
 *   <li>R3: a recipient is one plain e-mail address: no display name, no list.
 *   <li>R4: no secret (token, key) ever goes into a message, only single-use links.
 * </ul>
 */
package io.relink.notifications;
