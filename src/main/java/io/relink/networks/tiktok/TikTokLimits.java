package io.relink.networks.tiktok;

import io.relink.networks.Limits;
import io.relink.networks.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps Relink under TikTok's request limit for {@code /v2/user/info/} and says until when to
 * pause. No clock of its own: callers pass the time, so it is tested like a pure class.
 *
 * <p>TikTok allows 600 requests per endpoint in a one-minute sliding window and answers 429 {@code
 * rate_limit_exceeded} beyond it (developers.tiktok.com/doc/tiktok-api-v2-rate-limit [D]); it
 * documents no usage headers, so Relink counts its own calls and pauses once they reach 80% of the
 * limit within the last minute, until enough of them have left the window. A 429 pauses too, for
 * the {@code Retry-After} TikTok sent, or one window when it sent none. The count is per node: in a
 * cluster, configure each node's share of the limit. Whether the limit is per app or per app and
 * user is not stated [U]; counting per app is the cautious reading.
 */
final class TikTokLimits {

    static final Duration WINDOW = Duration.ofMinutes(1);

    /**
     * TikTok's limits for its edge: no usage headers; a 429 pauses for its Retry-After, or one
     * window.
     */
    static final Limits LIMITS = Limits.window(WINDOW);

    private final int threshold;

    /**
     * The latest calls, at most {@link #threshold} of them: older ones cannot change the answer.
     */
    private final Deque<Instant> calls = new ArrayDeque<>();

    private final Pause pause;

    /**
     * @param perMinute the requests TikTok allows per minute (600 unless TikTok raised it for the
     *     app)
     * @param pause the pause of TikTok's edge, which this count extends
     */
    TikTokLimits(int perMinute, Pause pause) {
        if (perMinute < 1) {
            throw new IllegalArgumentException(
                    "a limit of " + perMinute + " requests per minute allows nothing");
        }
        this.threshold = Math.max(1, perMinute * 4 / 5);
        this.pause = pause;
    }

    /**
     * One more call is made now; pauses when the calls of the last minute reach 80% of the limit.
     */
    synchronized void called(Instant now) {
        Instant windowStart = now.minus(WINDOW);
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(windowStart)) {
            calls.removeFirst();
        }
        calls.addLast(now);
        if (calls.size() > threshold) {
            calls.removeFirst();
        }
        if (calls.size() == threshold) {
            // Below the threshold again once the oldest of the latest `threshold` calls leaves the
            // window.
            pause.atLeast(calls.peekFirst().plus(WINDOW));
        }
    }
}
