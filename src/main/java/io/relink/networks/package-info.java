/**
 * Networks: the social networks Relink holds tokens for, behind one plug point.
 *
 * <p>{@link io.relink.networks.Network} is everything Relink asks of a network, in Relink's own
 * words: inspect a token for a channel (one at a time or in batches), classify an error a
 * downstream product got with a token, refresh it, build the consent URL, exchange a code for a
 * {@link io.relink.networks.Grant}, discover who granted and which channels the grant reaches,
 * revoke. One adapter per {@link io.relink.networks.NetworkType} implements it, each in its own
 * package ({@code sandbox}, {@code facebook}, {@code x}, ...), all of the same shape; {@link
 * io.relink.networks.Networks} picks the adapter by type. {@link io.relink.networks.NetworkHttp} is
 * the HTTP edge they share.
 *
 * <p>Adapter shape: every adapter is a {@link io.relink.networks.NetworkAdapter} (type,
 * availability and pause come from its edge), and those with an OAuth 2.0 token endpoint an {@link
 * io.relink.networks.OAuth2Adapter} (refresh and code exchange come from it), with, in this order,
 * its constants, its injected configuration ({@code Config}; the SANDBOX's own keys) and {@code
 * Clock}, its parts, a no-arg constructor for CDI and one with explicit settings for tests, {@code
 * configure()} ({@code @PostConstruct}: reads the settings) and {@code connect(settings)} (opens
 * the parts), {@code edge()} (an OAuth 2.0 adapter's {@code wiring()} instead: its edge and token
 * endpoint, opened together by {@link io.relink.networks.Wiring#open}), then the members of {@link
 * io.relink.networks.Network} in its order, its private helpers and {@code toString()}. The parts
 * are shared, not copied: {@link io.relink.networks.NetworkEdge} (settings, HTTP, {@link
 * io.relink.networks.Pause}, error reading and classification), {@link
 * io.relink.networks.TokenEndpoint} (the OAuth 2.0 refresh and code exchange, with the network's
 * own answer readers) and the network's {@link io.relink.networks.Limits}, read by its {@code
 * <Net>Limits} class; the Meta networks add {@code meta.GraphEdge}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: <b>Translate at the edge.</b> An adapter turns the network's JSON and error codes into
 *       {@link io.relink.networks.Verdict}s and grants, a {@link io.relink.networks.Cause} and the
 *       raw code (HTTP status first) for support; no foreign type leaves the adapter.
 *   <li>R2: <b>Transient trouble is thrown.</b> Timeouts, unreachable hosts, 429 (with the
 *       network's Retry-After), 5xx and answers the network does not document are a {@link
 *       io.relink.networks.NetworkTrouble}, which fault tolerance counts and which never kills a
 *       token; only a definitive answer is a dead verdict (or a {@link
 *       io.relink.networks.NetworkRefusal} where a call has no verdict to return). In a batch, one
 *       item's trouble is that item's transient verdict.
 *   <li>R3: <b>A reported error is read like the adapter's own.</b> {@link
 *       io.relink.networks.Network#classify} reads the status and body a downstream product got
 *       with the reader and the causes table the adapter applies to its own error answers ({@link
 *       io.relink.networks.ErrorReports} holds what all share): 5xx, 429, 408 and unreadable bodies
 *       are transient; a 2xx, or a code the table does not tie to the token, says nothing (where a
 *       table ends in {@code UNKNOWN}, such a death counts only with a 401). Pure: nothing is sent,
 *       nothing is paused.
 *   <li>R4: <b>An unknown network fails loudly.</b> A type with no adapter, or an adapter that
 *       cannot be used (switched off, no client id), is refused with the reason; nothing falls back
 *       silently.
 *   <li>R5: <b>Fault tolerance per network.</b> Each adapter carries a timeout, a bulkhead and a
 *       circuit breaker that opens on network trouble only; their limits are configured per
 *       network. Callers treat the guards' own exceptions (timeout, bulkhead full, circuit open) as
 *       transient.
 *   <li>R6: <b>Secrets stay secret.</b> Tokens and client secrets never appear in logs, exception
 *       messages or {@code toString()}.
 *   <li>R7: <b>A callback kills nothing unverified.</b> A network's deauthorize or data-deletion
 *       callback is checked against its signature (the app secret) and its age before it is read
 *       ({@link io.relink.networks.SignedRequests}); a forged or stale one changes nothing. A
 *       verified one tells when it was issued, until when it is fresh, and its fingerprint (of
 *       exactly what the signature covers: {@link io.relink.networks.VerifiedCallback}), so that
 *       the caller can take it once only and never apply it to a grant given after it.
 *   <li>R8: <b>A network that asks to be left alone is.</b> Usage and limit headers, and the wait
 *       after a 429, pause that network's checks ({@link io.relink.networks.Pause}) without
 *       counting a check.
 * </ul>
 */
package io.relink.networks;
