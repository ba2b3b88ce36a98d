/**
 * Relink's adapter for X (formerly Twitter), in the shape of the SANDBOX adapter: {@link
 * io.relink.networks.x.XNetwork} (the {@link io.relink.networks.Network} bean), {@link
 * io.relink.networks.x.XAnswers} (X's JSON into Relink's records), {@link
 * io.relink.networks.x.XCauses} (X's error codes into causes), {@link io.relink.networks.x.XLimits}
 * (rate-limit headers into pauses) and {@link io.relink.networks.x.XOAuth1} (OAuth 1.0a signing).
 *
 * <p>What X offers and the rules kept:
 *
 * <ul>
 *   <li><b>Granting</b>: OAuth 2.0 authorization code with PKCE, which X requires (S256 only);
 *       consent at {@code x.com/i/oauth2/authorize} (older examples name {@code
 *       twitter.com/i/oauth2/authorize}; {@code relink.network.x.auth-url} picks), tokens from
 *       {@code POST api.x.com/2/oauth2/token} with HTTP Basic client authentication (a confidential
 *       client). Scopes: {@code tweet.read tweet.write users.read offline.access media.write};
 *       {@code offline.access} is what makes X issue a refresh token.
 *   <li><b>Lifetimes</b>: access tokens live 2 hours ({@code expires_in} 7200, always taken from
 *       the answer); X reports no refresh token lifetime (about six months by community reports
 *       [U]), so none is stored.
 *   <li><b>Rotation</b>: refresh tokens are single-use. Every refresh returns a new pair and the
 *       old refresh token is spent; the renewal carries the new one, which must be stored before
 *       the new access token is used. Replaying a spent one is refused ({@code invalid_request} [U
 *       exact text]): {@code REFRESH_FAILED}; reports say a replay may kill the whole chain [U].
 *   <li><b>Checking</b>: {@code GET /2/users/me}, side-effect free. It reports neither expiry nor
 *       scopes, so a valid verdict carries none. X has no batch call for user tokens: one token,
 *       one request. A token reaches only its own account, so there is no lost-admin case.
 *   <li><b>OAuth 1.0a</b> tokens never expire and die when the person removes the app. A probe
 *       carries one string, so such a token is stored as {@code oauth1:<token>:<secret>} and
 *       checked with an HMAC-SHA1-signed {@code GET /2/users/me}, signed with the app's API key and
 *       secret ({@code relink.network.x.consumer-key}, {@code .consumer-secret}). Revoking one is a
 *       no-op (X's {@code /1.1/oauth/invalidate_token} is not implemented).
 *   <li><b>Errors</b>: 401 is dead, {@code UNKNOWN} unless a finer code says more (89, 32 and 215
 *       do not); 64 (and 63) suspended: {@code ACCOUNT_UNAVAILABLE}; 326 locked: {@code
 *       SECURITY_CHECKPOINT}, since the person unlocks it on x.com [326 U]; 403 {@code
 *       client-forbidden}: {@code APP_PROBLEM} when the app is not enrolled ({@code reason
 *       client-not-enrolled}), else {@code SCOPE_MISSING}; 416/261 suspended or restricted app [C]:
 *       {@code APP_PROBLEM}; 429, code 88, {@code rate-limit-exceeded} and {@code usage-capped} are
 *       transient, as is 135 (Relink's clock is off for OAuth 1.0a). At the token endpoint {@code
 *       invalid_client}/{@code unauthorized_client} (a wrong Basic header) is an {@code
 *       APP_PROBLEM}.
 *   <li><b>Rate limits</b>: {@code GET /2/users/me} allows 75 requests per 15 minutes per user and
 *       app; {@code x-rate-limit-limit/-remaining/-reset} come with every answer. At 80 % used, or
 *       on a 429, the adapter pauses the whole network until the reset (a 429 without headers: 15
 *       minutes), which puts the checker's X tokens off without counting a check.
 *   <li><b>Revocation</b>: {@code POST /2/oauth2/revoke}; an unknown token is gone already. X's
 *       push of revocations (Account Activity API {@code user_event}) needs an Enterprise or Pro
 *       subscription and CRC-checked webhooks; it is not implemented, so {@code callback} keeps the
 *       interface's default.
 * </ul>
 */
package io.relink.networks.x;
