/**
 * Relink's adapter for the SANDBOX network: the simulated network Relink serves itself under {@code
 * /sandbox} (its contract: {@code src/docs/sandbox.md}). The adapter reaches it only over HTTP,
 * exactly like a real network, so that demos and tests exercise the real code paths; it shares no
 * class with the simulator ({@code io.relink.sandbox}).
 *
 * <p>The shape every adapter has (see {@code io.relink.networks}):
 *
 * <ul>
 *   <li>{@link io.relink.networks.sandbox.SandboxNetwork}: the {@link io.relink.networks.Network}
 *       bean; configuration, one method per operation, each a request through its {@link
 *       io.relink.networks.NetworkEdge} and a reading of the answer; fault tolerance on the class;
 *   <li>{@link io.relink.networks.sandbox.SandboxAnswers}: the network's JSON into Relink's records
 *       (pure);
 *   <li>{@link io.relink.networks.sandbox.SandboxCauses}: the network's error codes into causes,
 *       the raw code kept (pure, table-tested).
 * </ul>
 *
 * <p>Rules: introspection is the check ({@code page} is the channel, so a lost admin role is told
 * apart from a dead token), in batches of up to 50; refresh tokens rotate, so a renewal always
 * carries the new one; a refresh refused as {@code invalid_token} is {@code REFRESH_FAILED}, as
 * {@code token_expired} {@code LIFESPAN_ENDED}; a refused client ({@code invalid_client}) is an
 * {@code APP_PROBLEM}; the adapter is unavailable unless {@code relink.sandbox.enabled=true}, which
 * production never sets.
 */
package io.relink.networks.sandbox;
