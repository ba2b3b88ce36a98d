/**
 * Reconnect: getting a working token back, and letting one go.
 *
 * <p>Operations:
 *
 * <ul>
 *   <li>connect a new identity ({@link io.relink.reconnect.boundary.ConnectionsResource}),
 *       reconnect a channel or an identity (all its channels at once), add a further identity's
 *       token to a channel ({@link io.relink.reconnect.boundary.ReconnectsResource}, {@link
 *       io.relink.reconnect.boundary.IdentityReconnectsResource}, {@link
 *       io.relink.reconnect.control.Reconnects}), each an OAuth flow started by {@link
 *       io.relink.reconnect.control.ConnectionFlows};
 *   <li>the OAuth callback ({@link io.relink.reconnect.boundary.OAuthCallback}, {@link
 *       io.relink.reconnect.control.Consents}): the code exchanged, the identity's channels
 *       discovered, the grant placed ({@link io.relink.reconnect.control.Targets}), the result told
 *       ({@link io.relink.reconnect.control.Outcome});
 *   <li>remove one token, unlink a channel ({@link io.relink.reconnect.control.Reconnects});
 *   <li>delegated reconnect links e-mailed to the account owner ({@link
 *       io.relink.reconnect.control.ReconnectRequests});
 *   <li>the networks' own callbacks ({@link io.relink.reconnect.boundary.CallbacksResource}):
 *       deauthorize callbacks and webhooks kill that person's tokens at once; a data-deletion
 *       request (Meta's) also erases their secrets ({@link
 *       io.relink.reconnect.control.DataDeletions}) and is answered with a confirmation code whose
 *       status URL stays readable ({@link io.relink.reconnect.control.DeletionReceipts}).
 * </ul>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: every flow is the OAuth 2.0 authorization code flow with PKCE (S256): Relink makes a
 *       verifier for every flow, keeps it on the server sealed like a token, and sends the
 *       challenge where the network takes one.
 *   <li>R2: the state is 256 random bits, single use, valid ten minutes, stored only as its
 *       SHA-256, and bound to the workspace, the target and whoever started it: a member's flow
 *       completes only in that member's session, an API key's for whoever consents. A replayed,
 *       expired, forged or another member's state is refused (400) and changes nothing.
 *   <li>R3: one consent reconnects every channel of the workspace the identity reaches; channel ids
 *       and history are kept.
 *   <li>R4: a reconnect is verified at once: the same network account as before (or a plain
 *       warning, and the other account's token goes only where that account manages the channel),
 *       the permissions Relink needs, a refresh token where the network issues one.
 *   <li>R5: the network is called with no transaction open; what the callback stores is written
 *       through {@code channels.control.ChannelLedger}, channel by channel.
 *   <li>R5a: a reconnect's discovery is the network's own word: a channel the identity held a
 *       working token on but is no longer listed for is marked {@code ADMIN_ROLE_LOST} through the
 *       ledger (history, events, notices) in the transaction that stores the flow's outcome; a
 *       token already dead stays as it died. The outcome names every channel, however many (V13);
 *       should it still fail to be stored, a short outcome without the list is stored instead, so
 *       that a flow never stays in progress.
 *   <li>R6: unlink and token removal revoke at the network only where that cuts nothing else (the
 *       identity reaches no other linked channel of the workspace), best effort and recorded; the
 *       secrets are erased, the history kept; unlinking twice changes nothing; the last token of a
 *       channel cannot be removed (unlink instead).
 *   <li>R7: a delegated reconnect link is single use, valid {@code relink.reconnect.link-life},
 *       stored only as a hash, and exists only if the mail server accepted the message; sending,
 *       opening and withdrawing it are in the channel's history.
 *   <li>R8: a network's callback carries no API key; it proves itself with the network's signature,
 *       and one that does not is refused and changes nothing. A genuine one is taken once: its
 *       fingerprint is kept in the database (every node sees it) until its freshness window ends,
 *       in the transaction that carries it out, and a copy is a 400 that changes nothing ({@link
 *       io.relink.reconnect.control.SignedCallbacks}). It never kills or erases a token whose grant
 *       was given after it was issued (a reconnect since).
 *   <li>R9: a data-deletion request is carried out in one transaction, deaths and erasures
 *       together, in every workspace; it keeps the history and, of the person, only the SHA-256 of
 *       their network id; its confirmation code is 128 random bits.
 * </ul>
 */
package io.relink.reconnect;
