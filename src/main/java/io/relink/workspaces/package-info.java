/**
 * Workspaces: tenants, their members (OWNER, ADMIN, VIEWER) and their API keys.
 *
 * <p>Rules: everything belongs to exactly one workspace and a caller only ever sees its own; API
 * keys are random, shown once and stored as a hash, and carry scopes ({@code channels:read},
 * {@code channels:write}, {@code credentials:read}, {@code admin}); a member's role grants the
 * matching scopes (never {@code credentials:read}). Callers are recognized by
 * {@code security.CallerAuthentication}; every REST endpoint names the scope it needs with
 * {@code @RolesAllowed}, enforced by {@link io.relink.workspaces.boundary.Authorization}: no caller
 * is a 401, a caller without the scope a 403, another workspace's id a 404.
 */
package io.relink.workspaces;
