/**
 * Relink's adapter for THREADS profiles (src/docs/networks.md, section Threads).
 *
 * <ul>
 *   <li><b>Grants</b>: consent at {@code threads.net/oauth/authorize}; the code traded at {@code
 *       graph.threads.net/oauth/access_token} (form POST) for a 1-hour token, and at once for a
 *       60-day one ({@code th_exchange_token}). Client id and secret are the Threads app's (a Meta
 *       app with the Threads use case has its own Threads app id and secret).
 *   <li><b>Refresh</b>: the long-lived token refreshes itself ({@code th_refresh_token}) when at
 *       least 24 hours old and not expired, for 60 days from the refresh; Relink stores it as its
 *       own refresh token. Unrefreshed for 60 days it cannot be revived. A refresh refused while
 *       the token still answers {@code /me} (too early) is trouble to retry, never a death. Private
 *       profiles can refresh too; their permissions last 90 days.
 *   <li><b>Checks</b>: {@code GET /v1.0/me?fields=id,username} with the token; it reports no
 *       expiry. ({@code debug_token} needs a Threads tester's token of the same app.)
 *   <li><b>Revocation</b>: none documented; a no-op.
 *   <li><b>Deauthorize callback</b>: {@code …/callbacks/threads/deauthorize}, a {@code
 *       signed_request} verified with the Threads app secret, at most ten minutes old; the delete
 *       callback ({@code …/callbacks/threads/data-deletion}) is verified the same way and also
 *       erases the person's tokens' secrets.
 *   <li><b>Limits</b>: 4800 × impressions per 24 hours; Meta's usage headers and rate-limit codes
 *       pause the checks as on Facebook.
 * </ul>
 *
 * <p>Unverified [U]: error codes are assumed Graph-style ({@link
 * io.relink.networks.threads.ThreadsCauses}); the deauthorize payload is assumed Meta's {@code
 * signed_request}; the answer to a too-early refresh; {@code /me} as the probe.
 */
package io.relink.networks.threads;
