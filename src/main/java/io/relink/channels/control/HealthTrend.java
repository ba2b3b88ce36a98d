package io.relink.channels.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The healthy share of a workspace day by day over the last {@link #DAYS} days, worked back from
 * today's counts through the day-by-day sums of the history. Pure.
 *
 * <p>Nothing is kept per day: the counts of now are known (the stored states), and every change of
 * a channel's state is in the history with its from- and to-state. Going back one day undoes that
 * day's changes: a change from unhealthy to healthy added one healthy channel, so the day before
 * had one fewer; channels created that day did not exist before (those that were healthy before
 * their first change, such as demo seeds, are taken out of the healthy count too), and channels
 * unlinked that day still did. The database sums the changes per UTC day and per pair of states, so
 * the work is the same for ten channels or a hundred thousand, and memory holds at most 90 × 36
 * sums.
 *
 * <p>Each point is the share at the end of its UTC day (today: now). Healthy is {@link
 * SummaryView#HEALTHY}. A history that does not add up (a channel linked again after an unlink
 * keeps no trace of its time away) is clamped: never below zero, never more healthy than total.
 */
public final class HealthTrend {

    /** How many days back the trend goes, today included. */
    public static final int DAYS = 90;

    private static final Set<String> HEALTHY =
            SummaryView.HEALTHY.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private HealthTrend() {}

    /**
     * The workspace at the end of one day.
     *
     * @param day the UTC day
     * @param total linked channels then
     * @param healthy healthy ones among them
     * @param healthyShare healthy / total, three decimals; null without channels
     */
    public record Point(LocalDate day, long total, long healthy, Double healthyShare) {}

    /**
     * How many channels changed from one state to another on one day.
     *
     * @param day the UTC day, as days since 1970-01-01
     */
    public record Changes(long day, String from, String to, long count) {}

    /**
     * A count on one day.
     *
     * @param day the UTC day, as days since 1970-01-01
     */
    public record DayCount(long day, long count) {}

    /** The first instant whose changes the trend needs: the start of its first day. */
    public static Instant since(Instant now) {
        return today(now).minusDays(DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * @param total linked channels now
     * @param healthy healthy linked channels now
     * @param changes the channels' state changes per day and pair of states since {@link #since}
     * @param created channels created per day (unlinked since or not)
     * @param unlinked channels unlinked per day
     * @param createdHealthy channels created per day that were healthy before their first change
     */
    public static List<Point> of(
            Instant now,
            long total,
            long healthy,
            Collection<Changes> changes,
            Collection<DayCount> created,
            Collection<DayCount> unlinked,
            Collection<DayCount> createdHealthy) {
        long today = today(now).toEpochDay();
        long first = today - DAYS + 1;
        long[] healthyGained = new long[DAYS];
        long[] totalGained = new long[DAYS];
        for (Changes c : changes) {
            int i = index(c.day(), first);
            if (i >= 0) {
                boolean before = HEALTHY.contains(c.from());
                boolean after = HEALTHY.contains(c.to());
                if (after && !before) {
                    healthyGained[i] += c.count();
                } else if (before && !after) {
                    healthyGained[i] -= c.count();
                }
            }
        }
        for (DayCount c : createdHealthy) {
            int i = index(c.day(), first);
            if (i >= 0) {
                healthyGained[i] += c.count();
            }
        }
        for (DayCount c : created) {
            int i = index(c.day(), first);
            if (i >= 0) {
                totalGained[i] += c.count();
            }
        }
        for (DayCount c : unlinked) {
            int i = index(c.day(), first);
            if (i >= 0) {
                totalGained[i] -= c.count();
            }
        }
        Point[] points = new Point[DAYS];
        long h = healthy;
        long t = total;
        for (int i = DAYS - 1; i >= 0; i--) {
            points[i] = point(LocalDate.ofEpochDay(first + i), t, h);
            h -= healthyGained[i];
            t -= totalGained[i];
        }
        return List.of(points);
    }

    private static Point point(LocalDate day, long total, long healthy) {
        long t = Math.max(0, total);
        long h = Math.max(0, Math.min(healthy, t));
        return new Point(day, t, h, t == 0 ? null : Math.round(h * 1000.0 / t) / 1000.0);
    }

    private static int index(long day, long first) {
        long i = day - first;
        return i < 0 || i >= DAYS ? -1 : (int) i;
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
