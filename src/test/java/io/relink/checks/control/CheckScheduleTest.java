package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the sweep checks a token next: on time for every warning, never idle too long, backing off
 * on trouble.
 *
 * <p>Proves rules checks R5, R6 (numbered in the component's package-info).
 */
class CheckScheduleTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    final CheckSchedule schedule = CheckSchedule.defaults();

    /** lapse in (hours from now) -> next check in (hours from now); -1 lapse = never. */
    @ParameterizedTest(name = "lapse in {0} h -> next check in {1} h")
    @CsvSource({
        "-1,    24", // never expires: once a day
        "2400,  24", // far away: the max interval wins
        "360,   24", // 15 days: the 14-day threshold is 24 h away
        "350,   14", // 14 days 14 h: check when it crosses 14 days
        "170,   2", // 7 days 2 h: check when it crosses 7 days
        "30,    6", // 1 day 6 h: check at the 1-day threshold
        "20,    20", // inside the last threshold: check at the lapse itself
    })
    void a_working_token_is_checked_at_each_threshold_it_crosses_and_at_least_daily(
            long lapseHours, long nextHours) {
        Instant lapse = lapseHours < 0 ? null : NOW.plus(Duration.ofHours(lapseHours));
        assertThat(schedule.afterValid(NOW, lapse))
                .isEqualTo(NOW.plus(Duration.ofHours(nextHours)));
    }

    @Test
    void a_check_is_never_scheduled_sooner_than_the_min_interval() {
        assertThat(schedule.afterValid(NOW, NOW.plusSeconds(5)))
                .isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(schedule.afterValid(NOW, NOW.minusSeconds(5)))
                .isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @ParameterizedTest(name = "attempt {0} waits at most {1} min")
    @CsvSource({"1, 1", "2, 2", "3, 4", "5, 16", "11, 1024", "12, 1440", "40, 1440"})
    void transient_outcomes_back_off_exponentially_up_to_the_max_interval(
            int attempt, long ceilingMinutes) {
        RandomGenerator random = new SplittableRandom(attempt);
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 2_000; i++) {
            Duration wait =
                    Duration.between(NOW, schedule.afterTransient(NOW, attempt, null, random));
            assertThat(wait).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(ceilingMinutes));
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        assertThat(longest)
                .as("jitter spreads the waits up to the ceiling")
                .isGreaterThanOrEqualTo(
                        Duration.ofMinutes(ceilingMinutes).multipliedBy(9).dividedBy(10));
    }

    @Test
    void jitter_gives_different_nodes_different_waits() {
        RandomGenerator random = new SplittableRandom(7);
        List<Instant> waits =
                java.util.stream.IntStream.range(0, 50)
                        .mapToObj(i -> schedule.afterTransient(NOW, 8, null, random))
                        .distinct()
                        .toList();
        assertThat(waits).hasSizeGreaterThan(40);
    }

    @Test
    void the_networks_retry_after_is_honoured_but_capped() {
        RandomGenerator random = new SplittableRandom(1);
        assertThat(schedule.afterTransient(NOW, 1, Duration.ofMinutes(30), random))
                .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(schedule.afterTransient(NOW, 1, Duration.ofDays(3), random))
                .isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void attempts_count_from_one() {
        assertThatThrownBy(() -> schedule.afterTransient(NOW, 0, null, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "transient for {0} h -> unverified: {1}")
    @CsvSource({"0, false", "47, false", "48, true", "100, true"})
    void only_transient_trouble_longer_than_the_grace_period_makes_a_token_unverified(
            long hours, boolean unverified) {
        assertThat(schedule.isUnverified(NOW, NOW.minus(Duration.ofHours(hours))))
                .isEqualTo(unverified);
    }

    @Test
    void a_min_interval_above_the_max_is_refused() {
        assertThatThrownBy(
                        () ->
                                new CheckSchedule(
                                        Duration.ofHours(2),
                                        Duration.ofHours(1),
                                        Duration.ofMinutes(1),
                                        Duration.ofHours(48),
                                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds");
    }

    /** lapse in (hours from now) -> threshold crossed (days, -1 = none). */
    @ParameterizedTest(name = "lapse in {0} h -> inside the {1}-day threshold")
    @CsvSource({
        "400, -1", "336, 14", "335, 14", "168, 7", "100, 7", "72, 3", "30, 3", "24, 1", "1, 1",
        "0, -1", "-5, -1"
    })
    void the_threshold_crossed_is_the_smallest_one_not_shorter_than_the_time_left(
            long lapseHours, long thresholdDays) {
        assertThat(schedule.thresholdCrossed(NOW, NOW.plus(Duration.ofHours(lapseHours))))
                .isEqualTo(
                        thresholdDays < 0
                                ? java.util.Optional.empty()
                                : java.util.Optional.of(Duration.ofDays(thresholdDays)));
    }

    @Test
    void a_refreshable_token_is_checked_when_it_needs_renewing() {
        Instant renewAt = NOW.plus(Duration.ofMinutes(50));
        assertThat(schedule.afterValid(NOW, NOW.plus(Duration.ofDays(60)), renewAt))
                .isEqualTo(renewAt);
        assertThat(schedule.afterValid(NOW, NOW.plus(Duration.ofDays(60)), NOW.minusSeconds(1)))
                .isEqualTo(NOW.plus(Duration.ofMinutes(1)));
    }
}
