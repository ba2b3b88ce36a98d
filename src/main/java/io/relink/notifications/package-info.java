/**
 * Notifications: telling the chosen people by e-mail what happened to their channels, before and
 * when it happens.
 *
 * <p>Operations: {@link io.relink.notifications.control.NoticeWriter} observes the channel
 * aggregate's events (inside the transaction of the change) and writes one {@link
 * io.relink.notifications.entity.Notice} per recipient and event: {@code expiring} at each step of
 * the workspace's warning ladder, {@code lost}, {@code unverified}, {@code unlinked}, and {@code
 * recovered} to those told of the loss. {@link io.relink.notifications.control.Reminders} writes
 * what time calls for: the escalation of a channel still down, and the daily digest. {@link
 * io.relink.notifications.boundary.NoticeRelay} (a timer on every node) sends what is due through
 * {@link io.relink.notifications.control.Postbox} (leases, grouping into messages, retries) and
 * {@link io.relink.notifications.control.Letters} (Mustache templates, {@code
 * src/main/resources/notifications}). {@link io.relink.notifications.control.NotificationSettings}
 * keeps who gets what: the ladder, each member's kinds ({@link
 * io.relink.notifications.control.Audience} decides), each channel's exceptions. The REST resources
 * read and change those and list what was sent.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: a notice is written in the transaction of the change that causes it, never after: a
 *       crash loses none, a rolled-back change tells nothing.
 *   <li>R2: one notice per address and event (a unique key, looked up before writing so that the
 *       channel's own change never fails for it): the same threshold of the same token is told
 *       once, however many nodes check it.
 *   <li>R3: notices of one address, workspace and kind go out as one message once none came for the
 *       grouping window (at the latest five windows after the first); a loss that is over before
 *       its message went out is cancelled, not sent.
 *   <li>R4: a message the mail server did not take stays pending and is tried again: nothing is
 *       dropped; the same message keeps its Message-ID. Delivery is at least once: a node that dies
 *       between the server's acceptance and marking the message sent makes another node send it
 *       again after the lease.
 *   <li>R5: no secret (token, key) ever goes into a message; members get a link to the Connection
 *       Center (signing in first) and to their settings; addresses outside the workspace get
 *       neither.
 *   <li>R6: the HTML part is written by the template engine, which escapes every value; no HTML is
 *       built in Java strings.
 *   <li>R7: settings are checked whole; when any part is wrong, nothing changes.
 * </ul>
 */
package io.relink.notifications;
