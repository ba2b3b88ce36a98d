/**
 * Tokens: the access tokens Relink holds, one per channel and identity.
 *
 * <p>Rules: secrets are sealed at rest with an AEAD bound to the token's id and never appear in
 * logs, pages or API answers; a token dies only from a definitive answer of the network or a
 * passed expiry time, never from transient trouble; a dead token carries one {@link
 * io.relink.tokens.entity.Cause} and the network's raw code for support.
 */
package io.relink.tokens;
