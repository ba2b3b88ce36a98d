package io.relink.networks.x;

import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Verdict;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads X's JSON answers into Relink's records. Pure; a field that is missing or of another type
 * throws, and {@code NetworkHttp.Answer#json} turns that into a malformed answer.
 */
final class XAnswers {

    private XAnswers() {}

    /**
     * {@code GET /2/users/me}: the token works. X reports neither the token's expiry nor its scopes
     * there, so the verdict carries none (the grant's {@code expires_in} is the only source).
     */
    static Verdict me(JsonObject answer) {
        requireId(answer);
        return new Verdict.Valid(null, null, Set.of());
    }

    /** {@code GET /2/users/me} for discovery: the person is their one channel, an X account. */
    static Discovery person(JsonObject answer) {
        JsonObject user = requireId(answer);
        String id = user.getString("id");
        String username = user.getString("username", null);
        String name = user.getString("name", username);
        return new Discovery(
                id,
                name,
                List.of(
                        new Discovery.Reach(
                                id, username == null ? name : "@" + username, "ACCOUNT")));
    }

    /**
     * A token answer; lifetimes count from {@code now}. X reports no refresh token lifetime
     * (community reports say about six months [U]), so none is invented.
     */
    static Grant grant(JsonObject answer, Instant now) {
        JsonNumber expiresIn = answer.getJsonNumber("expires_in");
        return new Grant(
                answer.getString("access_token"),
                answer.getString("refresh_token", null),
                expiresIn == null ? null : now.plusSeconds(expiresIn.longValueExact()),
                null,
                scopes(answer.getString("scope", "")),
                null);
    }

    /** An error answer of the API, in the v2 problem shape or the v1.1 {@code errors} shape. */
    static Verdict rejection(int status, JsonObject answer) {
        Integer code = null;
        String message = answer.getString("detail", answer.getString("title", null));
        if (answer.get("errors") instanceof JsonArray errors
                && !errors.isEmpty()
                && errors.get(0) instanceof JsonObject first) {
            if (first.get("code") instanceof JsonNumber number) {
                code = number.intValue();
            }
            message = first.getString("message", first.getString("detail", message));
        }
        return XCauses.ofApi(
                status, code, problemType(answer), answer.getString("reason", null), message);
    }

    /** An OAuth error answer of the token or revoke endpoint. */
    static Verdict tokenRejection(int status, JsonObject answer, boolean refreshing) {
        String error = answer.get("error") instanceof JsonString text ? text.getString() : null;
        if (error == null) {
            // Not OAuth's shape: an API-style problem from the same host.
            Verdict api = rejection(status, answer);
            return api instanceof Verdict.Dead dead && refreshing && dead.cause() == Cause.UNKNOWN
                    ? new Verdict.Dead(Cause.REFRESH_FAILED, dead.rawCode(), dead.rawMessage())
                    : api;
        }
        return XCauses.ofToken(
                status, error, answer.getString("error_description", null), refreshing);
    }

    /**
     * The problem type's last segment: {@code https://api.x.com/2/problems/client-forbidden} is
     * {@code client-forbidden}.
     */
    static String problemType(JsonObject answer) {
        String type = answer.getString("type", null);
        if (type == null || "about:blank".equals(type)) {
            return null;
        }
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static JsonObject requireId(JsonObject answer) {
        JsonObject user = answer.getJsonObject("data");
        if (user.getString("id").isBlank()) {
            throw new IllegalStateException("users/me named no id");
        }
        return user;
    }

    private static Set<String> scopes(String spaceSeparated) {
        return Stream.of(spaceSeparated.split(" "))
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toSet());
    }
}
