package io.relink.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostboxTest {

    @ParameterizedTest
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "5, 480", "6, 600", "50, 600"})
    void aMessageTheServerDidNotTakeWaitsTwiceAsLongEachTimeUpToTenMinutes(
            int failedTries, long seconds) {
        assertThat(Postbox.pause(failedTries, Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @org.junit.jupiter.api.Test
    void aFirstPauseLongerThanTenMinutesIsKept() {
        assertThat(Postbox.pause(3, Duration.ofMinutes(20))).isEqualTo(Duration.ofMinutes(20));
    }
}
