package io.relink.center;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when the open pages of a workspace are told that its channels changed: at once when they
 * were last told at least a gap ago, otherwise once at the end of the gap, however many changes
 * came in between. A sweep that changes thousands of channels in one tick tells each workspace's
 * pages about once a gap, and the last change is never left untold.
 *
 * <p>Pure: the caller hands in the instant, waits the delay {@link #changed} answers, then calls
 * {@link #told} and tells. Safe for several threads.
 */
final class Pace {

    /** Above this many remembered workspaces, the ones told longer than a gap ago are forgotten. */
    static final int REMEMBERED = 1_000;

    private final Duration gap;
    private final Map<String, Instant> lastTold = new HashMap<>();
    private final Set<String> planned = new HashSet<>();

    Pace(Duration gap) {
        if (gap.isNegative()) {
            throw new IllegalArgumentException("A pace needs a gap of zero or more: " + gap);
        }
        this.gap = gap;
    }

    /**
     * A change of {@code key} at {@code now}: how long to wait before telling its pages (zero: at
     * once), or empty when a telling is planned already and will cover this change too.
     */
    synchronized Optional<Duration> changed(String key, Instant now) {
        if (!planned.add(key)) {
            return Optional.empty();
        }
        Instant last = lastTold.get(key);
        if (last == null) {
            return Optional.of(Duration.ZERO);
        }
        Instant due = last.plus(gap);
        return Optional.of(due.isAfter(now) ? Duration.between(now, due) : Duration.ZERO);
    }

    /**
     * The planned telling of {@code key} happens at {@code now}: changes from now on need another.
     */
    synchronized void told(String key, Instant now) {
        planned.remove(key);
        lastTold.put(key, now);
        if (lastTold.size() > REMEMBERED) {
            lastTold.entrySet()
                    .removeIf(
                            e ->
                                    !planned.contains(e.getKey())
                                            && !e.getValue().plus(gap).isAfter(now));
        }
    }

    /** How many workspaces it remembers a telling of (for tests). */
    synchronized int remembered() {
        return lastTold.size();
    }
}
