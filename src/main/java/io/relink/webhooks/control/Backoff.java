package io.relink.webhooks.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Decides when a webhook that its receiver did not accept is tried again, and when Relink gives up.
 * Pure: the relay asks after each failed attempt, and stores the answer.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>the first attempt goes out at once;
 *   <li>after the n-th failure the wait is the n-th of 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, and 10 h
 *       from then on (the schedule Svix made familiar), so a receiver that is briefly down gets the
 *       webhook within seconds, and one that is down for a day is not hammered;
 *   <li>each wait is spread by up to 20 % either way, so that the webhooks that failed together
 *       during a receiver's outage do not all arrive together when it comes back;
 *   <li>once the first attempt lies {@code disableAfter} back, Relink gives up (the caller disables
 *       the subscription); the last try is at that very moment, so a receiver back just before it
 *       is still reached.
 * </ul>
 */
public final class Backoff {

    /** The waits after the first, second, ... failure; the last repeats. */
    public static final List<Duration> STANDARD_WAITS =
            List.of(
                    Duration.ofSeconds(5),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(5),
                    Duration.ofHours(10));

    /** How far a wait may be moved either way, as a share of it. */
    static final double JITTER = 0.2;

    private final List<Duration> waits;
    private final DoubleSupplier random;

    /**
     * @param waits the wait after the first, second, ... failure; the last one repeats
     * @param random values in [0, 1), spread evenly; fixed in tests
     */
    public Backoff(List<Duration> waits, DoubleSupplier random) {
        if (waits.isEmpty() || waits.stream().anyMatch(w -> w.isNegative() || w.isZero())) {
            throw new IllegalArgumentException("the waits must be positive and at least one");
        }
        this.waits = List.copyOf(waits);
        this.random = random;
    }

    /**
     * The standard schedule, with jitter from the calling thread's own generator (it is asked on
     * each call, since the relay may run on any of the container's threads).
     */
    public static Backoff standard() {
        return new Backoff(STANDARD_WAITS, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * When to attempt a delivery next.
     *
     * @param failedAttempts how many attempts have failed so far (0: none made yet)
     * @param firstAttemptAt when the first attempt was made
     * @param now the moment of the latest failure
     * @param disableAfter how long after the first attempt Relink gives up
     * @return the next attempt's moment; empty when Relink gives up
     */
    public Optional<Instant> nextAttempt(
            int failedAttempts, Instant firstAttemptAt, Instant now, Duration disableAfter) {
        if (failedAttempts < 0) {
            throw new IllegalArgumentException(
                    "failed attempts count from 0, not " + failedAttempts);
        }
        if (disableAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "the time before giving up must not be negative: " + disableAfter);
        }
        if (failedAttempts == 0) {
            // Nothing has failed, so there is nothing to give up on: an entry that waited out an
            // outage of Relink itself still gets its first try.
            return Optional.of(now);
        }
        Instant giveUpAt = firstAttemptAt.plus(disableAfter);
        if (!now.isBefore(giveUpAt)) {
            return Optional.empty();
        }
        Instant next = now.plus(jittered(waits.get(Math.min(failedAttempts, waits.size()) - 1)));
        return Optional.of(next.isAfter(giveUpAt) ? giveUpAt : next);
    }

    private Duration jittered(Duration wait) {
        double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(wait.toMillis() * factor));
    }
}
