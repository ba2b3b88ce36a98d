/**
 * Sandbox: SANDBOX, a simulated social network that Relink serves itself under {@code /sandbox}, so
 * that demos and tests exercise exactly the code paths of a real network (OAuth over HTTP,
 * introspection, refresh with rotation, revocation, a deauthorize callback, error answers to
 * classify) and can decide each account's fate. The contract is src/docs/sandbox.md.
 *
 * <p>Like Cargo Tracker's {@code pathfinder}, it lives apart from the application: Relink's adapter
 * ({@code io.relink.networks.sandbox}) reaches it only over HTTP, as it would any network, and
 * nothing in Relink calls into this package except demo seeding and tests, through {@link
 * io.relink.sandbox.control.SandboxAccounts}.
 *
 * <p>Operations: consent ({@code oauth/authorize}), code and refresh-token trades ({@code
 * oauth/token}), introspection of one token or a batch of up to 50, revocation, {@code api/me} and
 * {@code api/me/pages}; and the scripting API ({@code script/...}): accounts and pages, password
 * change, app removal (with or without the deauthorize callback), checkpoint, disabling, lost admin
 * role, withdrawn scope, short lifespan, outages of one account or of the whole network, restore,
 * tokens without consent, call counters.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: it exists only when {@code relink.sandbox.enabled} (demo mode): otherwise every request
 *       is a 404. Its scripting API has no authentication, by design.
 *   <li>R2: its state is in the database ({@code sandbox_*} tables), so several nodes and restarts
 *       see one network; counters and state changes are single SQL updates, never
 *       read-modify-write.
 *   <li>R3: token and code values are 256 random bits, stored only as SHA-256; they leave once, in
 *       the answer that issues them, and no {@code toString()} prints them (nor the client secret).
 *   <li>R4: a token's fate is decided when it is presented, from the account's present state, in
 *       one order: unknown or revoked, expired, disabled, checkpoint, app revoked, password
 *       changed, page admin, scope ({@link io.relink.sandbox.control.TokenRules}).
 *   <li>R5: refresh tokens rotate: the one used dies at once. Codes are single-use, ten minutes,
 *       bound to client, redirect URI, scopes and the PKCE S256 challenge; only the verifier whose
 *       hash was sent unlocks a code.
 *   <li>R6: outages hit the OAuth and API endpoints, never the consent page or the scripting API;
 *       an account's outage fails only its own items in a batch; a running outage's Retry-After is
 *       its remaining time, rounded up, at most 60 seconds. A TIMEOUT waits with no transaction
 *       open.
 *   <li>R7: every answer has exactly the shape src/docs/sandbox.md gives it; the deauthorize
 *       callback carries a {@code signed_request} built exactly as Facebook builds one.
 *   <li>R8: the one client authenticates with HTTP Basic or form fields, and only its exact id and
 *       secret pass.
 *   <li>R9: bad input (consent parameters, batches, scopes, scripting input) is a 400 that names
 *       what is wrong, never a 500; a batch holds 1 to 50 tokens; scopes are written in one
 *       canonical order; every value the consent page echoes is HTML-escaped.
 * </ul>
 */
package io.relink.sandbox;
