/**
 * Single sign-on: people sign in with their company's OpenID Connect provider (authorization-code
 * flow with PKCE), driven from inside Relink's one authentication mechanism ({@link
 * io.relink.security.CallerAuthentication}), since Jakarta Security allows one per application.
 *
 * <p>Operations: start a sign-in and name the URL to send the browser to ({@link
 * io.relink.security.oidc.OidcClient#begin}); turn the provider's answer into a verified person
 * ({@link io.relink.security.oidc.OidcClient#finish}); tell whether single sign-on is on and what
 * the provider is called ({@link io.relink.security.oidc.OidcSettings}). Nimbus's OAuth 2.0 SDK
 * does the protocol; this package decides what to ask for and what to believe.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: single sign-on is off while {@code relink.oidc.issuer} is unset. The provider is found
 *       through its discovery document, which must name exactly the configured issuer; what it
 *       tells is kept after the first success, and a failed discovery is tried again at the next
 *       sign-in, never cached.
 *   <li>R2: every sign-in begins with its own random state, nonce and PKCE verifier (S256); the
 *       provider sees the verifier only as its challenge, and the scopes always include {@code
 *       openid}.
 *   <li>R3: an answer counts only for the sign-in that began it: its state must match, and an
 *       {@code iss} parameter (RFC 9207) must name the provider. An {@code error=} answer refuses
 *       the sign-in, naming only the error code.
 *   <li>R4: the code is exchanged with the PKCE verifier and the client secret, sent as {@code
 *       client_secret_basic}, or {@code client_secret_post} when the provider supports only that;
 *       without a secret, as a public client.
 *   <li>R5: a person is believed only from an ID token that Nimbus's {@code IDTokenValidator}
 *       accepted: signed with a public-key algorithm by a key of the provider's key set (never
 *       {@code none}, never HMAC), from the issuer, for this client id, not expired, with this
 *       sign-in's nonce.
 *   <li>R6: the e-mail address comes from the configured claim ({@code relink.oidc.email-claim})
 *       and is required; the groups come from {@code relink.oidc.groups-claim}, as an array of
 *       strings or one string, and are none when absent. Only the ID token is read (no userinfo
 *       call): the provider must put these claims in it.
 *   <li>R7: every failure is an {@link io.relink.security.oidc.OidcClient.Refused} whose message is
 *       a sentence for the person signing in: never a token, a code, a secret or a stack trace.
 *       Secrets stay out of logs and {@code toString()}; what an operator needs (why discovery
 *       failed) goes to the log.
 *   <li>R8: every call to the provider (discovery, key set, token endpoint) gives up after {@code
 *       relink.oidc.timeout} to connect and again to read, so a silent provider refuses a sign-in
 *       instead of hanging it.
 * </ul>
 */
package io.relink.security.oidc;
