/**
 * Channels: the pages, accounts and organizations a workspace publishes to, the access tokens that
 * reach them, and their state. A channel and its tokens are one aggregate.
 *
 * <p>Operations: {@link io.relink.channels.control.ChannelLedger} is the one writer of the
 * aggregate (check results, learned deaths, renewals, grants from connect/reconnect/add token,
 * token removal, unlink, erasure, demo seeds); {@link io.relink.channels.control.ChannelStore}
 * reads channels, paged and filtered in SQL (state, network, text); {@link
 * io.relink.channels.control.Preflight} answers "will this channel still work at time T?"; {@link
 * io.relink.channels.control.Identities} and {@link io.relink.channels.control.BlastRadius} list
 * the identities with the channels hanging on each; {@link io.relink.channels.control.Summaries}
 * sums a workspace up; {@link io.relink.channels.control.Credentials} hands a downstream product
 * the best working token ({@code GET /api/v1/channels/{id}/credential}); {@link
 * io.relink.channels.control.TokenVault} seals and opens secrets; {@link
 * io.relink.channels.control.ChangeLog} tells operators of committed state changes in the log.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: a channel's state is derived from its tokens and the clock by one pure rule ({@link
 *       io.relink.channels.control.ChannelStates}), in the order of its table; the channel row
 *       stores the result of the last derivation (state, cause, {@code state_until}), written only
 *       by the ledger with every change, and derived again by the sweep once {@code state_until}
 *       has passed.
 *   <li>R2: a passed lapse is definitive: the token counts as {@code EXPIRED} ({@code
 *       LIFESPAN_ENDED}) before any check records it.
 *   <li>R3: only a definitive answer or a passed lapse kills a token; transient trouble never does.
 *   <li>R4: {@code EXPIRING} is never stored on a token: it is a valid token inside the warning
 *       window that Relink cannot renew by itself.
 *   <li>R5: failover: one working token keeps a channel usable, and the credential handed out is
 *       the best working token (valid before expiring, latest lapse first).
 *   <li>R6: every state but {@code CONNECTED} is explained in plain words with a next step ({@link
 *       io.relink.channels.control.Explanations}), the same on pages and in the API.
 *   <li>R7: a token's lapse is the access token's end, or the refresh token's when Relink can
 *       refresh, and no later than the data-access window's end.
 *   <li>R8: nothing of another workspace is ever visible; unlinked channels only when asked for.
 *   <li>R9: no answer carries a secret, except the credential read, which is audited and sent
 *       {@code no-store}; secrets are sealed bound to their token and role.
 *   <li>R10: the ledger locks the channel row before reading its tokens, derives the state before
 *       and after the change, stores it, writes the history and fires the events in the change's
 *       transaction; a state change and a warning threshold are announced exactly once, whichever
 *       node makes the change.
 *   <li>R11: a check's result counts only while the checking node holds the token's lease; a death
 *       learned otherwise (callback, report) never kills a token twice.
 * </ul>
 */
package io.relink.channels;
