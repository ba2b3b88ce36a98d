package io.relink.checks.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Decides when a token is checked next. Pure: the sweep asks, and stores the answer.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a working token is checked again no later than {@code maxInterval}, and also at the moment
 *       it crosses each warning threshold before its lapse (14, 7, 3, 1 days by default) and at the
 *       lapse itself, so warnings go out on time;
 *   <li>never sooner than {@code minInterval}, so that nothing spins;
 *   <li>after a transient outcome the next try backs off exponentially from {@code baseBackoff},
 *       with full jitter, capped by {@code maxInterval}, and never sooner than the network's own
 *       retry-after;
 *   <li>a token that has had nothing but transient outcomes for longer than {@code grace} is
 *       unverified (but not dead).
 * </ul>
 */
public final class CheckSchedule {

    private final Duration minInterval;
    private final Duration maxInterval;
    private final Duration baseBackoff;
    private final Duration grace;
    private final List<Duration> thresholds;

    public CheckSchedule(
            Duration minInterval,
            Duration maxInterval,
            Duration baseBackoff,
            Duration grace,
            List<Duration> thresholds) {
        if (minInterval.compareTo(maxInterval) > 0) {
            throw new IllegalArgumentException(
                    "min interval " + minInterval + " exceeds max interval " + maxInterval);
        }
        this.minInterval = minInterval;
        this.maxInterval = maxInterval;
        this.baseBackoff = baseBackoff;
        this.grace = grace;
        this.thresholds = List.copyOf(thresholds);
    }

    /**
     * Relink's defaults: 1 minute to 24 hours, backoff from 1 minute, 48 hours of grace, 14/7/3/1
     * days.
     */
    public static CheckSchedule defaults() {
        return new CheckSchedule(
                Duration.ofMinutes(1),
                Duration.ofHours(24),
                Duration.ofMinutes(1),
                Duration.ofHours(48),
                List.of(
                        Duration.ofDays(14),
                        Duration.ofDays(7),
                        Duration.ofDays(3),
                        Duration.ofDays(1)));
    }

    /** When to check a working token next, given when its grant lapses (null: never). */
    public Instant afterValid(Instant now, Instant lapsesAt) {
        return afterValid(now, lapsesAt, null);
    }

    /**
     * When to check a working token next.
     *
     * @param lapsesAt when the grant lapses unless a person acts; null: never
     * @param renewAt when Relink should renew the access token with its refresh token; null: no
     *     need
     */
    public Instant afterValid(Instant now, Instant lapsesAt, Instant renewAt) {
        Instant latest = now.plus(maxInterval);
        Instant earliest = now.plus(minInterval);
        Stream<Instant> moments =
                lapsesAt == null
                        ? Stream.empty()
                        : Stream.concat(
                                thresholds.stream().map(lapsesAt::minus), Stream.of(lapsesAt));
        Instant next =
                Stream.concat(
                                Stream.concat(
                                        moments.filter(m -> m.isAfter(now)),
                                        Stream.ofNullable(renewAt)),
                                Stream.of(latest))
                        .min(Comparator.naturalOrder())
                        .orElse(latest);
        return next.isBefore(earliest) ? earliest : next;
    }

    /**
     * The warning threshold a grant lapsing at {@code lapsesAt} is inside of at {@code now}: the
     * smallest threshold not shorter than the time left. Empty before the first threshold and after
     * the lapse.
     */
    public Optional<Duration> thresholdCrossed(Instant now, Instant lapsesAt) {
        if (lapsesAt == null || !lapsesAt.isAfter(now)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, lapsesAt);
        return thresholds.stream()
                .filter(t -> left.compareTo(t) <= 0)
                .min(Comparator.naturalOrder());
    }

    public Duration maxInterval() {
        return maxInterval;
    }

    /**
     * When to try again after the {@code attempt}-th transient outcome in a row (1 for the first).
     *
     * @param retryAfter what the network asked for, or null
     */
    public Instant afterTransient(
            Instant now, int attempt, Duration retryAfter, RandomGenerator random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, not " + attempt);
        }
        Duration ceiling = baseBackoff.multipliedBy(1L << Math.min(attempt - 1, 30));
        if (ceiling.compareTo(maxInterval) > 0 || ceiling.isNegative()) {
            ceiling = maxInterval;
        }
        Duration jittered = Duration.ofMillis(random.nextLong(ceiling.toMillis() + 1));
        Duration wait = jittered.compareTo(minInterval) < 0 ? minInterval : jittered;
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(maxInterval) > 0 ? maxInterval : retryAfter;
        }
        return now.plus(wait);
    }

    /**
     * Whether a token with only transient outcomes since {@code transientSince} is now unverified.
     */
    public boolean isUnverified(Instant now, Instant transientSince) {
        Objects.requireNonNull(transientSince, "transientSince");
        return !now.isBefore(transientSince.plus(grace));
    }
}
