package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.HealthTrend.Changes;
import io.relink.channels.control.HealthTrend.DayCount;
import io.relink.channels.control.HealthTrend.Point;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The healthy share day by day, worked back from now through the history's daily sums. */
class HealthTrendTest {

    static final Instant NOW = Instant.parse("2026-06-03T12:00:00Z");
    static final long TODAY = LocalDate.parse("2026-06-03").toEpochDay();

    static Point day(List<Point> points, int daysAgo) {
        return points.get(points.size() - 1 - daysAgo);
    }

    @Test
    void ninety_days_oldest_first_ending_today_and_the_first_change_counted_is_the_first_days() {
        List<Point> points = HealthTrend.of(NOW, 10, 8, List.of(), List.of(), List.of(), List.of());

        assertThat(points).hasSize(90);
        assertThat(points.get(0).day()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(points.get(89).day()).isEqualTo(LocalDate.parse("2026-06-03"));
        assertThat(points).allSatisfy(p -> assertThat(p.healthyShare()).isEqualTo(0.8));
        assertThat(HealthTrend.since(NOW)).isEqualTo(Instant.parse("2026-03-06T00:00:00Z"));
    }

    @Test
    void a_loss_today_means_one_more_healthy_yesterday_and_a_recovery_one_fewer() {
        List<Point> points =
                HealthTrend.of(
                        NOW,
                        10,
                        7,
                        List.of(
                                new Changes(TODAY, "CONNECTED", "DISCONNECTED", 2),
                                new Changes(TODAY - 3, "DISCONNECTED", "CONNECTED", 1),
                                // neither side healthy, or both: no change to the count
                                new Changes(TODAY - 3, "DEGRADED", "DISCONNECTED", 5),
                                new Changes(TODAY - 3, "CONNECTED", "EXPIRING", 4)),
                        List.of(),
                        List.of(),
                        List.of());

        assertThat(day(points, 0).healthy()).isEqualTo(7);
        assertThat(day(points, 0).healthyShare()).isEqualTo(0.7);
        assertThat(day(points, 1).healthy()).isEqualTo(9);
        assertThat(day(points, 2).healthy()).isEqualTo(9);
        assertThat(day(points, 3).healthy()).isEqualTo(9);
        assertThat(day(points, 4).healthy()).isEqualTo(8);
        assertThat(day(points, 89).healthy()).isEqualTo(8);
        assertThat(points).allSatisfy(p -> assertThat(p.total()).isEqualTo(10));
    }

    @Test
    void channels_created_did_not_exist_before_and_unlinked_ones_did() {
        List<Point> points =
                HealthTrend.of(
                        NOW,
                        10,
                        10,
                        List.of(
                                // connected on creation: counted unhealthy before, as it was
                                new Changes(TODAY - 1, "DISCONNECTED", "CONNECTED", 3),
                                new Changes(TODAY - 2, "CONNECTED", "UNLINKED", 2)),
                        List.of(new DayCount(TODAY - 1, 3), new DayCount(TODAY - 5, 4)),
                        List.of(new DayCount(TODAY - 2, 2)),
                        // seeded healthy, with no change recorded
                        List.of(new DayCount(TODAY - 5, 4)));

        assertThat(day(points, 1))
                .extracting(Point::total, Point::healthy)
                .containsExactly(10L, 10L);
        assertThat(day(points, 2)).extracting(Point::total, Point::healthy).containsExactly(7L, 7L);
        assertThat(day(points, 3)).extracting(Point::total, Point::healthy).containsExactly(9L, 9L);
        assertThat(day(points, 5)).extracting(Point::total, Point::healthy).containsExactly(9L, 9L);
        assertThat(day(points, 6)).extracting(Point::total, Point::healthy).containsExactly(5L, 5L);
    }

    @Test
    void a_history_that_does_not_add_up_is_clamped_and_no_channels_have_no_share() {
        List<Point> points =
                HealthTrend.of(
                        NOW,
                        2,
                        2,
                        List.of(new Changes(TODAY, "UNLINKED", "CONNECTED", 2)),
                        List.of(new DayCount(TODAY, 5)),
                        List.of(),
                        List.of());

        assertThat(day(points, 1).total()).isZero();
        assertThat(day(points, 1).healthy()).isZero();
        assertThat(day(points, 1).healthyShare()).isNull();
    }

    @Test
    void changes_outside_the_ninety_days_are_ignored() {
        List<Point> points =
                HealthTrend.of(
                        NOW,
                        4,
                        4,
                        List.of(
                                new Changes(TODAY - 90, "CONNECTED", "DISCONNECTED", 3),
                                new Changes(TODAY + 1, "CONNECTED", "DISCONNECTED", 3)),
                        List.of(),
                        List.of(),
                        List.of());

        assertThat(points).allSatisfy(p -> assertThat(p.healthy()).isEqualTo(4));
    }
}
