package io.relink.sandbox.control;

import io.relink.sandbox.entity.OutageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The transient trouble a request meets because of a scripted outage that is still running.
 *
 * @param retryAfterSeconds the outage's remaining time, rounded up, between 1 and {@value
 *     #MAX_RETRY_AFTER}
 */
public record Trouble(OutageKind kind, long retryAfterSeconds) {

    /** Networks cap Retry-After; a longer wait would only stall the caller's tests. */
    public static final long MAX_RETRY_AFTER = 60;

    /** The trouble of an outage ending at {@code endsAt}, or empty once it has ended. */
    public static Optional<Trouble> of(OutageKind kind, Instant endsAt, Instant now) {
        if (kind == null || endsAt == null || !now.isBefore(endsAt)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, endsAt);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Optional.of(new Trouble(kind, Math.max(1, Math.min(MAX_RETRY_AFTER, seconds))));
    }
}
