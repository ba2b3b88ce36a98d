package io.relink.networks.meta;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * Reads a {@code debug_token} answer ({@code {"data":{…}}}) into a verdict for one channel. Pure.
 *
 * <p>Rules (src/docs/networks.md, section Facebook):
 *
 * <ul>
 *   <li>{@code is_valid:false} carries an {@code error} with code and subcode, classified by {@link
 *       GraphCauses}; a bare 190 past {@code expires_at} is the end of the lifespan;
 *   <li>{@code expires_at} 0 means never (long-lived Page tokens), so no expiry;
 *   <li>a valid token whose {@code data_access_expires_at} has passed can no longer read data until
 *       the person consents again: {@code SCOPE_MISSING};
 *   <li>a user token checked for a Page: when {@code granular_scopes} lists the Pages its Page
 *       permissions cover and the channel is in none of them, the person deselected the Page or
 *       lost their role on it: {@code ADMIN_ROLE_LOST} for that channel only.
 * </ul>
 */
public final class DebugToken {

    private DebugToken() {}

    /**
     * @param channel the Page the token is used for, or null
     * @param targetPrefix the prefix of the permissions whose {@code target_ids} name Pages ({@code
     *     pages_}), or null to skip that rule
     */
    public static Verdict read(
            JsonObject answer, String channel, String targetPrefix, Instant now) {
        JsonObject data = answer.getJsonObject("data");
        Instant expiresAt = GraphJson.epoch(data, "expires_at");
        Instant dataAccess = GraphJson.epoch(data, "data_access_expires_at");
        if (!data.getBoolean("is_valid")) {
            if (data.get("error") instanceof JsonObject error) {
                return GraphCauses.classify(GraphError.of(error), expiresAt, now);
            }
            // Invalid with no reason given: as a bare 190.
            return new Verdict.Dead(
                    expiresAt != null && !expiresAt.isAfter(now)
                            ? Cause.LIFESPAN_ENDED
                            : Cause.UNKNOWN,
                    "is_valid=false",
                    null);
        }
        if (dataAccess != null && !dataAccess.isAfter(now)) {
            return new Verdict.Dead(
                    Cause.SCOPE_MISSING,
                    "data_access_expired",
                    "Data access expired at " + dataAccess + "; the person must consent again.");
        }
        if (channel != null
                && targetPrefix != null
                && "USER".equals(data.getString("type", "USER"))
                && !reaches(data.get("granular_scopes"), channel, targetPrefix)) {
            return new Verdict.Dead(
                    Cause.ADMIN_ROLE_LOST,
                    "granular_scopes",
                    "No "
                            + targetPrefix
                            + "* permission of this token covers the channel any more.");
        }
        return new Verdict.Valid(expiresAt, dataAccess, GraphJson.scopes(data.get("scopes")));
    }

    /** The user id the token belongs to, or null. */
    public static String userId(JsonObject answer) {
        return GraphJson.id(answer.getJsonObject("data"), "user_id");
    }

    /**
     * Whether the channel is reached: yes when no permission of the prefix restricts its targets
     * (absent {@code target_ids} means every target) or when one of them names the channel.
     */
    private static boolean reaches(JsonValue granular, String channel, String prefix) {
        if (!(granular instanceof JsonArray scopes)) {
            return true;
        }
        boolean restricted = false;
        for (JsonValue value : scopes) {
            JsonObject scope = value.asJsonObject();
            if (!scope.getString("scope", "").startsWith(prefix)) {
                continue;
            }
            if (!(scope.get("target_ids") instanceof JsonArray targets)) {
                return true;
            }
            restricted = true;
            for (JsonValue target : targets) {
                if (channel.equals(
                        target instanceof jakarta.json.JsonString text
                                ? text.getString()
                                : target.toString())) {
                    return true;
                }
            }
        }
        return !restricted;
    }
}
