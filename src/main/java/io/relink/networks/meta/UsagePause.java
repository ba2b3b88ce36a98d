package io.relink.networks.meta;

import io.relink.networks.Pause;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Until when one Meta network should not be asked again: hears every answer's usage headers
 * ({@link GraphLimits}) and every rate limit, and keeps the latest end. Shared by the checking
 * threads through a {@link Pause}, which is only ever extended, never shortened, because Meta
 * extends a block with every call made during it.
 */
public final class UsagePause {

    private final Clock clock;
    private final Pause pause = new Pause();

    public UsagePause(Clock clock) {
        this.clock = clock;
    }

    /** The usage hook of {@code NetworkHttp}: every answer's headers, trouble included. */
    public void hear(HttpHeaders headers) {
        pause.atLeast(GraphLimits.pauseUntil(headers, clock.instant()));
    }

    /** The network said "rate limited"; {@code wait} null means it did not say for how long. */
    public void rateLimited(Duration wait) {
        pause.atLeast(clock.instant().plus(wait == null || wait.isZero() ? GraphCauses.RATE_LIMIT_PAUSE : wait));
    }

    /** When to resume, or null when there is no need to wait. */
    public Instant until() {
        return pause.until(clock);
    }
}
