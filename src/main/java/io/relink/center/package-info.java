/**
 * Center: the Connection Center, the pages people use.
 *
 * <p>Operations ({@link io.relink.center.ConnectionCenter}, page {@code center/channels.xhtml}):
 * the signed-in member's channels, most urgent first, with their state, cause and next step;
 * connect a new identity, reconnect a channel, check it now (the message says when the network
 * could not be asked and when it is tried again), add a token, unlink, send a delegated reconnect
 * link (in a dialog naming the channel), and show what a consent did; the unlinked channels, to
 * read only; the table's choices (state, network, text, order, page) kept in the address ({@link
 * io.relink.center.TableChoices}); sign out ({@link io.relink.center.SignOut}).
 *
 * <p>Every signed-in page's header ({@link io.relink.center.Account}): where the person may go, who
 * they are, and the workspace switcher, which keeps the chosen workspace in the session for every
 * later request. The team ({@link io.relink.center.TeamPage}, {@code center/team.xhtml}): members
 * and their roles, invitations sent, sent again and withdrawn; for owners, the workspace's name and
 * the identity provider's groups mapped to roles (one {@code group = ROLE} a line, {@link
 * io.relink.center.SsoGroupLines}). The workspace's API keys ({@link io.relink.center.ApiKeysPage},
 * {@code center/api-keys.xhtml}). The workspace's webhooks ({@link io.relink.center.WebhooksPage},
 * {@code center/webhooks.xhtml}): added, their URL and event types changed, turned off and on,
 * their secret rotated, a test sent, deleted; each one's deliveries with every try, sent again.
 * Notifications ({@link io.relink.center.NotificationsPage}, {@code center/notifications.xhtml}):
 * each member's own kinds of e-mail; the warning ladder and who gets what, changed by owners and
 * admins; the notices sent and waiting, each one's message shown with its HTML in a sandboxed
 * frame. The channels page opens at the channel an e-mail's fix link names ({@code ?fix=<id>}) and
 * lists each channel's notices, and hears of its workspace's changes as they are committed, on any
 * node ({@link io.relink.center.LiveUpdates}: a Faces websocket whose user is the workspace, paced
 * to about once a second; the 15-second poll only when the websocket cannot connect). A channel's
 * page ({@link io.relink.center.ChannelPage}) hears the same and reads its channel again (state,
 * cause, tokens, reconnect links, the history's first page) without touching what the person is
 * doing. Every workspace with its health, made, renamed, archived and brought back, for instance
 * administrators ({@link io.relink.center.WorkspacesPage}, {@code admin/workspaces.xhtml}).
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
 *   <li>R4: no page shows a token secret. A new API key, a webhook's new signing secret and an
 *       invitation link that could not be e-mailed are shown once, in the answer that made them,
 *       and never kept in the session.
 *   <li>R5: the pages offer the REST API's operations on workspaces, members, invitations, keys and
 *       webhooks with the same rules, kept by the same controls; a page hides what its person may
 *       not do, and the bean checks the role again before it calls a control that leaves roles to
 *       its caller.
 *   <li>R6: a person switches only to a workspace they belong to; the switcher lists only those.
 * </ul>
 */
package io.relink.center;
