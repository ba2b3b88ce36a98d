package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ReconnectTimes.ReconnectTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Median and 90th percentile of the times from loss to recovery, by nearest rank. */
class ReconnectTimesTest {

    static final Instant SINCE = Instant.parse("2026-03-06T00:00:00Z");

    @ParameterizedTest(name = "{0}: median {1}, p90 {2}")
    @CsvSource({
        "60, 60, 60",
        "60 120, 60, 120",
        "60 120 180 240, 120, 240",
        "300 100 200, 200, 300",
        "1 2 3 4 5 6 7 8 9 10, 5, 9",
        "1 2 3 4 5 6 7 8 9 10 11, 6, 10"
    })
    void nearest_rank(String durations, long median, long p90) {
        long[] seconds =
                java.util.Arrays.stream(durations.split(" ")).mapToLong(Long::parseLong).toArray();

        ReconnectTime time = ReconnectTimes.of(SINCE, seconds, seconds.length);

        assertThat(time.recoveries()).isEqualTo(seconds.length);
        assertThat(time.medianSeconds()).isEqualTo(median);
        assertThat(time.p90Seconds()).isEqualTo(p90);
        assertThat(time.since()).isEqualTo(SINCE);
    }

    @Test
    void without_recoveries_there_is_no_figure_and_only_the_counted_part_is_read() {
        assertThat(ReconnectTimes.of(SINCE, new long[] {5, 7}, 0))
                .isEqualTo(new ReconnectTime(SINCE, 0, null, null));
        assertThat(ReconnectTimes.of(SINCE, new long[] {5, -1, 9}, 2).medianSeconds()).isEqualTo(5);
    }

    @Test
    void seconds_from_loss_to_recovery() {
        assertThat(
                        ReconnectTimes.seconds(
                                Instant.parse("2026-06-01T10:00:00Z"),
                                Instant.parse("2026-06-01T12:30:05Z")))
                .isEqualTo(9005);
    }
}
