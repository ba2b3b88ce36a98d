package io.relink.networks.sandbox;

import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkHttp;
import io.relink.networks.Verdict;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the sandbox's JSON answers into Relink's records. Pure; a field that is missing or of
 * another type throws, and {@link NetworkHttp.Answer#json} turns that into a malformed answer.
 */
final class SandboxAnswers {

    private SandboxAnswers() {}

    /**
     * An introspection answer: {@code active} with expiry and scopes, or inactive with an error
     * code.
     */
    static Verdict introspection(JsonObject answer) {
        if (answer.getBoolean("active")) {
            return new Verdict.Valid(
                    epochSeconds(answer.getJsonNumber("exp")),
                    null,
                    scopes(answer.getString("scope", "")));
        }
        JsonObject error = answer.getJsonObject("error");
        return error == null
                ? SandboxCauses.rejected(200, "inactive", null)
                : SandboxCauses.rejected(
                        200, error.getString("code"), error.getString("message", null));
    }

    /**
     * One item of a batch answer: its own status, as if its introspection had been a call of its
     * own.
     */
    static Verdict batchItem(JsonObject item) {
        int status = item.getInt("status");
        if (status == 200) {
            return introspection(item.getJsonObject("body"));
        }
        Verdict.Transient.Kind trouble = NetworkHttp.troubleOf(status);
        if (trouble == null) {
            throw new IllegalStateException("item status " + status + " is not in the contract");
        }
        JsonNumber retryAfter = item.getJsonNumber("retry_after");
        return new Verdict.Transient(
                trouble,
                retryAfter == null ? null : Duration.ofSeconds(retryAfter.longValueExact()),
                String.valueOf(status));
    }

    /**
     * A token answer; lifetimes count from {@code now}, as the network measured them. The sandbox
     * always rotates, so an answer without a refresh token is malformed: taking it would lose the
     * chain.
     */
    static Grant grant(JsonObject answer, Instant now) {
        return new Grant(
                answer.getString("access_token"),
                answer.getString("refresh_token"),
                after(now, answer.getJsonNumber("expires_in")),
                after(now, answer.getJsonNumber("refresh_token_expires_in")),
                scopes(answer.getString("scope", "")),
                answer.getString("user_id", null));
    }

    /** The person of {@code api/me}, with no channels yet. */
    static Discovery person(JsonObject answer) {
        return new Discovery(answer.getString("id"), answer.getString("name", null), List.of());
    }

    /** The pages of {@code api/me/pages}: those the person administers. */
    static List<Discovery.Reach> pages(JsonObject answer) {
        return answer.getJsonArray("data").stream()
                .map(JsonValue::asJsonObject)
                .map(
                        page ->
                                new Discovery.Reach(
                                        page.getString("id"), page.getString("name", null), "PAGE"))
                .toList();
    }

    /** An error answer of a check, an API call or a code exchange: the finest code it carries. */
    static Verdict.Dead rejection(int status, JsonObject answer) {
        Failure failure = Failure.of(answer);
        return SandboxCauses.rejected(
                status,
                failure.reason() == null ? failure.code() : failure.reason(),
                failure.message());
    }

    /** An error answer of a refresh. */
    static Verdict.Dead refusal(int status, JsonObject answer) {
        Failure failure = Failure.of(answer);
        return SandboxCauses.refused(status, failure.code(), failure.reason(), failure.message());
    }

    /** The error code of an error answer, in either shape. */
    static String errorCode(JsonObject answer) {
        return Failure.of(answer).code();
    }

    private static Instant epochSeconds(JsonNumber seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds.longValueExact());
    }

    private static Instant after(Instant now, JsonNumber seconds) {
        return seconds == null ? null : now.plusSeconds(seconds.longValueExact());
    }

    private static Set<String> scopes(String spaceSeparated) {
        return Stream.of(spaceSeparated.split(" "))
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toSet());
    }

    /**
     * An error answer in either of the sandbox's shapes: OAuth's {@code {"error":"invalid_grant",
     * "reason":…}} or the API's {@code {"error":{"code":…,"message":…}}}.
     */
    private record Failure(String code, String reason, String message) {

        static Failure of(JsonObject answer) {
            if (answer.get("error") instanceof JsonObject error) {
                return new Failure(error.getString("code"), null, error.getString("message", null));
            }
            return new Failure(
                    answer.getString("error"),
                    answer.getString("reason", null),
                    answer.getString("error_description", null));
        }
    }
}
