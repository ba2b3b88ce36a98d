package io.relink.notifications.control;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The warning ladder's decisions (pure). The checking engine announces a token each time its lapse
 * comes inside one of the instance's thresholds ({@code relink.checks.thresholds}); a workspace's
 * ladder is the subset of those thresholds at which its people are e-mailed. An announcement tells
 * the smallest step at or above it: a token first seen 5 days before its lapse, with a ladder of 14
 * and 3 days, is told at once (the 14-day step) and again at 3 days, and each step once.
 */
public final class Steps {

    private Steps() {}

    /** The ladder step an announcement of {@code threshold} tells, if any. */
    public static Optional<Integer> stepFor(Collection<Integer> ladderDays, Duration threshold) {
        long days = Math.max(1, (threshold.toHours() + 23) / 24);
        return ladderDays.stream().filter(step -> step >= days).min(Comparator.naturalOrder());
    }

    /** The instance's thresholds in whole days, largest first. */
    public static List<Integer> days(Collection<Duration> thresholds) {
        TreeSet<Integer> days = new TreeSet<>(Comparator.reverseOrder());
        thresholds.forEach(t -> days.add((int) Math.max(1, (t.toHours() + 23) / 24)));
        return List.copyOf(days);
    }

    /**
     * A ladder as asked for, checked against the instance's thresholds: distinct, largest first.
     *
     * @throws IllegalArgumentException naming the step that is not one of the thresholds
     */
    public static List<Integer> check(Collection<Integer> asked, List<Integer> instanceDays) {
        TreeSet<Integer> ladder = new TreeSet<>(Comparator.reverseOrder());
        for (Integer step : asked) {
            if (step == null || !instanceDays.contains(step)) {
                throw new IllegalArgumentException(
                        "A step of the ladder is one of this instance's warning thresholds "
                                + instanceDays
                                + " (days, relink.checks.thresholds); "
                                + step
                                + " is not.");
            }
            ladder.add(step);
        }
        return List.copyOf(ladder);
    }
}
