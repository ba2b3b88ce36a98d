package io.relink.channels.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Buckets coming token lapses into ISO weeks (Monday to Sunday, UTC), for the "expirations in the
 * coming 60 days" chart. Pure.
 *
 * <p>Rules: a lapse counts when it falls after {@code now} and no later than {@code now + horizon};
 * every week from the one holding {@code now} to the one holding the horizon's end is listed, empty
 * ones included, so a chart has no gaps. The first and last weeks are partial: only the part inside
 * the horizon is counted.
 */
public final class ExpirationWeeks {

    /** How far ahead the summary looks. */
    public static final Duration HORIZON = Duration.ofDays(60);

    private ExpirationWeeks() {}

    /**
     * One ISO week.
     *
     * @param weekStart its Monday
     * @param week its ISO name, e.g. {@code 2026-W49}
     * @param tokens how many tokens lapse in it
     */
    public record Week(LocalDate weekStart, String week, long tokens) {}

    public static List<Week> of(Collection<Instant> lapses, Instant now, Duration horizon) {
        Instant end = now.plus(horizon);
        LocalDate first = monday(now);
        LocalDate last = monday(end);
        int count = (int) (ChronoUnit.WEEKS.between(first, last) + 1);
        long[] tokens = new long[count];
        for (Instant lapse : lapses) {
            if (lapse != null && lapse.isAfter(now) && !lapse.isAfter(end)) {
                tokens[(int) ChronoUnit.WEEKS.between(first, monday(lapse))]++;
            }
        }
        List<Week> weeks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate monday = first.plusWeeks(i);
            weeks.add(new Week(monday, isoName(monday), tokens[i]));
        }
        return List.copyOf(weeks);
    }

    static LocalDate monday(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String isoName(LocalDate monday) {
        return String.format(
                Locale.ROOT,
                "%d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
