package io.relink.channels.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * How long channels stayed lost before they worked again: the median and the 90th percentile of the
 * durations from a loss (the channel became {@code DISCONNECTED}) to its recovery (from {@code
 * DISCONNECTED} to a state where a token works), over the recoveries of a period. Pure.
 *
 * <p>Percentiles by nearest rank: the smallest duration that at least that share of the durations
 * does not exceed (of 1, 2, 3, 4 minutes, the median is 2 and the 90th percentile 4). A channel
 * still lost is not counted: it has no recovery yet.
 */
public final class ReconnectTimes {

    private ReconnectTimes() {}

    /**
     * @param since the start of the period (recoveries from then on count)
     * @param recoveries how many recoveries had a known loss before them
     * @param medianSeconds the median time to reconnect, in seconds; null without recoveries
     * @param p90Seconds the 90th percentile, in seconds; null without recoveries
     */
    public record ReconnectTime(
            Instant since, long recoveries, Long medianSeconds, Long p90Seconds) {}

    /**
     * @param seconds the durations from loss to recovery, in seconds (negative ones are ignored);
     *     sorted in place
     * @param count how many of {@code seconds} are used, from the start
     */
    public static ReconnectTime of(Instant since, long[] seconds, int count) {
        long[] durations = Arrays.stream(seconds, 0, count).filter(s -> s >= 0).toArray();
        if (durations.length == 0) {
            return new ReconnectTime(since, 0, null, null);
        }
        Arrays.sort(durations);
        return new ReconnectTime(
                since, durations.length, percentile(durations, 50), percentile(durations, 90));
    }

    /** The nearest-rank percentile of sorted durations. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The seconds from a loss to its recovery. */
    public static long seconds(Instant lost, Instant recovered) {
        return Duration.between(lost, recovered).toSeconds();
    }
}
