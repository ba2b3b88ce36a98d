/**
 * Relink's adapter for LINKEDIN: members' own profiles and the organization pages they administer
 * (Community Management API). src/docs/networks.md, section LinkedIn, holds the sources; [U] marks
 * what is unverified.
 *
 * <ul>
 *   <li>{@link io.relink.networks.linkedin.LinkedInNetwork}: the {@link io.relink.networks.Network}
 *       bean; OAuth at {@code www.linkedin.com/oauth/v2/} ({@code
 *       relink.network.linkedin.oauth-url});
 *   <li>{@link io.relink.networks.linkedin.LinkedInApi}: the REST API at {@code api.linkedin.com}
 *       ({@code .base-url}): the member ({@code /v2/userinfo}), their administrator ACL ({@code
 *       /rest/organizationAcls}) and the organizations' names ({@code /rest/organizations});
 *   <li>{@link io.relink.networks.linkedin.LinkedInAnswers}: LinkedIn's JSON into Relink's records;
 *   <li>{@link io.relink.networks.linkedin.LinkedInCauses}: LinkedIn's codes into causes (pure,
 *       table-tested); {@link io.relink.networks.linkedin.LinkedInLimits}: when to ask again after
 *       a 429.
 * </ul>
 *
 * <p>Rules and quirks:
 *
 * <ul>
 *   <li><b>Lifetimes.</b> Access tokens live 60 days ({@code expires_in}). Refresh tokens exist
 *       only for approved partner apps; they live 365 days from the member's <em>first</em> consent
 *       and a refresh does not extend them (refreshed on day 59, 306 days are left). A grant
 *       therefore keeps the refresh token's original end: a refresh answer's {@code
 *       refresh_token_expires_in} is what is left of it, and an answer without it claims no new
 *       end. An app that is no partner gets no refresh token: its member reconnects every 60 days.
 *   <li><b>Checks.</b> {@code POST /oauth/v2/introspectToken} as the client: {@code status} {@code
 *       revoked} is REVOKED_BY_USER (LinkedIn does not say whether the member or LinkedIn revoked
 *       it), {@code expired} LIFESPAN_ENDED, inactive without a status UNKNOWN; a refused client
 *       (401) is an APP_PROBLEM. Its own rate limit is not published [U]. A member's channel is
 *       their own profile ({@code urn:li:person:<sub>}), checked by introspection alone.
 *   <li><b>Lost admin.</b> For an organization channel ({@code urn:li:organization:<id>} or the
 *       bare id) the member's approved ADMINISTRATOR roles are read with the token itself, every
 *       page; an organization no longer listed is ADMIN_ROLE_LOST, a 403 ACCESS_DENIED there is
 *       SCOPE_MISSING. LinkedIn now recommends {@code organizationAuthorizations} for "may post as"
 *       checks; Relink keeps to the ADMINISTRATOR role.
 *   <li><b>API codes.</b> 401 {@code REVOKED_ACCESS_TOKEN} (65601) REVOKED_BY_USER, 401 {@code
 *       EXPIRED_ACCESS_TOKEN} (65602) LIFESPAN_ENDED, 65600 UNKNOWN, 403 {@code ACCESS_DENIED}
 *       (100) SCOPE_MISSING, 429 and 5xx (500 is also "token verification failed") transient. Just
 *       after a consent LinkedIn may briefly call a new token revoked [C]: a contradiction with the
 *       introspection within 10 minutes of the token's creation is transient.
 *   <li><b>Daily limits.</b> Per application and per member per endpoint, reset at midnight UTC,
 *       numbers unpublished, no usage headers [U]. A 429 pauses every LinkedIn check for its {@code
 *       Retry-After}, else until the next midnight UTC, and the warning logged says so.
 *   <li><b>Consent.</b> No PKCE (not in LinkedIn's documented web flow [U]); the scopes are {@link
 *       io.relink.networks.linkedin.LinkedInNetwork#SCOPES} or {@code
 *       relink.network.linkedin.scopes}. Keep the set stable: asking for a different set voids the
 *       member's earlier tokens.
 *   <li><b>Revocation.</b> {@code POST /oauth/v2/revoke} [U: community code only]; a 404 is taken
 *       as "cannot revoke". LinkedIn sends no revocation callback [U].
 *   <li><b>API version.</b> REST calls carry {@code LinkedIn-Version} ({@code
 *       relink.network.linkedin.api-version}); LinkedIn retires a version about a year after its
 *       release, so it must be moved on yearly.
 * </ul>
 */
package io.relink.networks.linkedin;
