package io.relink.networks.pinterest;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Pinterest's rate-limit headers and says until when Relink should stop asking. Pure.
 *
 * <p>Pinterest's limits are documented (Trial: 1,000 requests a day; Standard: 100 a second and
 * per-category caps per minute per user and app) but its headers are not [U]. They are read as
 * {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset}, defensively: a limit may come
 * as {@code 100, 100;w=1} (the IETF draft's form: the first number counts); a reset above 10⁹ is a
 * Unix time, a smaller one a number of seconds from now; without a reset, one minute.
 *
 * <p>The rule, as for every network: once 80 % or more of the window is used, pause until it
 * resets.
 */
public final class PinterestLimits {

    static final int PAUSE_AT_PERCENT_USED = 80;

    /**
     * How long to pause when the headers say the window is nearly used but not when it resets [U].
     */
    static final Duration UNKNOWN_RESET = Duration.ofMinutes(1);

    private static final long UNIX_TIME_FROM = 1_000_000_000L;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,18})");

    private PinterestLimits() {}

    /**
     * When to resume, if the window is 80 % used or more; null when there is no need to wait or the
     * headers are absent or unreadable.
     */
    public static Instant pauseUntil(HttpHeaders headers, Instant now) {
        OptionalLong limit = number(headers, "x-ratelimit-limit");
        OptionalLong remaining = number(headers, "x-ratelimit-remaining");
        if (limit.isEmpty() || remaining.isEmpty() || limit.getAsLong() <= 0) {
            return null;
        }
        long used = limit.getAsLong() - remaining.getAsLong();
        if (used * 100 < limit.getAsLong() * PAUSE_AT_PERCENT_USED) {
            return null;
        }
        OptionalLong reset = number(headers, "x-ratelimit-reset");
        if (reset.isEmpty()) {
            return now.plus(UNKNOWN_RESET);
        }
        Instant at =
                reset.getAsLong() >= UNIX_TIME_FROM
                        ? Instant.ofEpochSecond(reset.getAsLong())
                        : now.plusSeconds(reset.getAsLong());
        return at.isAfter(now) ? at : null;
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        return headers.firstValue(name)
                .map(LEADING_NUMBER::matcher)
                .filter(Matcher::find)
                .map(found -> OptionalLong.of(Long.parseLong(found.group(1))))
                .orElse(OptionalLong.empty());
    }
}
