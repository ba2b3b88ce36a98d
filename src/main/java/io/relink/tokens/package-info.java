/**
 * Tokens: the access tokens Relink holds, one per channel and identity.
 *
 * <p>Operations: {@link io.relink.tokens.control.Credentials} hands a downstream product a
 * channel's credential, the best working token (failover across the channel's tokens), over {@code
 * GET /api/v1/channels/{id}/credential}; {@link io.relink.tokens.control.TokenVault} seals and opens
 * secrets; {@link io.relink.tokens.control.Leases} shares the checks among nodes.
 *
 * <p>Rules: secrets are sealed at rest with an AEAD bound to the token's id and never appear in
 * logs, pages or API answers, except the credential read, which is audited under the reading key's
 * name and never cached ({@code Cache-Control: no-store}); a token dies only from a definitive
 * answer of the network or a passed expiry time, never from transient trouble; a dead token carries
 * one {@link io.relink.tokens.entity.Cause} and the network's raw code for support.
 */
package io.relink.tokens;
