package io.relink.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void durations_read_in_the_largest_whole_unit() {
        assertThat(Durations.words(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(Durations.words(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(Durations.words(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(Durations.words(Duration.ofSeconds(20))).isEqualTo("1 minute");
        assertThat(Durations.words(Duration.ofHours(48))).isEqualTo("2 days");
    }
}
