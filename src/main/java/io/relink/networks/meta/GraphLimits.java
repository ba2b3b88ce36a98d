package io.relink.networks.meta;

import io.relink.networks.Limits;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads Meta's usage headers into how long Relink should leave the network alone. Pure.
 *
 * <ul>
 *   <li>{@code X-App-Usage: {"call_count":28,"total_cputime":25,"total_time":25}}: the app's share
 *       of its platform limit over a rolling hour, in percent;
 *   <li>{@code X-Business-Use-Case-Usage: {"<object-id>":[{"type":"pages","call_count":…,
 *       "total_cputime":…,"total_time":…,"estimated_time_to_regain_access":<minutes>}]}}: the same
 *       per business object (Pages, Instagram), over 24 hours.
 * </ul>
 *
 * Rules: Meta throttles at 100 and every call made while throttled extends the block, so Relink
 * stops early. The network's own estimate of when access returns wins; otherwise at {@value
 * #NEAR_LIMIT} % or more Relink pauses {@link #NEAR_PAUSE} (the rolling hour moves on), at 100 %
 * {@link #FULL_PAUSE} (the whole window). A header that cannot be read is ignored: usage headers
 * are advice, never a reason to fail a call.
 */
public final class GraphLimits {

    /** From this share of the limit on, Relink stops checking for a while. */
    /**
     * Meta's limits for a Graph edge: these usage headers; a rate limit pauses for the wait Meta
     * named, else {@link GraphCauses#RATE_LIMIT_PAUSE}, even past a pause the headers set: Meta
     * extends a block with every call made during it.
     */
    public static final Limits LIMITS =
            new Limits() {
                @Override
                public Instant pauseUntil(HttpHeaders headers, Instant now) {
                    return GraphLimits.pauseUntil(headers, now);
                }

                @Override
                public Instant resumeAt(Duration retryAfter, Instant now, Instant pausedUntil) {
                    return now.plus(
                            Limits.said(retryAfter) ? retryAfter : GraphCauses.RATE_LIMIT_PAUSE);
                }
            };

    public static final int NEAR_LIMIT = 80;

    static final Duration NEAR_PAUSE = Duration.ofMinutes(10);
    static final Duration FULL_PAUSE = Duration.ofHours(1);

    private static final List<String> SHARES = List.of("call_count", "total_cputime", "total_time");

    private GraphLimits() {}

    /** Until when to pause after an answer with these headers, or null when there is no need. */
    public static Instant pauseUntil(HttpHeaders headers, Instant now) {
        Usage usage = Usage.NONE;
        usage =
                usage.and(
                        headers.firstValue("X-App-Usage")
                                .flatMap(GraphLimits::object)
                                .map(GraphLimits::shares)
                                .orElse(Usage.NONE));
        Optional<JsonObject> business =
                headers.firstValue("X-Business-Use-Case-Usage").flatMap(GraphLimits::object);
        if (business.isPresent()) {
            for (JsonValue entries : business.get().values()) {
                if (entries.getValueType() == JsonValue.ValueType.ARRAY) {
                    for (JsonValue entry : entries.asJsonArray()) {
                        if (entry instanceof JsonObject object) {
                            usage = usage.and(shares(object));
                        }
                    }
                }
            }
        }
        if (usage.regainMinutes() > 0) {
            return now.plus(Duration.ofMinutes(usage.regainMinutes()));
        }
        if (usage.percent() >= 100) {
            return now.plus(FULL_PAUSE);
        }
        return usage.percent() >= NEAR_LIMIT ? now.plus(NEAR_PAUSE) : null;
    }

    private static Usage shares(JsonObject object) {
        int percent = 0;
        for (String name : SHARES) {
            if (object.get(name) instanceof JsonNumber number) {
                percent = Math.max(percent, number.intValue());
            }
        }
        long regain =
                object.get("estimated_time_to_regain_access") instanceof JsonNumber minutes
                        ? minutes.longValue()
                        : 0;
        return new Usage(percent, regain);
    }

    private static Optional<JsonObject> object(String header) {
        try (JsonReader reader = Json.createReader(new StringReader(header))) {
            return Optional.of(reader.readObject());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The highest share of any limit, in percent, and the longest wait the network announced. */
    private record Usage(int percent, long regainMinutes) {

        static final Usage NONE = new Usage(0, 0);

        Usage and(Usage other) {
            return new Usage(
                    Math.max(percent, other.percent), Math.max(regainMinutes, other.regainMinutes));
        }
    }
}
