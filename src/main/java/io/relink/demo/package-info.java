/**
 * Demo: the sample workspace that README command 1 shows.
 *
 * <p>Operations: {@link io.relink.demo.DemoWorkspace} seeds, on the first start in demo mode, a
 * workspace with SANDBOX accounts and channels on several networks in every state, an owner, an
 * admin and a viewer, and an API key, with 90 days of made-up history (channels lost and
 * reconnected, two that keep lapsing) for the dashboard; at every start it logs where to go and how
 * to sign in.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: only with {@code relink.demo=true}; never part of a production start.
 *   <li>R2: seeded once: a restart keeps what people did with it.
 *   <li>R3: every channel state is there to see (connected, expiring, degraded, disconnected for
 *       different causes, unverified).
 *   <li>R4: the demo API key is {@code relink.demo.api-key} when set, else generated and logged
 *       once, at the first start.
 *   <li>R5: the past is history only, the same every time (a fixed seed, relative to the first
 *       start): back-dated entries written by the channel ledger, never a second writer of state.
 * </ul>
 */
package io.relink.demo;
