/**
 * Relink's adapter for YOUTUBE, through Google OAuth 2.0: a Google account and the YouTube channel
 * its grant reaches. src/docs/networks.md, section YouTube, holds the sources; [U] marks what is
 * unverified.
 *
 * <ul>
 *   <li>{@link io.relink.networks.youtube.YouTubeNetwork}: the {@link io.relink.networks.Network}
 *       bean. Google's hosts each have a key: {@code auth-url} (accounts.google.com), {@code
 *       token-url}, {@code tokeninfo-url}, {@code revoke-url} (oauth2.googleapis.com), {@code
 *       userinfo-url} (openidconnect.googleapis.com); {@code base-url} is the YouTube Data API's
 *       host (www.googleapis.com);
 *   <li>{@link io.relink.networks.youtube.YouTubeAnswers}: Google's JSON into Relink's records;
 *   <li>{@link io.relink.networks.youtube.YouTubeCauses}: Google's and YouTube's codes into causes
 *       (pure, table-tested); {@link io.relink.networks.youtube.YouTubeLimits}: when the daily
 *       quota is back.
 * </ul>
 *
 * <p>Rules and quirks:
 *
 * <ul>
 *   <li><b>Lifetimes.</b> Access tokens live about an hour ({@code expires_in}); Relink refreshes
 *       them ahead. Refresh tokens have no fixed end and are not rotated: a refresh answers without
 *       one and the one held stays. Time-based access ends at {@code refresh_token_expires_in}; an
 *       app whose consent screen is in Testing (external users) loses its refresh tokens after 7
 *       days unless it asks only for name, e-mail and profile: with {@code
 *       relink.network.youtube.consent-testing=true} a first grant ends after 7 days, so Relink
 *       sees it coming. YouTube scopes always take the 7 days in Testing: publish the app.
 *   <li><b>Consent.</b> {@code access_type=offline} and {@code prompt=consent}, so that every
 *       consent issues a refresh token; PKCE (S256) when Relink gives a challenge; {@code
 *       include_granted_scopes}. Scopes: {@link io.relink.networks.youtube.YouTubeNetwork#SCOPES}
 *       or {@code relink.network.youtube.scopes}; no Gmail scope, so a password change does not end
 *       the grant.
 *   <li><b>Checks.</b> {@code tokeninfo} (no quota; published limits none [U]) says whether the
 *       access token lives, for Relink's client ({@code aud}; another client is an APP_PROBLEM),
 *       until when and with which scopes; then {@code channels?part=id&mine=true} (1 of the
 *       project's 10,000 daily units) whether it reaches the channel (not listed: ADMIN_ROLE_LOST)
 *       and may read YouTube (403 {@code insufficientPermissions}: SCOPE_MISSING). A dead access
 *       token (tokeninfo {@code invalid_token}, a YouTube 401) is UNKNOWN: the checker refreshes
 *       once and the refresh's answer decides.
 *   <li><b>invalid_grant.</b> Seven causes answer the same "Token has been expired or revoked.":
 *       revoked by the person, 6 months unused, a password change with Gmail scopes, more than 100
 *       refresh tokens per account and client, time-based access over, a Workspace admin's policy,
 *       an app in Testing. Told apart: a deleted account ("Account has been deleted" [C]:
 *       ACCOUNT_UNAVAILABLE), a session-length policy ({@code invalid_rapt} [C]: LIFESPAN_ENDED),
 *       an admin's block ({@code admin_policy_enforced} [U where it appears]: SCOPE_MISSING, the
 *       person's admin must allow Relink), and the two with a known end (time-based, Testing),
 *       which Relink ends itself. The rest is REFRESH_FAILED on a refresh and UNKNOWN elsewhere. A
 *       refused client ({@code invalid_client}, {@code unauthorized_client}: Google deletes clients
 *       idle for 6 months) is an APP_PROBLEM.
 *   <li><b>Quota.</b> No usage headers. A 403 {@code quotaExceeded} (or {@code dailyLimitExceeded})
 *       means the project's day is spent: every YouTube check pauses until midnight Pacific time,
 *       and the warning logged says so. The quota is shared with every product that calls YouTube
 *       with Relink's tokens, so Relink does not count it itself. {@code rateLimitExceeded} and
 *       {@code userRateLimitExceeded} are transient, with no pause.
 *   <li><b>Revocation.</b> {@code POST oauth2.googleapis.com/revoke} revokes the whole grant from
 *       either token, but from an access token only while it lives: hand over the refresh token
 *       where there is one. An unknown token ({@code invalid_token}) is already revoked.
 *   <li><b>Left out: RISC</b> (Cross-Account Protection): Google's security events (tokens revoked,
 *       account disabled or hijacked, credential change) would tell several invalid_grant causes
 *       apart and arrive before any check, but they are JWTs that must be verified with Google's
 *       published keys, and the stream must be registered with a service account. Not built: Relink
 *       reads no YouTube callback, and {@link io.relink.networks.Network#callback} stays
 *       unsupported.
 * </ul>
 */
package io.relink.networks.youtube;
