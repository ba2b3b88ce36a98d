package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coming lapses by ISO week, for the "expirations in the coming 60 days" chart. */
class ExpirationWeeksTest {

    /** A Wednesday. */
    static final Instant NOW = Instant.parse("2026-06-03T12:00:00Z");

    static List<ExpirationWeeks.Week> weeks(String... lapses) {
        List<Instant> instants =
                new ArrayList<>(Arrays.stream(lapses).map(Instant::parse).toList());
        return ExpirationWeeks.of(instants, NOW, ExpirationWeeks.HORIZON);
    }

    static long countIn(List<ExpirationWeeks.Week> weeks, String monday) {
        return weeks.stream()
                .filter(w -> w.weekStart().equals(LocalDate.parse(monday)))
                .findFirst()
                .orElseThrow()
                .tokens();
    }

    @Test
    void every_week_from_now_to_the_horizon_is_listed_from_its_monday_empty_ones_too() {
        List<ExpirationWeeks.Week> weeks = weeks();

        // 2026-06-03 + 60 days = 2026-08-02, a Sunday: its week starts on 2026-07-27.
        assertThat(weeks).hasSize(9);
        assertThat(weeks.get(0))
                .isEqualTo(new ExpirationWeeks.Week(LocalDate.parse("2026-06-01"), "2026-W23", 0));
        assertThat(weeks.get(8).weekStart()).isEqualTo(LocalDate.parse("2026-07-27"));
        assertThat(weeks)
                .allSatisfy(
                        w -> assertThat(w.weekStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    }

    /** lapse, the Monday of the week it counts in ("none": not counted). */
    @ParameterizedTest(name = "{0} counts in {1}")
    @CsvSource({
        "2026-06-03T12:00:01Z, 2026-06-01", // just after now: the current (partial) week
        "2026-06-07T23:59:59Z, 2026-06-01", // Sunday night (UTC) still belongs to the week
        "2026-06-08T00:00:00Z, 2026-06-08", // Monday midnight (UTC) opens the next
        "2026-08-02T12:00:00Z, 2026-07-27", // exactly at the horizon
        "2026-06-03T12:00:00Z, none", // at now: already lapsed
        "2026-06-01T08:00:00Z, none", // earlier in the current week: already lapsed
        "2026-08-02T12:00:01Z, none", // past the horizon, even in the last listed week
        "2026-12-01T09:00:00Z, none", // far beyond
    })
    void a_lapse_counts_in_its_utc_iso_week_inside_the_horizon(String lapse, String monday) {
        List<ExpirationWeeks.Week> weeks = weeks(lapse);

        long total = weeks.stream().mapToLong(ExpirationWeeks.Week::tokens).sum();
        if ("none".equals(monday)) {
            assertThat(total).isZero();
        } else {
            assertThat(total).isEqualTo(1);
            assertThat(countIn(weeks, monday)).isEqualTo(1);
        }
    }

    @Test
    void lapses_of_the_same_week_add_up() {
        List<ExpirationWeeks.Week> weeks =
                weeks(
                        "2026-06-15T00:00:00Z",
                        "2026-06-17T09:00:00Z",
                        "2026-06-21T23:00:00Z",
                        "2026-06-22T00:00:00Z");

        assertThat(weeks)
                .extracting(ExpirationWeeks.Week::weekStart, ExpirationWeeks.Week::tokens)
                .contains(
                        tuple(LocalDate.parse("2026-06-15"), 3L),
                        tuple(LocalDate.parse("2026-06-22"), 1L));
    }

    @Test
    void weeks_are_named_by_iso_week_based_year_across_new_year() {
        List<ExpirationWeeks.Week> weeks =
                ExpirationWeeks.of(
                        List.of(), Instant.parse("2026-12-30T00:00:00Z"), Duration.ofDays(14));

        // 2026-12-28 is a Monday of ISO week 53 of 2026; 2027-01-04 opens week 1 of 2027.
        assertThat(weeks)
                .extracting(ExpirationWeeks.Week::weekStart, ExpirationWeeks.Week::week)
                .containsExactly(
                        tuple(LocalDate.parse("2026-12-28"), "2026-W53"),
                        tuple(LocalDate.parse("2027-01-04"), "2027-W01"),
                        tuple(LocalDate.parse("2027-01-11"), "2027-W02"));
    }
}
