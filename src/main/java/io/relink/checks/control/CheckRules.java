package io.relink.checks.control;

import io.relink.channels.control.CheckPolicy;
import io.relink.channels.control.Lapse;
import io.relink.channels.control.TokenFacts;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * What one check does to one token: the step to take before asking the network, and the token's
 * status and next check once a verdict is in. Pure, so that every rule of the design is a table
 * test: a passed lifespan kills without a network call; a refreshable token near its access token's
 * end is renewed; only a definitive verdict kills; transient answers only delay, and make a working
 * token {@code UNVERIFIED} once they have lasted longer than the grace period.
 */
public final class CheckRules {

    private final CheckSchedule schedule;
    private final Duration refreshWindow;

    /**
     * @param refreshWindow how long before its access token's end a refreshable token is renewed
     */
    public CheckRules(CheckSchedule schedule, Duration refreshWindow) {
        this.schedule = schedule;
        this.refreshWindow = refreshWindow;
    }

    /** What to do first with a token that is due. */
    public Step firstStep(TokenFacts token, Instant now) {
        Instant lapse = token.lapsesAt();
        if (lapse != null && !lapse.isAfter(now)) {
            return Step.LIFESPAN_ENDED;
        }
        if (token.refreshable() && renewAt(token) != null && !renewAt(token).isAfter(now)) {
            return Step.REFRESH;
        }
        return Step.INSPECT;
    }

    /** The verdict for a token whose grant lapsed: no network call needed. */
    public static Verdict.Dead lapsed() {
        return new Verdict.Dead(
                Cause.LIFESPAN_ENDED, null, "The token reached the end of its lifespan.");
    }

    /**
     * The verdict for a token whose lapse has passed: the end of its lifespan, or, when its
     * data-access window ended first, a withdrawn permission (as {@code debug_token} reports it).
     */
    public static Verdict.Dead lapsed(TokenFacts token) {
        Lapse lapse = token.lapse();
        return lapse != null && lapse.limit() == Lapse.Limit.DATA_ACCESS
                ? new Verdict.Dead(
                        Cause.SCOPE_MISSING,
                        "data_access_expired",
                        "Data access expired at " + lapse.at() + "; the person must consent again.")
                : lapsed();
    }

    /**
     * Whether the network may later call a token that died of {@code cause} valid again, so that it
     * is still checked now and then: a cleared checkpoint, a restored account, a permission granted
     * again, an app unblocked, a rejection without reason. A lifespan's end, a password change, a
     * revocation or a refused refresh end the token for good; so does a lost admin role for this
     * purpose: a check says the grant works, not that the person manages the page again, so only a
     * reconnect (whose discovery sees the page) or a current admin's token brings that channel
     * back.
     */
    public static boolean mayRecover(Cause cause) {
        return switch (cause) {
            case SECURITY_CHECKPOINT, ACCOUNT_UNAVAILABLE, SCOPE_MISSING, APP_PROBLEM, UNKNOWN ->
                    true;
            case LIFESPAN_ENDED,
                    PASSWORD_CHANGED,
                    REVOKED_BY_USER,
                    REFRESH_FAILED,
                    ADMIN_ROLE_LOST ->
                    false;
        };
    }

    /**
     * Whether a dead verdict on a refreshable token calls for one refresh and a second look (a
     * 401-like answer may only mean the access token ran out early).
     */
    public boolean retriesWithRefresh(TokenFacts token, Verdict verdict, boolean refreshedAlready) {
        return !refreshedAlready && token.refreshable() && verdict instanceof Verdict.Dead;
    }

    /**
     * The cause to keep when the refresh that followed a dead verdict was refused too: the
     * inspection's cause when the refusal says less ({@code REFRESH_FAILED} or {@code UNKNOWN}).
     */
    public static Verdict.Dead finer(Verdict.Dead inspected, Verdict.Dead refused) {
        boolean vague = refused.cause() == Cause.REFRESH_FAILED || refused.cause() == Cause.UNKNOWN;
        return vague && inspected.cause() != Cause.UNKNOWN ? inspected : refused;
    }

    /**
     * The token after the verdict: its status and when it is checked next (null: never again). A
     * token dead of a cause it {@link #mayRecover} from is looked at again every {@code
     * maxInterval}, so that a network calling it valid again brings it back; a dead token keeps its
     * first death.
     */
    public CheckPolicy.Plan plan(
            TokenFacts token, Verdict verdict, Instant now, RandomGenerator random) {
        if (verdict instanceof Verdict.Dead dead) {
            Cause cause =
                    token.status().isDead() && token.cause() != null ? token.cause() : dead.cause();
            boolean again = mayRecover(cause) && mayRecover(dead.cause());
            return new CheckPolicy.Plan(
                    token.status().isDead() ? token.status() : statusOf(dead.cause()),
                    again ? now.plus(schedule.maxInterval()) : null);
        }
        if (token.status().isDead() && (token.cause() == null || !mayRecover(token.cause()))) {
            // a final death stays final whatever a later answer says (a seeded or older token
            // may still carry a next check from before it died)
            return new CheckPolicy.Plan(token.status(), null);
        }
        if (verdict instanceof Verdict.Valid valid) {
            TokenFacts renewed =
                    valid.expiresAt() == null ? token : token.withExpiry(valid.expiresAt());
            return new CheckPolicy.Plan(
                    TokenStatus.VALID,
                    schedule.afterValid(now, renewed.lapsesAt(), renewAt(renewed)));
        }
        Verdict.Transient trouble = (Verdict.Transient) verdict;
        Instant since = token.transientSince() == null ? now : token.transientSince();
        TokenStatus status =
                token.status() == TokenStatus.VALID && schedule.isUnverified(now, since)
                        ? TokenStatus.UNVERIFIED
                        : token.status();
        Instant next =
                schedule.afterTransient(
                        now, token.failedChecks() + 1, trouble.retryAfter(), random);
        Instant lapse = token.lapsesAt();
        // However long the backoff, the lapse itself is checked on time (locally, no network call).
        return new CheckPolicy.Plan(
                status, lapse != null && lapse.isAfter(now) && lapse.isBefore(next) ? lapse : next);
    }

    /** The stored status a cause gives a dead token. */
    public static TokenStatus statusOf(Cause cause) {
        return switch (cause) {
            case LIFESPAN_ENDED -> TokenStatus.EXPIRED;
            case REVOKED_BY_USER -> TokenStatus.REVOKED;
            default -> TokenStatus.INVALID;
        };
    }

    private Instant renewAt(TokenFacts token) {
        return token.refreshable() && token.expiresAt() != null
                ? token.expiresAt().minus(refreshWindow)
                : null;
    }

    /** What a check does before (or instead of) asking the network. */
    public enum Step {
        /** The grant's end has passed: dead, {@code LIFESPAN_ENDED}, no network call. */
        LIFESPAN_ENDED,
        /** Renew the access token first. */
        REFRESH,
        INSPECT
    }
}
