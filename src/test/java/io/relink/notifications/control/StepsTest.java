package io.relink.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepsTest {

    static final List<Integer> DEFAULT = List.of(14, 7, 3, 1);

    @ParameterizedTest
    @CsvSource({"14, 14", "7, 7", "3, 3", "1, 1"})
    void theDefaultLadderTellsEveryThresholdAsItself(int threshold, int step) {
        assertThat(Steps.stepFor(DEFAULT, Duration.ofDays(threshold))).contains(step);
    }

    @ParameterizedTest
    @CsvSource({"14, 14", "7, 14", "3, 3", "1, 3"})
    void aShorterLadderTellsTheSmallestStepAtOrAboveTheThreshold(int threshold, int step) {
        assertThat(Steps.stepFor(List.of(14, 3), Duration.ofDays(threshold))).contains(step);
    }

    @Test
    void aThresholdAboveEveryStepTellsNothing() {
        assertThat(Steps.stepFor(List.of(7, 3), Duration.ofDays(14))).isEmpty();
        assertThat(Steps.stepFor(List.of(), Duration.ofDays(1))).isEmpty();
    }

    @Test
    void partialDaysCountAsTheWholeDayTheyStartIn() {
        assertThat(Steps.stepFor(DEFAULT, Duration.ofHours(36))).contains(3);
        assertThat(Steps.stepFor(DEFAULT, Duration.ofMinutes(10))).contains(1);
    }

    @Test
    void theInstanceThresholdsInDaysLargestFirst() {
        assertThat(
                        Steps.days(
                                List.of(
                                        Duration.ofDays(1),
                                        Duration.ofDays(14),
                                        Duration.ofDays(3),
                                        Duration.ofDays(7))))
                .containsExactly(14, 7, 3, 1);
    }

    @Test
    void aLadderIsASubsetOfTheThresholdsDistinctAndOrdered() {
        assertThat(Steps.check(List.of(3, 14, 3), DEFAULT)).containsExactly(14, 3);
        assertThat(Steps.check(List.of(), DEFAULT)).isEmpty();
    }

    @Test
    void aStepTheEngineNeverAnnouncesIsRefusedByName() {
        assertThatThrownBy(() -> Steps.check(List.of(14, 5), DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 is not")
                .hasMessageContaining("[14, 7, 3, 1]");
    }
}
