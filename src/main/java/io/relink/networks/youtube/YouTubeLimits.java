package io.relink.networks.youtube;

import io.relink.networks.Limits;
import io.relink.networks.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Decides how long Relink leaves YouTube alone once its daily quota is spent. Pure.
 *
 * <p>The YouTube Data API gives each Google Cloud project 10,000 units a day (a check's {@code
 * channels.list} costs 1), reset at midnight Pacific time; it sends no usage headers, so Relink
 * only learns the quota is gone from a 403 {@code quotaExceeded}. The quota is the project's,
 * shared with every product that calls YouTube with Relink's tokens, so Relink cannot count it
 * itself. Once spent, every further call fails until the reset: Relink pauses every YouTube check
 * until then (daylight saving time included, hence the zone rather than an offset).
 */
public final class YouTubeLimits {

    /** Where YouTube's day starts and ends. */
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    /**
     * YouTube's limits for its edge: no usage headers; a rate limit pauses only for the wait it
     * names (a spent quota names the reset), and the trouble thrown carries that wait and says so.
     */
    static final Limits LIMITS =
            new Limits() {
                @Override
                public Instant resumeAt(Duration retryAfter, Instant now, Instant pausedUntil) {
                    return Limits.said(retryAfter) ? now.plus(retryAfter) : null;
                }

                @Override
                public String why(Verdict.Transient trouble) {
                    return trouble.rawCode().contains("uota")
                                    || trouble.rawCode().contains("dailyLimit")
                            ? "the project's daily quota is spent until midnight Pacific time"
                            : null;
                }

                @Override
                public boolean tellsWait() {
                    return true;
                }
            };

    private YouTubeLimits() {}

    /** The next midnight Pacific time after {@code now}: when the day's quota is back. */
    public static Instant resetAfter(Instant now) {
        return LocalDate.ofInstant(now, PACIFIC).plusDays(1).atStartOfDay(PACIFIC).toInstant();
    }

    /** How long from {@code now} until the quota is back. */
    public static Duration untilReset(Instant now) {
        return Duration.between(now, resetAfter(now));
    }
}
