/**
 * Relink's adapter for FACEBOOK (Pages, through the Graph API {@code v23.0}).
 *
 * <p>What Facebook offers (src/docs/networks.md, section Facebook):
 *
 * <ul>
 *   <li><b>Grants</b>: Facebook Login's dialog; the code gives a user token of about an hour,
 *       traded at once for a long-lived one ({@code fb_exchange_token}, about 60 days). There are
 *       no refresh tokens: when it ends, the person logs in again. Page tokens taken from a
 *       long-lived user token ({@code /me/accounts}, see {@code FacebookNetwork#pageTokens}) have
 *       no expiry ({@code expires_at: 0}) but die early on password change, checkpoint, role loss
 *       or app removal like any other.
 *   <li><b>Checks</b>: {@code GET /debug_token} as Relink's app ({@code {app-id}|{app-secret}}),
 *       side-effect free; up to fifty in one Graph batch request. It tells expiry, {@code
 *       data_access_expires_at} (90 days after the person was last active; past it the token still
 *       authenticates but reads nothing: {@code SCOPE_MISSING}), scopes and granular scopes (a user
 *       token whose Page permissions no longer name the channel: {@code ADMIN_ROLE_LOST}), and for
 *       a dead token the code and subcode ({@link io.relink.networks.facebook.FacebookCauses}). A
 *       Page token whose user lost the role dies with {@code 190/492}.
 *   <li><b>Discovery</b>: the person ({@code /me}) and the Pages in {@code /me/accounts} whose
 *       tasks include one of MANAGE, CREATE_CONTENT, MODERATE, ANALYZE.
 *   <li><b>Revocation</b>: {@code DELETE /me/permissions} removes the app for the person: every
 *       token of theirs dies, on every Page.
 *   <li><b>Deauthorize callback</b>: {@code POST …/callbacks/facebook/deauthorize} with a {@code
 *       signed_request} (HMAC-SHA256 with the app secret, at most ten minutes old): that person's
 *       tokens are {@code REVOKED_BY_USER} at once.
 *   <li><b>Data-deletion callback</b>: {@code POST …/callbacks/facebook/data-deletion}, the same
 *       {@code signed_request}: the person's tokens die as above and their secrets are erased; Meta
 *       gets {@code {url, confirmation_code}}, the URL answering the request's status.
 *   <li><b>Limits</b>: {@code X-App-Usage} and {@code X-Business-Use-Case-Usage} pause the checks
 *       at 80 % of any limit; rate-limit codes and 429s pause them too.
 * </ul>
 *
 * <p>Unverified [U]: PKCE in the dialog (documented for the OIDC flow "in testing"; {@code
 * relink.network.facebook.pkce=false} turns it off); the legacy subcodes 452, 461, 465, 466, 468;
 * {@code business_management} being needed for business-owned Pages; the quota a {@code
 * debug_token} call spends.
 */
package io.relink.networks.facebook;
