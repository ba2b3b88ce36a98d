/**
 * Checks: knowing, at all times and without false alarms, which tokens work, which will soon stop,
 * and why one died.
 *
 * <p>Operations: the {@link io.relink.checks.boundary.Sweep} (a non-persistent EJB timer on every
 * node, every {@code relink.checks.interval}) hands the due tokens to the {@link
 * io.relink.checks.control.Checker}, which claims them with row leases ({@link
 * io.relink.checks.control.Leases}), asks their networks outside any transaction, and has each
 * result written by the {@link io.relink.checks.control.CheckRecorder}, one token per
 * transaction. {@link io.relink.checks.control.CheckNow} does the same for one channel on request;
 * {@link io.relink.checks.control.Revocations} records deaths a network tells of by callback, each
 * in its own transaction or, for a data-deletion request, all in its caller's.
 * {@link io.relink.checks.control.FailureReports} reads an error a downstream product reports with
 * the network's own rules and acts on it at once (a death on a token that cannot be refreshed is
 * learned; on a refreshable one the {@code Checker} refreshes once and looks again; trouble, or an
 * error that is not about the token, changes nothing), writing every report to the history.
 *
 * <p>Rules (pure, in {@link io.relink.checks.control.CheckRules} and {@link
 * io.relink.checks.control.CheckSchedule}): a passed lifespan kills without a network call; a
 * refreshable token is renewed before its access token ends, and a rotated refresh token is stored
 * before the new access token is used; a dead answer on a refreshable token gets one refresh and a
 * second look; only a definitive answer kills; transient trouble (timeouts, 5xx, 429, nonsense,
 * open circuits, even an adapter's bug) backs off exponentially with jitter, honouring
 * Retry-After, and after {@code relink.checks.grace} makes a token unverified, never dead; checks
 * come sooner as a lapse nears, so every warning threshold is crossed on time, and at least every
 * {@code relink.checks.max-interval}.
 *
 * <p>Events ({@code TokenStatusChanged}, {@code ChannelStateChanged}, {@code TokenExpiring}) are
 * fired inside the recording transaction: the audit trail writes in it, every other observer
 * listens {@code AFTER_SUCCESS} and hears only committed facts. A channel's state change and a
 * threshold are announced once, whichever node records them (the channel row is locked while a
 * result is recorded, and what was announced is kept beside it).
 */
package io.relink.checks;
