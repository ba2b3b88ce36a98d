package io.relink.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A network's Retry-After is honoured in both of its forms; anything else leaves the backoff to us.
 *
 * <p>Proves rules R2, R8 of the networks component (numbered in its package-info).
 */
class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "\"{0}\" -> {1} s")
    @CsvSource(
            delimiter = '|',
            value = {
                "17                            | 17",
                "0                             | 0",
                "' 120 '                       | 120",
                "Sun, 22 Nov 2026 12:00:30 GMT | 30", // an HTTP-date 30 s ahead
                "Sun, 22 Nov 2026 13:00:00 GMT | 3600",
                "Sun, 22 Nov 2026 11:59:00 GMT | 0", // a date already past: now
            })
    void seconds_and_http_dates_become_a_wait(String value, long seconds) {
        assertThat(RetryAfter.parse(value, NOW)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "\"{0}\" -> none")
    @NullSource
    @ValueSource(
            strings = {
                "",
                "  ",
                "-5",
                "1.5",
                "soon",
                "2026-11-22T12:00:30Z",
                "99999999999999999999999"
            })
    void anything_else_is_no_wait(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isNull();
    }
}
