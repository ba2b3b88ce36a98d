package io.relink.networks.tiktok;

import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkHttp;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads TikTok's JSON answers into Relink's records. Pure; a field that is missing or of another
 * type throws, and {@link NetworkHttp.Answer#json} turns that into a malformed answer.
 *
 * <p>Shapes (developers.tiktok.com): the v2 API answers {@code {"data":{…},"error":{"code":"ok",
 * "message":"","log_id":"…"}}}, with a code other than {@code ok} on failure; the OAuth endpoints
 * answer the token fields at the top level, or RFC 6749's {@code {"error":"invalid_grant",
 * "error_description":"…","log_id":"…"}}.
 */
final class TikTokAnswers {

    /**
     * The Discovery kind of a TikTok account: one token reaches exactly the account that granted
     * it.
     */
    static final String ACCOUNT = "ACCOUNT";

    private TikTokAnswers() {}

    /**
     * A token answer. Lifetimes count from {@code now} and are taken as TikTok states them: its
     * docs say 24 h / 365 days in one version and 2 h / 180 days in another, so no constant is
     * trusted. TikTok rotates refresh tokens, so an answer without one is malformed: taking it
     * would lose the chain.
     */
    static Grant grant(JsonObject answer, Instant now) {
        return new Grant(
                answer.getString("access_token"),
                answer.getString("refresh_token"),
                now.plusSeconds(seconds(answer.get("expires_in"))),
                now.plusSeconds(seconds(answer.get("refresh_expires_in"))),
                scopes(answer.getString("scope", "")),
                answer.getString("open_id", null));
    }

    /** The account of a successful {@code /v2/user/info/} answer: itself is its one channel. */
    static Discovery account(JsonObject answer) {
        JsonObject user = answer.getJsonObject("data").getJsonObject("user");
        String openId = user.getString("open_id");
        if (openId.isBlank()) {
            throw new IllegalStateException("user/info named no open_id");
        }
        String name = user.getString("display_name", null);
        return new Discovery(openId, name, List.of(new Discovery.Reach(openId, name, ACCOUNT)));
    }

    /**
     * What an answer failed with, in either shape, or null when it did not fail (a v2 {@code ok},
     * or token fields with no {@code error}).
     */
    static Failure failure(JsonObject answer) {
        JsonValue error = answer.get("error");
        if (error instanceof JsonObject api) {
            String code = api.getString("code");
            return "ok".equals(code)
                    ? null
                    : new Failure(code, withLogId(api.getString("message", null), api));
        }
        if (error instanceof JsonString oauth) {
            return new Failure(
                    oauth.getString(),
                    withLogId(answer.getString("error_description", null), answer));
        }
        return null;
    }

    /**
     * What a failed v2 API answer says: its failure classified ({@link TikTokCauses#api}), or, when
     * it carries no error code at all, trouble: not what TikTok documents.
     */
    static Verdict apiError(int status, JsonObject answer, Instant now) {
        Failure failure = failure(answer);
        return failure == null
                ? new Verdict.Transient(Kind.MALFORMED_ANSWER, null, String.valueOf(status))
                : failure.api(status, now);
    }

    /**
     * A failure: TikTok's code and its message, with the {@code log_id} TikTok support asks for.
     */
    record Failure(String code, String message) {

        Verdict api(int status, Instant now) {
            // A probe carries no expiry; the checker never inspects a token past its known expiry
            // anyway.
            return TikTokCauses.api(status, code, message, null, now);
        }

        Verdict oauth(int status, boolean refreshing, Instant now) {
            return TikTokCauses.oauth(status, code, message, refreshing, null, now);
        }
    }

    /** Seconds as TikTok sends them: a number, or (seen in community code [C]) a numeric string. */
    private static long seconds(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.longValueExact();
        }
        return Long.parseLong(((JsonString) value).getString().strip());
    }

    /** TikTok separates granted scopes with commas. */
    private static Set<String> scopes(String commaSeparated) {
        return Stream.of(commaSeparated.split(","))
                .map(String::strip)
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String withLogId(String message, JsonObject holder) {
        String logId = holder.getString("log_id", "");
        String text = message == null || message.isBlank() ? null : message;
        if (logId.isBlank()) {
            return text;
        }
        return (text == null ? "" : text + " ") + "(log_id " + logId + ")";
    }
}
