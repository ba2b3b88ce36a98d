/**
 * Relink's adapter for TikTok: Login Kit (OAuth 2.0 authorization code) and the v2 API at {@code
 * open.tiktokapis.com}, as src/docs/networks.md, section TikTok, describes them.
 *
 * <ul>
 *   <li>{@link io.relink.networks.tiktok.TikTokNetwork}: the {@link io.relink.networks.Network}
 *       bean;
 *   <li>{@link io.relink.networks.tiktok.TikTokAnswers}: TikTok's JSON into Relink's records
 *       (pure);
 *   <li>{@link io.relink.networks.tiktok.TikTokCauses}: TikTok's error codes and webhook reasons
 *       into causes or transient kinds, the raw code kept (pure, table-tested);
 *   <li>{@link io.relink.networks.tiktok.TikTokSignature}: the webhook's {@code TikTok-Signature}
 *       (pure); {@link io.relink.networks.tiktok.TikTokWebhook}: the webhook's events (pure);
 *   <li>{@link io.relink.networks.tiktok.TikTokLimits}: the per-minute request budget and pauses.
 * </ul>
 *
 * <p>What TikTok offers and the rules kept:
 *
 * <ul>
 *   <li><b>Consent.</b> {@code www.tiktok.com/v2/auth/authorize/} with {@code client_key} (TikTok's
 *       name for the client id, configured as {@code relink.network.tiktok.client-id}), a
 *       comma-separated {@code scope}, {@code state} and the redirect URI registered for the app.
 *       TikTok documents PKCE for mobile and desktop apps only; Relink is a web app, so no
 *       challenge is sent unless {@code relink.network.tiktok.pkce=true} (then challenge and
 *       verifier both travel; unverified for web apps [U]).
 *   <li><b>Lifetimes: trust the answer.</b> TikTok's docs disagree (24 h access and 365 days
 *       refresh in the older page, 2 h and 180 days in the newer one), so the grant takes {@code
 *       expires_in} and {@code refresh_expires_in} from each token answer and no constant.
 *   <li><b>Refresh tokens rotate.</b> Each refresh answers a new refresh token and the previous one
 *       stops working, so every renewal carries it and a token answer without one is malformed. A
 *       refused refresh ({@code invalid_grant}) is {@code REFRESH_FAILED}: rotated away, revoked or
 *       expired, TikTok does not say which.
 *   <li><b>The check</b> is {@code GET /v2/user/info/?fields=open_id,display_name}: no side effect,
 *       but it reports neither expiry nor scopes, so a working token is valid with none. {@code
 *       access_token_invalid} is {@code UNKNOWN} (the checker never asks past a known expiry);
 *       {@code scope_not_authorized} and {@code scope_permission_missed} are {@code SCOPE_MISSING};
 *       {@code rate_limit_exceeded}, {@code internal_error} and Relink's own request refused
 *       ({@code invalid_params}) are trouble, never a death. Error messages keep TikTok's {@code
 *       log_id}, which TikTok support asks for.
 *   <li><b>Rate limit.</b> 600 requests per minute on {@code user/info} (sliding window) and no
 *       usage headers: Relink counts its own calls and pauses the network at 80%, and after a 429.
 *   <li><b>Discovery.</b> A token reaches the one account that granted it: the identity and its
 *       single channel are that account ({@code open_id}, kind {@code ACCOUNT}); there is no admin
 *       role to lose.
 *   <li><b>Revocation</b> ({@code POST /v2/oauth/revoke/}) also removes Relink from the person's
 *       connected apps.
 *   <li><b>Webhook.</b> TikTok posts events to the callback URL registered for the app, Relink's
 *       {@code /api/v1/callbacks/tiktok/events}, signed with the client secret; deliveries older
 *       than 5 minutes are refused. {@code authorization.removed} revokes the person's tokens:
 *       reason 1 {@code REVOKED_BY_USER}; 2 (deleted), 3 (age changed), 4 (banned) {@code
 *       ACCOUNT_UNAVAILABLE}; 5 (revoked by the developer) {@code APP_PROBLEM}; 0 {@code UNKNOWN}.
 *       Unverified [U]: whether retries (for up to 72 h) are signed afresh.
 * </ul>
 */
package io.relink.networks.tiktok;
