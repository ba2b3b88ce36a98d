/**
 * What Meta's three networks (Facebook, Instagram, Threads) share: the Graph error object and its
 * codes, the usage headers, {@code debug_token} and Graph batches, the Facebook Login flow, the
 * long-lived tokens of Instagram Login and Threads, and the signed deauthorize and data-deletion
 * callbacks. Each network keeps its own adapter package ({@code facebook}, {@code instagram},
 * {@code threads}); this one holds no {@link io.relink.networks.Network}.
 *
 * <ul>
 *   <li>{@link io.relink.networks.meta.GraphError} and {@link io.relink.networks.meta.GraphCauses}:
 *       {@code {"error":{"code","error_subcode","type","message"}}} into a verdict, raw code kept
 *       ({@code 190/460}); rate limits ({@code 4}, {@code 17}, {@code 32}, {@code 613}, {@code
 *       341}, {@code 80000–80014}) and outages ({@code 1}, {@code 2}) are transient, never a death.
 *   <li>{@link io.relink.networks.meta.GraphEdge}: the shared {@link
 *       io.relink.networks.NetworkEdge} plus that reading; Graph sends rate limits as HTTP 400
 *       bodies, so they are thrown as trouble here.
 *   <li>{@link io.relink.networks.meta.GraphLimits}: {@code X-App-Usage} and {@code
 *       X-Business-Use-Case-Usage}; at 80 % of any limit, at a rate-limit code or a 429, the
 *       network is paused ({@code Network#pausedUntil}).
 *   <li>{@link io.relink.networks.meta.DebugToken} and {@link io.relink.networks.meta.DebugTokens}:
 *       {@code debug_token} with the app token {@code {app-id}|{app-secret}}, alone or fifty to a
 *       batch request; {@code expires_at} 0 means never; a passed {@code data_access_expires_at} is
 *       {@code SCOPE_MISSING}; {@code granular_scopes} tell a Page no longer reached.
 *   <li>{@link io.relink.networks.meta.FacebookLogin}: dialog, code and long-lived exchange ({@code
 *       fb_exchange_token}), {@code /me/accounts}, {@code DELETE /me/permissions}.
 *   <li>{@link io.relink.networks.meta.LongLivedTokens}: Instagram Login's and Threads' 1-hour
 *       tokens traded for 60-day ones ({@code ig_exchange_token} / {@code th_exchange_token}) and
 *       refreshed ({@code ig_refresh_token} / {@code th_refresh_token}) once at least 24 hours old.
 *   <li>{@link io.relink.networks.meta.Deauthorizations}: the {@code signed_request} of a
 *       deauthorize or data-deletion callback, HMAC-SHA256 with the app secret, at most ten minutes
 *       old; a data-deletion request is a revocation that also asks for erasure.
 * </ul>
 */
package io.relink.networks.meta;
