/**
 * Center: the Connection Center, the pages people use.
 *
 * <p>Operations ({@link io.relink.center.ConnectionCenter}, page {@code center/channels.xhtml}):
 * the signed-in member's channels, most urgent first, with their state, cause and next step;
 * connect a new identity, reconnect a channel, add a token, unlink, send a delegated reconnect
 * link, and show what a consent did; sign out ({@link io.relink.center.SignOut}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: only signed-in members see anything; OWNER and ADMIN may act, VIEWER sees state only,
 *       and every action checks the member's scope again on the server.
 *   <li>R2: one page, one backing bean, one layout; beans call the components' control classes (the
 *       channel store, reconnects), never an {@code EntityManager}.
 *   <li>R3: a disconnected channel stands out as a red alert with its cause in plain words and the
 *       next step, in the same words as the API ({@code channels.control.Explanations}).
 *   <li>R4: no page shows a token secret.
 * </ul>
 */
package io.relink.center;
