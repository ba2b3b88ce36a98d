/**
 * Sandbox: SANDBOX, a simulated social network that Relink serves itself under {@code /sandbox},
 * so that demos and tests exercise exactly the code paths of a real network (OAuth over HTTP,
 * introspection, refresh with rotation, revocation, a deauthorize callback, error answers to
 * classify) and can decide each account's fate. The contract is src/docs/sandbox.md.
 *
 * <p>Like Cargo Tracker's {@code pathfinder}, it lives apart from the application: Relink's
 * adapter ({@code io.relink.networks.sandbox}) reaches it only over HTTP, as it would any network,
 * and nothing in Relink calls into this package except demo seeding and tests, through
 * {@link io.relink.sandbox.control.SandboxAccounts}.
 *
 * <p>Operations: consent ({@code oauth/authorize}), code and refresh-token trades
 * ({@code oauth/token}), introspection of one token or a batch of up to 50, revocation,
 * {@code api/me} and {@code api/me/pages}; and the scripting API ({@code script/...}): accounts
 * and pages, password change, app removal (with or without the deauthorize callback), checkpoint,
 * disabling, lost admin role, withdrawn scope, short lifespan, outages of one account or of the
 * whole network, restore, tokens without consent, call counters.
 *
 * <p>Rules:
 * <ul>
 *   <li>It exists only when {@code relink.sandbox.enabled} (demo mode): otherwise every request is
 *       a 404. Its scripting API has no authentication, by design.</li>
 *   <li>Its state is in the database ({@code sandbox_*} tables), so several nodes and restarts see
 *       one network; counters and state changes are single SQL updates, never read-modify-write.</li>
 *   <li>Token and code values are 256 random bits, stored only as SHA-256; they leave once, in the
 *       answer that issues them, and no {@code toString()} prints them.</li>
 *   <li>A token's fate is decided when it is presented, from the account's present state, in one
 *       order: unknown or revoked, expired, disabled, checkpoint, app revoked, password changed,
 *       page admin, scope ({@link io.relink.sandbox.control.TokenRules}).</li>
 *   <li>Refresh tokens rotate: the one used dies at once. Codes are single-use, ten minutes,
 *       bound to client, redirect URI, scopes and the PKCE S256 challenge.</li>
 *   <li>Outages hit the OAuth and API endpoints, never the consent page or the scripting API; an
 *       account's outage fails only its own items in a batch. A TIMEOUT waits with no transaction
 *       open.</li>
 * </ul>
 */
package io.relink.sandbox;
