package io.relink.networks.linkedin;

import io.relink.networks.Limits;
import io.relink.networks.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Decides how long Relink leaves LinkedIn alone after a 429. Pure.
 *
 * <p>LinkedIn counts calls per application and per member per endpoint over a day that resets at
 * midnight UTC, and publishes neither the numbers nor usage headers; a 429 usually comes without a
 * {@code Retry-After} [U: the community reports none; the docs do not say]. So a 429 is taken as
 * "the day's budget is spent": Relink waits for the {@code Retry-After} when one is given, else
 * until the next midnight UTC. That may be more cautious than needed when only one member's count
 * was hit, but further calls would only extend LinkedIn's block, and a pause never kills a token.
 */
public final class LinkedInLimits {

    /**
     * LinkedIn's limits for its edge: no usage headers; a 429 pauses every LinkedIn check until
     * {@link #resumeAt}, and the trouble thrown carries that wait and says so.
     */
    static final Limits LIMITS =
            new Limits() {
                @Override
                public Instant resumeAt(Duration retryAfter, Instant now, Instant pausedUntil) {
                    return LinkedInLimits.resumeAt(retryAfter, now);
                }

                @Override
                public String why(Verdict.Transient trouble) {
                    return trouble.retryAfter() == null
                            ? "no Retry-After, and its daily limits reset at midnight UTC"
                            : null;
                }

                @Override
                public boolean tellsWait() {
                    return true;
                }
            };

    private LinkedInLimits() {}

    /** When to ask LinkedIn again after a 429 heard at {@code now}. */
    public static Instant resumeAt(Duration retryAfter, Instant now) {
        if (retryAfter != null) {
            return now.plus(retryAfter);
        }
        return LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }
}
