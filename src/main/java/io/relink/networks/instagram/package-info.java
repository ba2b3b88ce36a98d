/**
 * Relink's adapter for INSTAGRAM professional (business and creator) accounts, by either of Meta's
 * two ways in (src/docs/networks.md, section Instagram), chosen per deployment with {@code
 * relink.network.instagram.login}:
 *
 * <ul>
 *   <li><b>{@code instagram}</b> (default), Instagram API with Instagram Login, no Page needed:
 *       consent at {@code instagram.com/oauth/authorize}, the code traded at {@code
 *       api.instagram.com/oauth/access_token} for a 1-hour token and at once for a 60-day one
 *       ({@code ig_exchange_token}). The long-lived token refreshes itself ({@code
 *       ig_refresh_token}) once it is 24 hours old and while it has not expired, for 60 days from
 *       the refresh; unrefreshed for 60 days it is dead for good. Relink stores it as its own
 *       refresh token. A refresh refused while the token still answers {@code /me} (too early) is
 *       trouble to retry, never a death. Checks ask {@code graph.instagram.com/me}. There is no
 *       revocation call: revoking is a no-op.
 *   <li><b>{@code facebook}</b>, Instagram through Facebook Login for Business: Facebook's tokens,
 *       lifetimes, {@code debug_token}, error codes, revocation and callback; the client id and
 *       secret are the Facebook app's. A check also makes sure the channel's account is still the
 *       {@code instagram_business_account} of one of the person's Pages ({@code /me/accounts});
 *       gone, it is {@code ADMIN_ROLE_LOST}. Discovery lists those linked accounts.
 * </ul>
 *
 * <p>Both: Graph-style errors ({@link io.relink.networks.instagram.InstagramCauses}), 80002 is the
 * business-use-case rate limit (transient, pauses the checks); usage headers are followed as on
 * Facebook; a deauthorize callback ({@code …/callbacks/instagram/deauthorize}) with a {@code
 * signed_request} signed with the app secret revokes the person's grant; the data-deletion callback
 * ({@code …/callbacks/instagram/data-deletion}), signed alike, also erases its secrets.
 *
 * <p>Unverified [U]: Meta's exact answer to a refresh under 24 hours (assumed a 190 without a finer
 * subcode, hence the {@code /me} check); whether the exchange's {@code user_id} and the deauthorize
 * callback's {@code user_id} are the app-scoped id {@code /me} calls {@code id} (Relink assumes so;
 * the channel is the professional account's {@code user_id}); the deauthorize payload of Instagram
 * Login; {@code instagram_business_manage_insights} as a scope name; the probe {@code
 * /me?fields=user_id,username}. The {@code /me} check reports no expiry.
 */
package io.relink.networks.instagram;
