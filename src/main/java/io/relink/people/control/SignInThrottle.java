package io.relink.people.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides how long sign-in is refused for a key (an account's e-mail address, or a client address)
 * after failed attempts, and counts those failures in memory on this node.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>the first {@value #FREE_FAILURES} failures in a row cost nothing, so a person who mistypes
 *       is not slowed; from then on each failure doubles the wait, from 1 second up to 15 minutes
 *       ({@link #wait(int)}), which turns guessing into years while a person waits seconds;
 *   <li>the wait runs from the last failure; a success forgets the key;
 *   <li>a key with no failure for an hour starts again from zero;
 *   <li>at most {@value #MAX_KEYS} keys are remembered, the one whose last failure is oldest making
 *       room, so that an attacker who rotates addresses cannot exhaust the heap (they only push out
 *       their own earlier addresses, and the account's own key still slows them).
 * </ul>
 *
 * Keep accounts and client addresses in two instances: a flood of addresses then cannot push the
 * accounts' counts out. Keys are compared case-insensitively, as e-mail addresses are in practice.
 * Thread-safe; the state is one node's, so a cluster of n nodes allows up to n times as many tries.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 4;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);
    static final int MAX_KEYS = 10_000;

    /** The wait after the 5th failure, doubled with each further one. */
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    /** Failures per key, in the order of their last failure (oldest first), to evict in O(1). */
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>();

    private record Failures(int count, Instant last) {}

    /** The failures in a row that cost nothing for a key of this instance. */
    private final int freeFailures;

    /** A throttle whose first {@value #FREE_FAILURES} failures per key are free. */
    public SignInThrottle() {
        this(FREE_FAILURES);
    }

    /**
     * A throttle whose first {@code freeFailures} failures per key are free; the waits then grow as
     * {@link #wait} says.
     */
    public SignInThrottle(int freeFailures) {
        this.freeFailures = freeFailures;
    }

    /**
     * How long sign-in is refused after {@code consecutiveFailures} failures in a row: nothing
     * below 5, then 1 s, 2 s, 4 s, … doubling up to 15 minutes.
     */
    public static Duration wait(int consecutiveFailures) {
        int doublings = consecutiveFailures - FREE_FAILURES - 1;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        // 2^10 s already exceeds the cap; stopping there keeps the shift from overflowing.
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(doublings, 10));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** How much longer sign-in is refused for {@code key} at {@code now}; empty when it is not. */
    public synchronized Optional<Duration> refusedFor(String key, Instant now) {
        Failures current = current(normalized(key), now);
        if (current == null) {
            return Optional.empty();
        }
        Instant until = current.last().plus(wait(current.count() - freeFailures + FREE_FAILURES));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Counts a failed sign-in for {@code key} at {@code now}.
     *
     * @return the failures in a row now counted for the key, this one included
     */
    public synchronized int failed(String key, Instant now) {
        String normalized = normalized(key);
        Failures current = current(normalized, now);
        // Saturating: a key hammered for years must not wrap around to a free count.
        int count = current == null ? 1 : Math.max(current.count(), current.count() + 1);
        // Removed first, so that the key moves to the end of the order of last failures.
        failures.remove(normalized);
        failures.put(normalized, new Failures(count, now));
        forgetOld(now);
        return count;
    }

    /** Forgets the failures of {@code key}: the person got in. */
    public synchronized void succeeded(String key) {
        failures.remove(normalized(key));
    }

    /** The failures of {@code key} still remembered at {@code now}, or null. */
    private Failures current(String key, Instant now) {
        Failures current = failures.get(key);
        if (current != null && forgotten(current, now)) {
            failures.remove(key);
            return null;
        }
        return current;
    }

    /** Drops the keys past their hour from the front, then the oldest beyond the limit. */
    private void forgetOld(Instant now) {
        Iterator<Map.Entry<String, Failures>> oldestFirst = failures.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Failures oldest = oldestFirst.next().getValue();
            if (failures.size() <= MAX_KEYS && !forgotten(oldest, now)) {
                break;
            }
            oldestFirst.remove();
        }
    }

    /** How many keys are held now, for the test of the bound. */
    synchronized int remembered() {
        return failures.size();
    }

    private static boolean forgotten(Failures failures, Instant now) {
        return !now.isBefore(failures.last().plus(MEMORY));
    }

    private static String normalized(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
