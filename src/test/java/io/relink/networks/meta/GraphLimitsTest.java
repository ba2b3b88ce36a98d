package io.relink.networks.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Pause;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage headers pause a Meta network before it blocks the app; unreadable ones are ignored. */
class GraphLimitsTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "X-App-Usage {0} -> pause {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"call_count\":28,\"total_time\":25,\"total_cputime\":25} |",
                "{\"call_count\":79,\"total_time\":10,\"total_cputime\":10} |",
                "{\"call_count\":12,\"total_time\":80,\"total_cputime\":10} | PT10M",
                "{\"call_count\":95,\"total_time\":10,\"total_cputime\":10} | PT10M",
                "{\"call_count\":100,\"total_time\":10,\"total_cputime\":10} | PT1H",
                "{\"call_count\":104,\"total_time\":100,\"total_cputime\":100} | PT1H",
                "not json | ",
                "[] | ",
            })
    void app_usage_pauses_from_eighty_percent_and_a_full_window_at_a_hundred(
            String header, Duration pause) {
        assertThat(GraphLimits.pauseUntil(headers("X-App-Usage", header), NOW))
                .isEqualTo(pause == null ? null : NOW.plus(pause));
    }

    @Test
    void business_use_case_usage_takes_the_networks_own_estimate_of_when_access_returns() {
        String usage =
                """
                {"1000001":[{"type":"pages","call_count":100,"total_cputime":30,"total_time":30,"estimated_time_to_regain_access":19}],
                 "1000002":[{"type":"pages","call_count":5,"total_cputime":5,"total_time":5,"estimated_time_to_regain_access":0}]}""";
        assertThat(GraphLimits.pauseUntil(headers("X-Business-Use-Case-Usage", usage), NOW))
                .isEqualTo(NOW.plus(Duration.ofMinutes(19)));
        String near =
                "{\"1000001\":[{\"type\":\"instagram\",\"call_count\":85,\"total_cputime\":0,\"total_time\":0,\"estimated_time_to_regain_access\":0}]}";
        assertThat(GraphLimits.pauseUntil(headers("X-Business-Use-Case-Usage", near), NOW))
                .isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void no_usage_headers_no_pause() {
        assertThat(GraphLimits.pauseUntil(HttpHeaders.of(Map.of(), (a, b) -> true), NOW)).isNull();
    }

    @Test
    void a_pause_is_only_ever_extended_and_ends_on_time() {
        MutableClock clock = new MutableClock(NOW);
        Pause pause = new Pause();
        pause.atLeast(
                GraphLimits.LIMITS.pauseUntil(
                        headers("X-App-Usage", "{\"call_count\":100}"), clock.instant()));
        assertThat(pause.until(clock)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        pause.atLeast(
                GraphLimits.LIMITS.pauseUntil(
                        headers("X-App-Usage", "{\"call_count\":85}"), clock.instant()));
        pause.atLeast(
                GraphLimits.LIMITS.resumeAt(
                        Duration.ofSeconds(30), clock.instant(), pause.until(clock)));
        assertThat(pause.until(clock)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        pause.atLeast(
                GraphLimits.LIMITS.resumeAt(
                        Duration.ofHours(2), clock.instant(), pause.until(clock)));
        assertThat(pause.until(clock)).isEqualTo(NOW.plus(Duration.ofHours(2)));
        clock.now = NOW.plus(Duration.ofHours(2));
        assertThat(pause.until(clock)).isNull();
        pause.atLeast(GraphLimits.LIMITS.resumeAt(null, clock.instant(), pause.until(clock)));
        assertThat(pause.until(clock)).isEqualTo(clock.now.plus(GraphCauses.RATE_LIMIT_PAUSE));
    }

    static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
