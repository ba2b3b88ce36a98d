package io.relink.networks.x;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Reads X's rate-limit headers ({@code x-rate-limit-limit}, {@code -remaining}, {@code -reset} as
 * Unix seconds; docs.x.com "Rate limits") and says until when Relink should stop asking. Pure.
 *
 * <p>The rule: once 80 % or more of the window is used (for {@code GET /2/users/me}, 60 of 75
 * requests per user per 15 minutes), pause until the window resets. The window is per user and per
 * app, and the downstream product that publishes with the same app draws on it too, so Relink's
 * checks stop well before they could starve it.
 */
public final class XLimits {

    /** The share of the window that may be used before Relink pauses, in percent. */
    static final int PAUSE_AT_PERCENT_USED = 80;

    private XLimits() {}

    /**
     * When the window resets, if it is 80 % used or more; null when there is no need to wait or the
     * headers are absent or unreadable.
     */
    public static Instant pauseUntil(HttpHeaders headers, Instant now) {
        OptionalLong limit = number(headers, "x-rate-limit-limit");
        OptionalLong remaining = number(headers, "x-rate-limit-remaining");
        OptionalLong reset = number(headers, "x-rate-limit-reset");
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty() || limit.getAsLong() <= 0) {
            return null;
        }
        long used = limit.getAsLong() - remaining.getAsLong();
        if (used * 100 < limit.getAsLong() * PAUSE_AT_PERCENT_USED) {
            return null;
        }
        Instant at = Instant.ofEpochSecond(reset.getAsLong());
        return at.isAfter(now) ? at : null;
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        return headers.firstValue(name)
                .map(String::strip)
                .filter(
                        v ->
                                !v.isEmpty()
                                        && v.chars().allMatch(Character::isDigit)
                                        && v.length() < 19)
                .map(v -> OptionalLong.of(Long.parseLong(v)))
                .orElse(OptionalLong.empty());
    }
}
