package io.relink.networks;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * How one network says "leave me alone for a while", read for its {@link NetworkEdge}: its usage
 * headers, and how long a rate limit lasts when the network did not say. Each network's own reading
 * is its {@code <Net>Limits} class (X's headers in {@code XLimits}, LinkedIn's day in {@code
 * LinkedInLimits}, ...); the edge keeps the resulting {@link Pause}.
 */
public interface Limits {

    /** Never pauses: the SANDBOX, whose rate limits are scripted by its tests. */
    Limits NONE = (retryAfter, now, pausedUntil) -> null;

    /**
     * Until when to pause after an answer (trouble included) carried these headers, or null when
     * they say nothing (the default: a network without usage headers).
     */
    default Instant pauseUntil(HttpHeaders headers, Instant now) {
        return null;
    }

    /**
     * Until when to pause after the network said "rate limited" (a 429, or a rate-limit code in a
     * body), or null for not at all.
     *
     * @param retryAfter how long the network asked to wait, or null when it did not say (a zero
     *     wait counts as not said)
     * @param pausedUntil the pause already in force (from this answer's usage headers, say), or
     *     null
     */
    Instant resumeAt(Duration retryAfter, Instant now, Instant pausedUntil);

    /**
     * What the trouble thrown after a pause adds about it (e.g. "its daily limits reset at midnight
     * UTC"), or null.
     */
    default String why(Verdict.Transient trouble) {
        return null;
    }

    /**
     * Whether the trouble thrown after a pause carries the wait until the pause ends rather than
     * the wait the network named (false, the default): for networks whose pause is a day's.
     */
    default boolean tellsWait() {
        return false;
    }

    /** The wait the network asked for, else a whole {@code window}. */
    static Limits window(Duration window) {
        return (retryAfter, now, pausedUntil) -> now.plus(said(retryAfter) ? retryAfter : window);
    }

    /**
     * Usage headers read by {@code headers}; after a rate limit, the wait the network asked for,
     * else the pause those headers already set (the reset they named), else a whole {@code window}.
     */
    static Limits window(Duration window, BiFunction<HttpHeaders, Instant, Instant> headers) {
        return new Limits() {
            @Override
            public Instant pauseUntil(HttpHeaders answer, Instant now) {
                return headers.apply(answer, now);
            }

            @Override
            public Instant resumeAt(Duration retryAfter, Instant now, Instant pausedUntil) {
                return said(retryAfter)
                        ? now.plus(retryAfter)
                        : pausedUntil != null ? pausedUntil : now.plus(window);
            }
        };
    }

    /** Whether a network named a wait: a zero one tells nothing. */
    static boolean said(Duration retryAfter) {
        return retryAfter != null && !retryAfter.isZero() && !retryAfter.isNegative();
    }
}
