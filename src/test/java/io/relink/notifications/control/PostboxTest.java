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

    static final java.time.Instant T = java.time.Instant.parse("2026-12-06T10:00:00Z");
    static final Duration W = Duration.ofMinutes(2);

    @org.junit.jupiter.api.Test
    void aGroupWaitsWhileMoreKeepsComingThenGoesOnceQuiet() {
        java.util.List<java.time.Instant> trickle =
                java.util.List.of(T, T.plusSeconds(50), T.plusSeconds(100));
        assertThat(Postbox.ready(trickle, 0, T.plusSeconds(150), W))
                .as("last came 50 s ago")
                .isFalse();
        assertThat(Postbox.ready(trickle, 0, T.plusSeconds(220), W))
                .as("quiet for a window")
                .isTrue();
    }

    @org.junit.jupiter.api.Test
    void aSteadyTrickleIsToldAtTheLatestFiveWindowsAfterItsFirstNotice() {
        java.util.List<java.time.Instant> steady =
                java.util.stream.IntStream.range(0, 30)
                        .mapToObj(i -> T.plusSeconds(20L * i))
                        .toList();
        assertThat(Postbox.ready(steady, 0, T.plus(W.multipliedBy(5)).minusSeconds(1), W))
                .isFalse();
        assertThat(Postbox.ready(steady, 0, T.plus(W.multipliedBy(5)), W)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aMessageTriedBeforeGoesAtOnce() {
        assertThat(Postbox.ready(java.util.List.of(T), 1, T, W)).isTrue();
    }
}
