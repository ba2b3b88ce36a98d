package io.relink.networks.pinterest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pinterest's (undocumented) rate-limit headers are read defensively and pause at 80 % used. */
class PinterestLimitsTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "limit \"{0}\", remaining {1}, reset {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1000             | 201 | 3600       | ",
                "1000             | 200 | 3600       | 2026-11-22T13:00:00Z",
                "1000             | 0   | 1795352400 | 2026-11-22T13:00:00Z",
                "100, 100;w=1     | 20  | 1          | 2026-11-22T12:00:01Z",
                "1000, 1000;w=86400 | 5 |            | 2026-11-22T12:01:00Z",
                "1000             | 0   | 1795348000 | ",
                "1000             | x   | 60         | ",
                "garbage          | 0   | 60         | ",
                "0                | 0   | 60         | ",
            })
    void a_window_used_up_to_80_percent_pauses_until_it_resets(
            String limit, String remaining, String reset, Instant until) {
        Map<String, List<String>> map = new HashMap<>();
        map.put("X-RateLimit-Limit", List.of(limit));
        map.put("X-RateLimit-Remaining", List.of(remaining));
        if (reset != null) {
            map.put("X-RateLimit-Reset", List.of(reset));
        }
        assertThat(PinterestLimits.pauseUntil(HttpHeaders.of(map, (a, b) -> true), NOW))
                .isEqualTo(until);
    }

    @Test
    void an_answer_without_rate_headers_pauses_nothing() {
        assertThat(PinterestLimits.pauseUntil(HttpHeaders.of(Map.of(), (a, b) -> true), NOW))
                .isNull();
    }
}
