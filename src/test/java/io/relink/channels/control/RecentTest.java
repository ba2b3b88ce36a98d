package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {

    static final Instant T = Instant.parse("2026-12-07T12:00:00Z");

    final Recent<String, Integer> recent = new Recent<>(Duration.ofSeconds(2));
    final AtomicInteger counted = new AtomicInteger();

    Integer get(Instant at, int value, boolean worth) {
        return recent.get(
                "ws",
                at,
                () -> {
                    counted.incrementAndGet();
                    return value;
                },
                v -> worth);
    }

    @Test
    void a_figure_not_worth_remembering_is_counted_every_time() {
        assertThat(get(T, 1, false)).isEqualTo(1);
        assertThat(get(T, 2, false)).isEqualTo(2);
        assertThat(counted).hasValue(2);
    }

    @Test
    void a_large_figure_is_used_while_fresh_then_counted_again() {
        assertThat(get(T, 1, true)).isEqualTo(1);
        assertThat(get(T.plusSeconds(2), 2, true)).isEqualTo(1);
        assertThat(counted).hasValue(1);
        assertThat(get(T.plusMillis(2001), 3, true)).isEqualTo(3);
        assertThat(counted).hasValue(2);
    }

    @Test
    void a_forgotten_figure_is_counted_again_at_once_though_still_fresh() {
        assertThat(get(T, 1, true)).isEqualTo(1);
        recent.forget("ws");
        assertThat(get(T.plusMillis(100), 2, true)).isEqualTo(2);
        assertThat(counted).hasValue(2);
        recent.forget("another workspace");
        assertThat(get(T.plusMillis(200), 3, true)).isEqualTo(2);
    }

    @Test
    void a_figure_that_became_small_is_forgotten() {
        get(T, 1, true);
        assertThat(get(T.plusSeconds(3), 2, false)).isEqualTo(2);
        assertThat(get(T.plusSeconds(3), 5, false)).isEqualTo(5);
    }

    @Test
    void a_figure_from_the_future_of_a_clock_set_back_is_counted_again() {
        get(T, 1, true);
        assertThat(get(T.minusSeconds(1), 2, true)).isEqualTo(2);
    }

    @Test
    void while_one_caller_counts_a_stale_figure_the_others_get_the_last_one() {
        get(T, 1, true);
        Integer[] during = new Integer[1];
        Integer fresh =
                recent.get(
                        "ws",
                        T.plusSeconds(5),
                        () -> {
                            during[0] = get(T.plusSeconds(5), 9, true);
                            return 2;
                        },
                        v -> true);
        assertThat(during[0]).as("another caller while the count runs").isEqualTo(1);
        assertThat(fresh).isEqualTo(2);
        assertThat(get(T.plusSeconds(6), 3, true)).isEqualTo(2);
        assertThat(counted).hasValue(1);
    }

    @Test
    void a_count_that_fails_lets_the_next_caller_count() {
        get(T, 1, true);
        try {
            recent.get(
                    "ws",
                    T.plusSeconds(5),
                    () -> {
                        throw new IllegalStateException("database gone");
                    },
                    v -> true);
        } catch (IllegalStateException expected) {
            // the next caller counts again
        }
        assertThat(get(T.plusSeconds(5), 4, true)).isEqualTo(4);
    }
}
