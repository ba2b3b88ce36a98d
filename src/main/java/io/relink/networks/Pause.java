package io.relink.networks;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Until when one network should not be asked again: a "not before" instant that the checking
 * threads share. A pause is only ever extended, never shortened: whoever heard the latest end is
 * right, and networks such as Meta extend a block with every call made during it.
 */
public final class Pause {

    private final AtomicReference<Instant> until = new AtomicReference<>();

    /**
     * Pauses until {@code end} unless already paused longer; null (nothing heard) changes nothing.
     */
    public void atLeast(Instant end) {
        if (end != null) {
            until.accumulateAndGet(
                    end,
                    (current, next) -> current == null || next.isAfter(current) ? next : current);
        }
    }

    /** When to resume, or null when the pause has passed (or there never was one). */
    public Instant until(Clock clock) {
        return until(clock.instant());
    }

    /** As {@link #until(Clock)}, for callers that pass the time themselves. */
    public Instant until(Instant now) {
        Instant end = until.get();
        return end != null && end.isAfter(now) ? end : null;
    }
}
