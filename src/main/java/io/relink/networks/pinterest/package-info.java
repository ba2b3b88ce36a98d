/**
 * Relink's adapter for Pinterest (API v5), in the shape of the SANDBOX adapter: {@link
 * io.relink.networks.pinterest.PinterestNetwork} (the {@link io.relink.networks.Network} bean),
 * {@link io.relink.networks.pinterest.PinterestAnswers} (Pinterest's JSON into Relink's records),
 * {@link io.relink.networks.pinterest.PinterestCauses} (its error answers into causes) and {@link
 * io.relink.networks.pinterest.PinterestLimits} (rate-limit headers into pauses).
 *
 * <p>What Pinterest offers and the rules kept:
 *
 * <ul>
 *   <li><b>Granting</b>: OAuth 2.0 authorization code; consent at {@code www.pinterest.com/oauth/}
 *       with comma-separated scopes {@code boards:read, boards:write, pins:read, pins:write,
 *       user_accounts:read}; tokens from {@code POST api.pinterest.com/v5/oauth/token} with HTTP
 *       Basic {@code app_id:app_secret}. Pinterest documents no PKCE [U], so no code challenge is
 *       sent.
 *   <li><b>Lifetimes</b>: access tokens ({@code pina_…}) live 30 days ({@code expires_in}
 *       2,592,000, always taken from the answer). Since 14 May 2025 refresh tokens ({@code pinr_…})
 *       are <i>continuous</i>: 60 days, and every refresh returns a new one with a new 60 days,
 *       indefinitely [C]. The grant carries the newest; an answer without one (a legacy 365-day
 *       token, which cannot be renewed past its end [C]) keeps the one Relink holds, and its
 *       lifetime. {@code refresh_token_expires_at} is preferred over {@code _in} when both come.
 *   <li><b>Checking</b>: {@code GET /v5/user_account}, side-effect free. It reports neither expiry
 *       nor scopes, so a valid verdict carries none; no batch call. A token reaches only its own
 *       account.
 *   <li><b>Errors</b>: 401 {@code {"code":2,"message":"Authentication failed."}} is Pinterest's
 *       answer to any expired, revoked or invalid token: {@code UNKNOWN}. A deactivated user
 *       ({@code ACCOUNT_UNAVAILABLE}) or app ({@code APP_PROBLEM}) is recognised from the message
 *       [U: the Token Debugger shows both, the API's wording is undocumented]. 403 is {@code
 *       SCOPE_MISSING}, or {@code APP_PROBLEM} when it names the Trial tier [U]. 400 says nothing
 *       about the token (trouble); 429 and 5xx are trouble. At the token endpoint 401 code 2 means
 *       a dead refresh token or wrong client credentials alike [C]: a refresh is then {@code
 *       REFRESH_FAILED}, a code exchange an {@code APP_PROBLEM} [U].
 *   <li><b>Rate limits</b>: Trial 1,000 requests a day; Standard 100 a second per user and app,
 *       plus per-category caps a minute [D]. The headers ({@code X-RateLimit-Limit/-Remaining/
 *       -Reset}) are undocumented [U] and read defensively; at 80 % used, or on a 429, the adapter
 *       pauses the network until the reset (a 429 saying nothing: one minute).
 *   <li><b>Revocation</b>: no documented endpoint [U], so {@code revoke} is a no-op; no revocation
 *       webhook either [U], so {@code callback} keeps the interface's default.
 * </ul>
 */
package io.relink.networks.pinterest;
