package io.relink.networks.facebook;

import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.meta.GraphJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code /me/accounts} entries (the Pages a person has a role on) into channels and Page
 * tokens. Pure.
 *
 * <p>A Page whose {@code tasks} hold none that Relink's users need (only {@code ADVERTISE}) is not
 * a channel: the person cannot publish, moderate or read it there. A Page that is missing
 * altogether was deselected at login or the role was lost; it is simply not listed, and a reconnect
 * that no longer reaches a channel tells the person so.
 */
final class FacebookPages {

    /**
     * The Page tasks that make a Page worth connecting (publish, moderate, read insights, run it).
     */
    static final Set<String> USEFUL_TASKS =
            Set.of("MANAGE", "CREATE_CONTENT", "MODERATE", "ANALYZE");

    static final String FIELDS = "id,name,tasks";

    private FacebookPages() {}

    static List<Discovery.Reach> channels(List<JsonObject> accounts) {
        return accounts.stream()
                .filter(FacebookPages::useful)
                .map(
                        page ->
                                new Discovery.Reach(
                                        GraphJson.id(page, "id"),
                                        page.getString("name", null),
                                        "PAGE"))
                .toList();
    }

    /**
     * Each useful Page's own token. Taken from a long-lived user token they do not expire [D]
     * ({@code debug_token} then shows {@code expires_at: 0}), so the grants have no expiry.
     */
    static Map<String, Grant> tokens(List<JsonObject> accounts, String userId) {
        Map<String, Grant> tokens = new LinkedHashMap<>();
        for (JsonObject page : accounts) {
            if (useful(page) && page.get("access_token") instanceof JsonString token) {
                tokens.put(
                        GraphJson.id(page, "id"),
                        new Grant(token.getString(), null, null, null, Set.of(), userId));
            }
        }
        return tokens;
    }

    /** Tasks absent (an older answer) count as useful: no reason to drop the Page. */
    private static boolean useful(JsonObject page) {
        if (!(page.get("tasks") instanceof JsonArray tasks)) {
            return true;
        }
        return tasks.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .anyMatch(USEFUL_TASKS::contains);
    }
}
