package io.relink.networks.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * X's rate-limit headers pause the network once 80 % of a window is used, until the window resets.
 */
class XLimitsTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final long RESET = NOW.plusSeconds(600).getEpochSecond();

    @ParameterizedTest(name = "limit {0}, remaining {1}, reset {2} -> paused: {3}")
    @CsvSource({
        "75, 75, " + 0 + ", false",
        "75, 16, RESET, false",
        "75, 15, RESET, true",
        "75, 0,  RESET, true",
        "900, 180, RESET, true",
        "900, 181, RESET, false",
        "75, 0,  PAST,  false",
        "0,  0,  RESET, false",
        "75, x,  RESET, false",
        "75, 0,  ,      false",
    })
    void a_window_used_up_to_80_percent_pauses_until_its_reset(
            String limit, String remaining, String reset, boolean paused) {
        String at =
                reset == null
                        ? null
                        : switch (reset) {
                            case "RESET" -> Long.toString(RESET);
                            case "PAST" -> Long.toString(NOW.getEpochSecond() - 1);
                            default -> reset;
                        };
        Instant until = XLimits.pauseUntil(headers(limit, remaining, at), NOW);
        assertThat(until).isEqualTo(paused ? Instant.ofEpochSecond(RESET) : null);
    }

    @org.junit.jupiter.api.Test
    void an_answer_without_rate_headers_pauses_nothing() {
        assertThat(XLimits.pauseUntil(HttpHeaders.of(Map.of(), (a, b) -> true), NOW)).isNull();
    }

    static HttpHeaders headers(String limit, String remaining, String reset) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        map.put("x-rate-limit-limit", List.of(limit));
        map.put("x-rate-limit-remaining", List.of(remaining));
        if (reset != null) {
            map.put("x-rate-limit-reset", List.of(reset));
        }
        return HttpHeaders.of(map, (a, b) -> true);
    }
}
