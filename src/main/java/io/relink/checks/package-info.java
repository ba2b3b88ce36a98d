/**
 * Checks: knowing, at all times and without false alarms, which tokens work.
 *
 * <p>Today: the {@link io.relink.checks.entity.Verdict} a check concludes (valid, dead with a cause,
 * or transient) and the pure {@link io.relink.checks.control.CheckSchedule} that says when a token
 * is checked next. The sweep (a non-persistent EJB timer on every node, claiming due tokens with
 * row leases) builds on these.
 *
 * <p>Rules: only a definitive answer or a passed expiry kills a token; transient trouble only
 * delays the next check, and after the grace period makes a token unverified, never dead; checks
 * come sooner as a lapse nears so that every warning goes out on time.
 */
package io.relink.checks;
