package io.relink.networks.meta;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Until when one Meta network should not be asked again: hears every answer's usage headers
 * ({@link GraphUsage}) and every rate limit, and keeps the latest end. Shared by the checking
 * threads, hence the volatile field; a pause is only ever extended, never shortened, because
 * Meta extends a block with every call made during it.
 */
public final class UsagePause {

    private final Clock clock;
    private volatile Instant until;

    public UsagePause(Clock clock) {
        this.clock = clock;
    }

    /** The usage hook of {@code NetworkHttp}: every answer's headers, trouble included. */
    public void hear(HttpHeaders headers) {
        extendTo(GraphUsage.pauseUntil(headers, clock.instant()));
    }

    /** The network said "rate limited"; {@code wait} null means it did not say for how long. */
    public void rateLimited(Duration wait) {
        extendTo(clock.instant().plus(wait == null || wait.isZero() ? GraphCauses.RATE_LIMIT_PAUSE : wait));
    }

    /** When to resume, or null when there is no need to wait. */
    public Instant until() {
        Instant end = until;
        return end != null && end.isAfter(clock.instant()) ? end : null;
    }

    private synchronized void extendTo(Instant end) {
        if (end != null && (until == null || end.isAfter(until))) {
            until = end;
        }
    }
}
