package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaceTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    private final Pace pace = new Pace(SECOND);

    @Test
    void the_first_change_of_a_workspace_is_told_at_once() {
        assertThat(pace.changed("a", T0)).contains(Duration.ZERO);
    }

    @Test
    void thousands_of_changes_in_one_tick_are_told_once_now_and_once_at_the_end_of_the_gap() {
        int plannedNow = 0;
        int plannedLater = 0;
        assertThat(pace.changed("a", T0)).contains(Duration.ZERO);
        pace.told("a", T0);
        for (int i = 1; i <= 5_000; i++) {
            var wait = pace.changed("a", T0.plusMillis(i / 10));
            if (wait.isPresent()) {
                if (wait.get().isZero()) {
                    plannedNow++;
                } else {
                    plannedLater++;
                    assertThat(wait.get()).isEqualTo(SECOND.minusMillis(i / 10));
                }
            }
        }
        assertThat(plannedNow).isZero();
        assertThat(plannedLater).as("one telling covers every later change").isEqualTo(1);
    }

    @Test
    void a_change_after_the_planned_telling_needs_another_one_a_gap_later() {
        pace.changed("a", T0);
        pace.told("a", T0);
        assertThat(pace.changed("a", T0.plusMillis(300))).contains(Duration.ofMillis(700));
        pace.told("a", T0.plusSeconds(1));
        // told at 1.0 s: a change at 1.2 s waits until 2.0 s, not a second from the change
        assertThat(pace.changed("a", T0.plusMillis(1_200))).contains(Duration.ofMillis(800));
    }

    @Test
    void a_change_a_gap_or_more_after_the_last_telling_is_told_at_once() {
        pace.changed("a", T0);
        pace.told("a", T0);
        assertThat(pace.changed("a", T0.plusSeconds(1))).contains(Duration.ZERO);
        pace.told("a", T0.plusSeconds(1));
        assertThat(pace.changed("a", T0.plusSeconds(60))).contains(Duration.ZERO);
    }

    @Test
    void workspaces_are_paced_each_on_its_own() {
        pace.changed("a", T0);
        pace.told("a", T0);
        assertThat(pace.changed("b", T0.plusMillis(10))).contains(Duration.ZERO);
        assertThat(pace.changed("a", T0.plusMillis(10))).contains(Duration.ofMillis(990));
    }

    @Test
    void a_zero_gap_tells_every_change_once_the_previous_telling_happened() {
        Pace eager = new Pace(Duration.ZERO);
        assertThat(eager.changed("a", T0)).contains(Duration.ZERO);
        assertThat(eager.changed("a", T0)).isEmpty();
        eager.told("a", T0);
        assertThat(eager.changed("a", T0)).contains(Duration.ZERO);
    }

    @Test
    void workspaces_told_long_ago_are_forgotten_once_many_are_remembered() {
        for (int i = 0; i <= Pace.REMEMBERED; i++) {
            pace.changed("w" + i, T0);
            pace.told("w" + i, T0);
        }
        assertThat(pace.remembered()).isEqualTo(Pace.REMEMBERED + 1);
        pace.changed("late", T0.plusSeconds(5));
        pace.told("late", T0.plusSeconds(5));
        assertThat(pace.remembered()).isEqualTo(1);
        // forgotten is the same as never told: at once
        assertThat(pace.changed("w1", T0.plusSeconds(5))).contains(Duration.ZERO);
    }
}
