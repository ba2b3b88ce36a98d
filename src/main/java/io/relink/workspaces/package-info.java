/**
 * Workspaces: tenants, their members (OWNER, ADMIN, VIEWER) and their API keys.
 *
 * <p>Rules: everything belongs to exactly one workspace and a caller only ever sees its own; API
 * keys are random, shown once and stored as a hash; every REST call is authenticated by a key
 * ({@link io.relink.workspaces.boundary.ApiKeyAuthentication}) before it reaches a resource.
 */
package io.relink.workspaces;
