/**
 * Workspaces: tenants, their members (OWNER, ADMIN, VIEWER) and their API keys, and who may call
 * what.
 *
 * <p>Operations: make, list and revoke a workspace's API keys ({@link
 * io.relink.workspaces.boundary.ApiKeysResource}, {@link io.relink.workspaces.control.ApiKeys});
 * find the members who sign in ({@link io.relink.workspaces.control.Members}); tell who is calling
 * in a request and how the history names them ({@link io.relink.workspaces.boundary.Caller});
 * enforce each endpoint's scope ({@link io.relink.workspaces.boundary.ScopeFilter}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: everything (members, identities, channels, tokens, keys) belongs to exactly one
 *       workspace, and a caller only ever sees its own: another workspace's id is a 404, as an
 *       unknown one.
 *   <li>R2: an API key is 256 random bits, shown once in the answer that makes it, and stored only
 *       as its SHA-256 (and a short prefix to tell keys apart); a revoked key stops working at once
 *       and stays listed for the record.
 *   <li>R3: a key carries scopes: {@code channels:read}, {@code channels:write}, {@code
 *       credentials:read}, {@code admin}.
 *   <li>R4: a member's role grants its own name and the scopes that match it: VIEWER {@code
 *       channels:read}; ADMIN also {@code channels:write}; OWNER also {@code admin}. No role grants
 *       {@code credentials:read}: plaintext tokens are for integrations' keys.
 *   <li>R5: every REST endpoint names the scope it needs with {@code @RolesAllowed} (or says it is
 *       open with {@code @PermitAll}); no caller is a 401, a caller without the scope a 403 that
 *       names it. Callers are recognized by {@code security.CallerAuthentication}.
 * </ul>
 */
package io.relink.workspaces;
