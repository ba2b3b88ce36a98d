package io.relink.people.control;

import java.time.Duration;

/** Durations in words for people: "1 hour", "7 days", "30 minutes". */
public final class Durations {

    private Durations() {}

    public static String words(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        if (minutes % (60 * 24) == 0) {
            return plural(minutes / (60 * 24), "day");
        }
        if (minutes % 60 == 0) {
            return plural(minutes / 60, "hour");
        }
        return plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
