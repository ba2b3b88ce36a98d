package io.relink.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long sign-in is refused after failures, and what the throttle remembers of them. */
class SignInThrottleTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String ALICE = "alice@example.com";
    final SignInThrottle throttle = new SignInThrottle();

    /** consecutive failures -> seconds refused. */
    @ParameterizedTest(name = "{0} failures -> {1} s")
    @CsvSource({
        "-1, 0",
        "0, 0",
        "1, 0",
        "4, 0",
        "5, 1",
        "6, 2",
        "7, 4",
        "8, 8",
        "10, 32",
        "14, 512",
        "15, 900", // 1,024 s capped at 15 minutes
        "16, 900",
        "100, 900",
        "2147483647, 900",
    })
    void the_wait_is_free_for_four_failures_then_doubles_from_one_second_up_to_15_minutes(
            int failures, long seconds) {
        assertThat(SignInThrottle.wait(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void an_unknown_key_is_not_refused() {
        assertThat(throttle.refusedFor(ALICE, NOW)).isEmpty();
    }

    @Test
    void four_failures_refuse_nothing() {
        fail(ALICE, 4, NOW);
        assertThat(throttle.refusedFor(ALICE, NOW)).isEmpty();
    }

    @Test
    void the_fifth_failure_refuses_for_one_second_from_that_failure() {
        fail(ALICE, 5, NOW);
        assertThat(throttle.refusedFor(ALICE, NOW)).contains(Duration.ofSeconds(1));
        assertThat(throttle.refusedFor(ALICE, NOW.plusMillis(400)))
                .contains(Duration.ofMillis(600));
        assertThat(throttle.refusedFor(ALICE, NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void each_further_failure_doubles_the_wait_from_its_own_moment() {
        fail(ALICE, 5, NOW);
        Instant sixth = NOW.plusSeconds(1);
        assertThat(throttle.failed(ALICE, sixth)).isEqualTo(6);
        assertThat(throttle.refusedFor(ALICE, sixth)).contains(Duration.ofSeconds(2));
        Instant seventh = sixth.plusSeconds(2);
        assertThat(throttle.failed(ALICE, seventh)).isEqualTo(7);
        assertThat(throttle.refusedFor(ALICE, seventh)).contains(Duration.ofSeconds(4));
    }

    @Test
    void failed_returns_the_failures_in_a_row_counted_so_far() {
        assertThat(throttle.failed(ALICE, NOW)).isEqualTo(1);
        assertThat(throttle.failed(ALICE, NOW)).isEqualTo(2);
        assertThat(throttle.failed(ALICE, NOW)).isEqualTo(3);
    }

    @Test
    void a_success_forgets_the_failures() {
        fail(ALICE, 9, NOW);
        throttle.succeeded(ALICE);
        assertThat(throttle.refusedFor(ALICE, NOW)).isEmpty();
        assertThat(throttle.failed(ALICE, NOW)).isEqualTo(1);
    }

    @Test
    void a_success_for_an_unknown_key_changes_nothing() {
        throttle.succeeded("nobody@example.com");
        assertThat(throttle.remembered()).isZero();
    }

    @Test
    void failures_an_hour_old_are_forgotten() {
        fail(ALICE, 20, NOW);
        Instant anHourLater = NOW.plus(Duration.ofHours(1));
        assertThat(throttle.refusedFor(ALICE, anHourLater)).isEmpty();
        assertThat(throttle.failed(ALICE, anHourLater)).isEqualTo(1);
    }

    @Test
    void failures_less_than_an_hour_apart_keep_counting() {
        Instant at = NOW;
        for (int i = 1; i <= 6; i++) {
            assertThat(throttle.failed(ALICE, at)).isEqualTo(i);
            at = at.plus(Duration.ofMinutes(59));
        }
    }

    @Test
    void the_wait_never_exceeds_15_minutes() {
        fail(ALICE, 1_000, NOW);
        assertThat(throttle.refusedFor(ALICE, NOW)).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor(ALICE, NOW.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void keys_are_counted_apart() {
        fail(ALICE, 5, NOW);
        assertThat(throttle.refusedFor("bob@example.com", NOW)).isEmpty();
        assertThat(throttle.refusedFor("203.0.113.7", NOW)).isEmpty();
    }

    @Test
    void keys_differing_only_in_case_or_surrounding_blanks_are_one_key() {
        fail(" Alice@Example.COM", 3, NOW);
        fail("ALICE@EXAMPLE.COM ", 2, NOW);
        assertThat(throttle.refusedFor(ALICE, NOW)).contains(Duration.ofSeconds(1));
    }

    @Test
    void at_most_10000_keys_are_remembered_the_oldest_failure_making_room() {
        fail(ALICE, 5, NOW);
        for (int i = 0; i < SignInThrottle.MAX_KEYS; i++) {
            throttle.failed("198.51.100." + i, NOW.plusMillis(1 + i));
        }
        assertThat(throttle.remembered()).isEqualTo(SignInThrottle.MAX_KEYS);
        assertThat(throttle.refusedFor(ALICE, NOW)).isEmpty();
        assertThat(throttle.failed("198.51.100.1", NOW.plusSeconds(11))).isEqualTo(2);
    }

    @Test
    void a_key_that_fails_again_moves_to_the_back_of_the_eviction_order() {
        fail(ALICE, 4, NOW);
        throttle.failed("198.51.100.0", NOW.plusMillis(1));
        throttle.failed(ALICE, NOW.plusMillis(2)); // the fifth: now the newest
        for (int i = 1; i < SignInThrottle.MAX_KEYS; i++) {
            throttle.failed("198.51.100." + i, NOW.plusMillis(2 + i));
        }
        assertThat(throttle.remembered()).isEqualTo(SignInThrottle.MAX_KEYS);
        assertThat(throttle.refusedFor(ALICE, NOW.plusMillis(2))).contains(Duration.ofSeconds(1));
        assertThat(throttle.failed("198.51.100.0", NOW.plusSeconds(11))).isEqualTo(1);
    }

    @Test
    void memory_stays_bounded_while_addresses_rotate() {
        for (int i = 0; i < 100_000; i++) {
            throttle.failed("2001:db8::" + Integer.toHexString(i), NOW.plusMillis(i));
        }
        assertThat(throttle.remembered()).isEqualTo(SignInThrottle.MAX_KEYS);
    }

    @Test
    void keys_past_their_hour_are_dropped_when_the_next_failure_is_counted() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("203.0.113." + i, NOW);
        }
        throttle.failed(ALICE, NOW.plus(Duration.ofMinutes(61)));
        assertThat(throttle.remembered()).isEqualTo(1);
    }

    @Test
    void concurrent_failures_are_all_counted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> fail(ALICE, 1_000, NOW)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(throttle.failed(ALICE, NOW)).isEqualTo(4_001);
    }

    void fail(String key, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key, at);
        }
    }
}
