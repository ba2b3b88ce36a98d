package io.relink.networks;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3): a number of seconds, or an HTTP-date.
 * Pure, so that every network's rate limits are honoured the same way.
 */
public final class RetryAfter {

    private RetryAfter() {}

    /**
     * How long the network asked us to wait, or null when the value is absent or unreadable (the
     * caller's own backoff then applies). A date in the past means "now": {@link Duration#ZERO}.
     */
    public static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            return seconds(trimmed);
        }
        try {
            // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is what every current server sends.
            Instant at =
                    ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    private static Duration seconds(String digits) {
        try {
            return Duration.ofSeconds(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }
}
