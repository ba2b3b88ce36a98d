/**
 * Checks: knowing, at all times and without false alarms, which tokens work, which will soon stop,
 * and why one died.
 *
 * <p>Operations: the {@link io.relink.checks.boundary.Sweep} (a non-persistent EJB timer on every
 * node, every {@code relink.checks.interval}) hands the due tokens to the {@link
 * io.relink.checks.control.Checker}, which claims them a batch at a time with row leases ({@link
 * io.relink.checks.control.Leases}), asks their networks outside any transaction and side by side
 * ({@link io.relink.checks.control.CheckLanes}), and has the batch's results written by the {@link
 * io.relink.checks.control.CheckRecorder} in one transaction. {@link
 * io.relink.checks.control.CheckNow} does the same for one channel on request and answers the
 * channel with what the network said ({@link io.relink.checks.control.CheckAttempt}: when it could
 * not be asked, why and when the sweep tries again); {@link io.relink.checks.control.Revocations}
 * records deaths a network tells of by callback, all in the transaction that records the callback
 * as taken. {@link io.relink.checks.control.FailureReports} reads an error a downstream product
 * reports with the network's own rules and acts on it at once (a reported death counts only once
 * the {@code Checker} has looked again at the network, after one refresh where the token is
 * refreshable; trouble, or an error that is not about the token, changes nothing), writing every
 * report to the history.
 *
 * <p>Rules (the pure ones in {@link io.relink.checks.control.CheckRules} and {@link
 * io.relink.checks.control.CheckSchedule}):
 *
 * <ul>
 *   <li>R1: a passed lifespan kills without a network call.
 *   <li>R2: a refreshable token is renewed before its access token ends, and a rotated refresh
 *       token is stored before the new access token is used.
 *   <li>R3: a dead answer on a refreshable token gets one refresh and a second look; that answer
 *       decides.
 *   <li>R4: only a definitive answer kills; timeouts, 5xx, 429, nonsense, open circuits, a full
 *       bulkhead and even an adapter's bug are transient.
 *   <li>R5: transient trouble backs off exponentially with jitter, honouring Retry-After and the
 *       networks' pauses, and after {@code relink.checks.grace} makes a token unverified, never
 *       dead.
 *   <li>R6: checks come sooner as a lapse nears, so every warning threshold is crossed on time, and
 *       at least every {@code relink.checks.max-interval}; the lapse itself is checked on time
 *       whatever the backoff.
 *   <li>R7: row leases: each due token is checked by one node at a time; a dead node's leases run
 *       out and another node takes the tokens over. A living node gives back at once the tokens it
 *       claimed and does not ask (a failure mid-batch, too little of the lease left to start a
 *       call), so no due token waits for a lease nobody uses.
 *   <li>R8: no transaction spans a network call; a sweep's batch of results is recorded in one
 *       transaction through the channel ledger (see the channels component, R10, R11), token by
 *       token when that fails, so one token's trouble never undoes another's result.
 *   <li>R9: a failure report is read with the network's own rules, and a death it tells counts only
 *       when a check at once confirms it, on every network; every report is written to the history,
 *       whatever came of it.
 *   <li>R10: a network's callback kills every working token of that person, in every workspace, at
 *       once.
 *   <li>R11: a working answer counts only with every scope the adapter requires, where the network
 *       reports scopes ({@link io.relink.networks.GrantedScopes}): else {@code SCOPE_MISSING}, the
 *       missing scopes named.
 *   <li>R12: a token dead of a cause it may recover from (checkpoint, unavailable account, admin
 *       role, scope, app, unknown) is still checked every {@code relink.checks.max-interval}; when
 *       the network calls it valid again it comes back, and the history says so. A lifespan's end,
 *       a password change, a revocation and a refused refresh are final.
 *   <li>R13: a network is asked at most as often at once as its bulkhead allows, less one place
 *       left to people and downstream products ({@link io.relink.checks.control.CheckLanes}).
 * </ul>
 */
package io.relink.checks;
