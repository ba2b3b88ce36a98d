package io.relink.checks.control;

import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a "check now" got from the network, told next to the channel it answers: a state that did
 * not change because the network could not be asked must not pass for a confirmed one. Pure.
 *
 * @param networkAnswered false when the network gave no definitive answer for some token checked
 *     (trouble, or a pause it asked for): the state shown is the one known before
 * @param trouble why not: a transient kind ({@code TIMEOUT}, {@code SERVER_ERROR}, {@code
 *     RATE_LIMITED}, {@code NETWORK_UNAVAILABLE}, {@code MALFORMED_ANSWER}) or {@code PAUSED}; null
 *     when it answered
 * @param message the same in words for people; null when it answered
 * @param nextAttemptAt when the sweep looks at the channel's tokens next (for tokens the network
 *     did not answer: its next attempt, after the backoff and the network's wait)
 * @param retryAfterSeconds how long the network asked Relink to wait, when it did; else null
 */
public record CheckAttempt(
        boolean networkAnswered,
        String trouble,
        String message,
        Instant nextAttemptAt,
        Long retryAfterSeconds) {

    /** The trouble kind of tokens put off because their network asked for a pause. */
    public static final String PAUSED = "PAUSED";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * @param troubles what stood in for the network's answers, in the order met
     * @param pausedUntil until when the network asked to be left alone, when tokens were put off
     *     for it; else null
     * @param nextAttemptAt the sweep's next look at the tokens concerned, or null when none is due
     */
    public static CheckAttempt of(
            NetworkType network,
            List<Verdict.Transient> troubles,
            Instant pausedUntil,
            Instant nextAttemptAt,
            Instant now) {
        if (troubles.isEmpty() && pausedUntil == null) {
            return new CheckAttempt(true, null, null, nextAttemptAt, null);
        }
        String name = network.displayName();
        if (troubles.isEmpty()) {
            long wait = seconds(Duration.between(now, pausedUntil));
            return new CheckAttempt(
                    false,
                    PAUSED,
                    name
                            + " was not asked now: it asked Relink to slow down until "
                            + TIME.format(pausedUntil)
                            + ". The state shown is the one known before; Relink tries again then"
                            + again(nextAttemptAt, pausedUntil),
                    nextAttemptAt,
                    wait);
        }
        Verdict.Transient first = troubles.get(0);
        Long retryAfter =
                troubles.stream()
                        .map(Verdict.Transient::retryAfter)
                        .filter(d -> d != null && !d.isNegative())
                        .max(Duration::compareTo)
                        .map(CheckAttempt::seconds)
                        .orElse(null);
        return new CheckAttempt(
                false,
                first.kind().name(),
                name
                        + " could not be asked ("
                        + reason(first.kind())
                        + (retryAfter != null
                                ? "; it asked Relink to wait " + retryAfter + " s"
                                : "")
                        + "). The state shown is the one known before"
                        + (nextAttemptAt != null
                                ? "; Relink tries again at " + TIME.format(nextAttemptAt) + "."
                                : "."),
                nextAttemptAt,
                retryAfter);
    }

    private static String reason(Verdict.Transient.Kind kind) {
        return switch (kind) {
            case TIMEOUT -> "it did not answer in time";
            case SERVER_ERROR -> "it answered with a server error";
            case RATE_LIMITED -> "it is limiting Relink's calls";
            case NETWORK_UNAVAILABLE -> "it could not be reached";
            case MALFORMED_ANSWER -> "its answer could not be read";
        };
    }

    /** The sweep's own next look, when it comes later than the end of the pause. */
    private static String again(Instant nextAttemptAt, Instant pausedUntil) {
        return nextAttemptAt != null && nextAttemptAt.isAfter(pausedUntil)
                ? " (the next check is due at " + TIME.format(nextAttemptAt) + ")."
                : ".";
    }

    /** Whole seconds, rounded up, never below one. */
    private static long seconds(Duration wait) {
        long millis = wait.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
