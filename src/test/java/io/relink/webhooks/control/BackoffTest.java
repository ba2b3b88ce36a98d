package io.relink.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a webhook its receiver did not accept is tried again, and when Relink gives up. */
class BackoffTest {

    static final Instant FIRST = Instant.parse("2026-11-22T12:00:00Z");
    static final Duration FIVE_DAYS = Duration.ofDays(5);

    /** A random source fixed in the middle: no jitter. */
    final Backoff middle = new Backoff(Backoff.STANDARD_WAITS, () -> 0.5);

    @Test
    void the_first_attempt_goes_out_at_once() {
        Instant now = FIRST.plusSeconds(3);
        assertThat(middle.nextAttempt(0, FIRST, now, FIVE_DAYS)).contains(now);
    }

    @Test
    void a_first_attempt_is_made_even_after_relink_itself_was_down_past_the_deadline() {
        Instant now = FIRST.plus(Duration.ofDays(9));
        assertThat(middle.nextAttempt(0, FIRST, now, FIVE_DAYS)).contains(now);
    }

    /** failures so far -> seconds until the next attempt, without jitter. */
    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({
        "1, 5",
        "2, 300",
        "3, 1800",
        "4, 7200",
        "5, 18000",
        "6, 36000",
        "7, 36000",
        "50, 36000"
    })
    void the_waits_grow_from_seconds_to_ten_hours_and_stay_there(int failures, long seconds) {
        Instant now = FIRST.plus(Duration.ofMinutes(1));
        assertThat(middle.nextAttempt(failures, FIRST, now, FIVE_DAYS))
                .contains(now.plusSeconds(seconds));
    }

    /** random value -> share of the wait. */
    @ParameterizedTest(name = "random {0} -> {1} x the wait")
    @CsvSource({"0.0, 0.8", "0.25, 0.9", "0.5, 1.0", "0.75, 1.1", "0.999999, 1.2"})
    void jitter_moves_a_wait_by_at_most_twenty_percent_either_way(double random, double share) {
        Backoff backoff = new Backoff(Backoff.STANDARD_WAITS, () -> random);
        Instant now = FIRST.plus(Duration.ofHours(1));
        Duration wait =
                Duration.between(now, backoff.nextAttempt(4, FIRST, now, FIVE_DAYS).orElseThrow());
        assertThat(wait.toMillis() / (double) Duration.ofHours(2).toMillis())
                .isCloseTo(share, org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void webhooks_that_failed_together_are_spread_out_when_retried() {
        SplittableRandom random = new SplittableRandom(7);
        Backoff backoff = new Backoff(Backoff.STANDARD_WAITS, random::nextDouble);
        Instant now = FIRST.plus(Duration.ofMinutes(1));
        List<Instant> next =
                IntStream.range(0, 100)
                        .mapToObj(i -> backoff.nextAttempt(3, FIRST, now, FIVE_DAYS).orElseThrow())
                        .toList();

        assertThat(next)
                .allSatisfy(
                        at ->
                                assertThat(Duration.between(now, at))
                                        .isBetween(Duration.ofMinutes(24), Duration.ofMinutes(36)))
                .doesNotHaveDuplicates();
    }

    @Test
    void relink_gives_up_once_the_first_attempt_lies_disable_after_back() {
        assertThat(middle.nextAttempt(30, FIRST, FIRST.plus(FIVE_DAYS), FIVE_DAYS)).isEmpty();
        assertThat(middle.nextAttempt(30, FIRST, FIRST.plus(Duration.ofDays(6)), FIVE_DAYS))
                .isEmpty();
        assertThat(middle.nextAttempt(1, FIRST, FIRST.plusSeconds(1), Duration.ZERO)).isEmpty();
    }

    @Test
    void the_last_try_is_at_the_deadline_rather_than_after_it() {
        Instant now = FIRST.plus(FIVE_DAYS).minus(Duration.ofHours(1));
        assertThat(middle.nextAttempt(20, FIRST, now, FIVE_DAYS)).contains(FIRST.plus(FIVE_DAYS));
        assertThat(middle.nextAttempt(21, FIRST, FIRST.plus(FIVE_DAYS), FIVE_DAYS)).isEmpty();
    }

    @Test
    void a_receiver_down_for_good_gets_a_bounded_number_of_tries() {
        Instant now = FIRST;
        int failures = 0;
        Optional<Instant> next = Optional.of(FIRST);
        while (next.isPresent()) {
            now = next.get();
            failures++;
            next = middle.nextAttempt(failures, FIRST, now, FIVE_DAYS);
        }
        // 5 s + 5 min + 30 min + 2 h + 5 h come to about 7.6 h; the rest of the 5 days takes 11
        // waits of 10 h and a 12th cut short to end at the deadline: 18 attempts in all.
        assertThat(failures).isEqualTo(18);
        assertThat(now).isEqualTo(FIRST.plus(FIVE_DAYS));
    }

    @Test
    void a_custom_schedule_repeats_its_last_wait() {
        Backoff quick =
                new Backoff(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), () -> 0.5);
        assertThat(quick.nextAttempt(5, FIRST, FIRST, FIVE_DAYS)).contains(FIRST.plusSeconds(2));
    }

    @Test
    void the_standard_backoff_stays_within_the_jitter() {
        Backoff standard = Backoff.standard();
        for (int i = 0; i < 1_000; i++) {
            assertThat(standard.nextAttempt(1, FIRST, FIRST, FIVE_DAYS).orElseThrow())
                    .isBetween(FIRST.plusSeconds(4), FIRST.plusSeconds(6));
        }
    }

    @Test
    void nonsense_arguments_are_refused() {
        assertThatThrownBy(() -> middle.nextAttempt(-1, FIRST, FIRST, FIVE_DAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count from 0");
        assertThatThrownBy(() -> middle.nextAttempt(1, FIRST, FIRST, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(List.of(), () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(List.of(Duration.ZERO), () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
