package io.relink.networks.pinterest;

import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Verdict;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Pinterest's JSON answers into Relink's records. Pure; a field that is missing or of another
 * type throws, and {@code NetworkHttp.Answer#json} turns that into a malformed answer.
 */
final class PinterestAnswers {

    private PinterestAnswers() {}

    /**
     * {@code GET /v5/user_account}: the token works. Pinterest reports neither expiry nor scopes
     * there (its Token Debugger does, by hand only), so the verdict carries none.
     */
    static Verdict account(JsonObject answer) {
        id(answer);
        return new Verdict.Valid(null, null, Set.of());
    }

    /**
     * {@code GET /v5/user_account} for discovery: the person is their one channel, a Pinterest
     * account.
     */
    static Discovery person(JsonObject answer) {
        String id = id(answer);
        String username = answer.getString("username", null);
        String business = answer.getString("business_name", null);
        String name =
                business != null && !business.isBlank()
                        ? business
                        : username != null ? username : id;
        return new Discovery(
                id,
                name,
                List.of(new Discovery.Reach(id, username != null ? username : name, "ACCOUNT")));
    }

    /**
     * A token answer; lifetimes count from {@code now}. Since 14 May 2025 every refresh returns a
     * new refresh token; an answer without one (a legacy token's) keeps the one Relink holds, so
     * its lifetime is then left alone too: a lifetime without its token would stretch the old one.
     */
    static Grant grant(JsonObject answer, Instant now) {
        String refresh = answer.getString("refresh_token", null);
        Instant refreshEnds = null;
        if (refresh != null) {
            JsonNumber at = answer.getJsonNumber("refresh_token_expires_at");
            refreshEnds =
                    at != null
                            ? Instant.ofEpochSecond(at.longValueExact())
                            : after(now, answer.getJsonNumber("refresh_token_expires_in"));
        }
        return new Grant(
                answer.getString("access_token"),
                refresh,
                after(now, answer.getJsonNumber("expires_in")),
                refreshEnds,
                scopes(answer.getString("scope", "")),
                null);
    }

    /** An error answer of the API. */
    static Verdict rejection(int status, JsonObject answer) {
        return PinterestCauses.ofApi(status, code(answer), answer.getString("message", null));
    }

    /** An error answer of the token endpoint, in Pinterest's shape or OAuth's. */
    static Verdict tokenRejection(int status, JsonObject answer, boolean refreshing) {
        if (answer.get("error") instanceof JsonString error) {
            return PinterestCauses.ofToken(
                    status,
                    error.getString(),
                    answer.getString("error_description", null),
                    refreshing);
        }
        Integer code = code(answer);
        return PinterestCauses.ofToken(
                status,
                code == null ? null : code.toString(),
                answer.getString("message", null),
                refreshing);
    }

    /** The account's id; {@code username} stands in where an older answer has no id [U]. */
    private static String id(JsonObject answer) {
        String id = answer.getString("id", answer.getString("username", ""));
        if (id.isBlank()) {
            throw new IllegalStateException("user_account named no id");
        }
        return id;
    }

    private static Integer code(JsonObject answer) {
        return answer.get("code") instanceof JsonNumber number ? number.intValue() : null;
    }

    private static Instant after(Instant now, JsonNumber seconds) {
        return seconds == null ? null : now.plusSeconds(seconds.longValueExact());
    }

    /** Pinterest's examples separate scopes with commas or spaces; both are read. */
    private static Set<String> scopes(String listed) {
        return Stream.of(listed.split("[,\\s]+"))
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toSet());
    }
}
