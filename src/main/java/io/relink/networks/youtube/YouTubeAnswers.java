package io.relink.networks.youtube;

import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Verdict;
import io.relink.networks.youtube.YouTubeCauses.Step;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Google's and YouTube's JSON answers into Relink's records. Pure; a field that is missing or
 * of another type throws, and {@link io.relink.networks.NetworkHttp.Answer#json} turns that into a
 * malformed answer.
 */
final class YouTubeAnswers {

    /** Scopes that do not make an app in Testing cut its refresh tokens after 7 days. */
    static final Set<String> BASIC_SCOPES =
            Set.of(
                    "openid",
                    "email",
                    "profile",
                    "https://www.googleapis.com/auth/userinfo.email",
                    "https://www.googleapis.com/auth/userinfo.profile");

    /** How long refresh tokens of an app in Testing (external users) live. */
    static final Duration TESTING_LIFETIME = Duration.ofDays(7);

    private YouTubeAnswers() {}

    /**
     * A {@code tokeninfo} answer ({@code aud}, space-separated {@code scope}, {@code exp}; Google
     * writes the numbers as strings).
     */
    static TokenInfo tokenInfo(JsonObject answer) {
        return new TokenInfo(
                answer.getString("aud"),
                epochSeconds(answer.get("exp")),
                scopes(answer.getString("scope", "")));
    }

    /**
     * A token answer; lifetimes count from {@code now}. Google does not rotate refresh tokens: a
     * refresh answers without one, and the one held stays. {@code refresh_token_expires_in} comes
     * only with time-based access (or an app in Testing [U]).
     *
     * @param heldRefreshToken the refresh token just traded, or null for a code exchange
     * @param testing whether the app's consent screen is in Testing: then a first grant with more
     *     than the basic scopes ends after 7 days, whatever the answer says
     */
    static Grant grant(JsonObject answer, Instant now, String heldRefreshToken, boolean testing) {
        Set<String> scopes = scopes(answer.getString("scope", ""));
        String refresh = answer.getString("refresh_token", heldRefreshToken);
        Instant refreshEnds = after(now, answer.get("refresh_token_expires_in"));
        if (testing
                && heldRefreshToken == null
                && refresh != null
                && !BASIC_SCOPES.containsAll(scopes)) {
            Instant sevenDays = now.plus(TESTING_LIFETIME);
            refreshEnds =
                    refreshEnds == null || refreshEnds.isAfter(sevenDays) ? sevenDays : refreshEnds;
        }
        return new Grant(
                answer.getString("access_token"),
                refresh,
                after(now, answer.get("expires_in")),
                refreshEnds,
                scopes,
                null);
    }

    /** An OAuth endpoint's error ({@code {error, error_description, error_subtype}}). */
    static Verdict.Dead oauthError(int status, JsonObject answer, Step step) {
        return YouTubeCauses.ofOAuthError(
                status,
                text(answer.get("error")),
                answer.getString("error_subtype", null),
                answer.getString("error_description", null),
                step);
    }

    /**
     * An error of a Google API: {@code {"error": {code, message, errors[{reason}], status,
     * details[{reason}]}}}, or OAuth's flat shape, which Google's {@code userinfo} also answers.
     */
    static Verdict apiError(int status, JsonObject answer, Instant now) {
        if (!(answer.get("error") instanceof JsonObject error)) {
            return YouTubeCauses.ofApiError(
                    status,
                    answer.getString("error", null),
                    answer.getString("error_description", null),
                    now);
        }
        return YouTubeCauses.ofApiError(
                status, reason(error), error.getString("message", null), now);
    }

    /** The OAuth error code of an error answer ({@code invalid_token}, ...), or null. */
    static String errorCode(JsonObject answer) {
        return text(answer.get("error"));
    }

    /**
     * The ids of the channels of a {@code channels?mine=true} answer; none when {@code items} is
     * absent.
     */
    static List<String> channelIds(JsonObject answer) {
        return items(answer).stream().map(item -> item.asJsonObject().getString("id")).toList();
    }

    /** The channels of a {@code channels?part=snippet&mine=true} answer, named by their title. */
    static List<Discovery.Reach> channels(JsonObject answer) {
        return items(answer).stream()
                .map(JsonValue::asJsonObject)
                .map(
                        channel ->
                                new Discovery.Reach(
                                        channel.getString("id"),
                                        channel.containsKey("snippet")
                                                ? channel.getJsonObject("snippet")
                                                        .getString("title", null)
                                                : null,
                                        "CHANNEL"))
                .toList();
    }

    /** The person of OpenID Connect's {@code userinfo}: {@code sub}, and their name or e-mail. */
    static Discovery person(JsonObject answer) {
        return new Discovery(
                answer.getString("sub"),
                answer.getString("name", answer.getString("email", null)),
                List.of());
    }

    private static JsonArray items(JsonObject answer) {
        if (!answer.getString("kind").equals("youtube#channelListResponse")) {
            throw new IllegalStateException("not a channel list");
        }
        return answer.containsKey("items")
                ? answer.getJsonArray("items")
                : JsonValue.EMPTY_JSON_ARRAY;
    }

    /**
     * The most telling reason: {@code errors[0].reason}, else {@code details[0].reason}, else
     * {@code status}.
     */
    private static String reason(JsonObject error) {
        for (String list : List.of("errors", "details")) {
            if (error.get(list) instanceof JsonArray entries
                    && !entries.isEmpty()
                    && entries.get(0) instanceof JsonObject first
                    && first.get("reason") instanceof JsonString reason) {
                return reason.getString();
            }
        }
        return error.getString("status", null);
    }

    /**
     * Google writes numbers in {@code tokeninfo} as strings, and as numbers elsewhere: both are
     * read.
     */
    private static Long number(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.longValueExact();
        }
        return value instanceof JsonString text ? Long.valueOf(text.getString()) : null;
    }

    private static Instant epochSeconds(JsonValue value) {
        Long seconds = number(value);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    private static Instant after(Instant now, JsonValue value) {
        Long seconds = number(value);
        return seconds == null ? null : now.plusSeconds(seconds);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static Set<String> scopes(String spaceSeparated) {
        return Stream.of(spaceSeparated.split("\\s+"))
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toSet());
    }

    /** What {@code tokeninfo} told: for which client, until when, with which scopes. */
    record TokenInfo(String audience, Instant expiresAt, Set<String> scopes) {}
}
