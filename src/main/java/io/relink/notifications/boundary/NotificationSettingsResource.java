package io.relink.notifications.boundary;

import io.relink.notifications.control.NotificationSettings;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The workspace's notification settings: the warning ladder and which kinds of notice each member
 * gets. Anyone who reads channels may read them; changing them takes {@code channels:write} (owners
 * and admins).
 */
@Path("notification-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    @Inject Caller caller;
    @Inject NotificationSettings settings;

    @GET
    @RolesAllowed(Scope.CHANNELS_READ)
    public NotificationSettings.Workspace get() {
        return settings.of(caller.workspaceId());
    }

    /**
     * {@code {"ladderDays": [14, 3], "members": [{"personId": "…", "kinds": ["lost"]}]}}; either
     * may be left out, and members left out keep their kinds.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public NotificationSettings.Workspace put(String body) {
        JsonBody json = JsonBody.of(body, Set.of("ladderDays", "members"));
        return settings.change(
                caller.workspaceId(), ladder(json.json()), members(json.json()), caller.actor());
    }

    private static List<Integer> ladder(JsonObject json) {
        if (!json.containsKey("ladderDays")) {
            return null;
        }
        if (json.get("ladderDays").getValueType() != JsonValue.ValueType.ARRAY
                || json.getJsonArray("ladderDays").size() > 20) {
            throw ProblemException.invalidParameter(
                    "ladderDays", "'ladderDays' is a list of whole days, like [14, 7, 3, 1].");
        }
        List<Integer> days = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("ladderDays")) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw ProblemException.invalidParameter(
                        "ladderDays", "'ladderDays' is a list of whole days, like [14, 7, 3, 1].");
            }
            days.add(number.intValue());
        }
        return days;
    }

    private static Map<UUID, java.util.Collection<String>> members(JsonObject json) {
        Map<UUID, java.util.Collection<String>> kinds = new LinkedHashMap<>();
        if (!json.containsKey("members")) {
            return kinds;
        }
        if (json.get("members").getValueType() != JsonValue.ValueType.ARRAY
                || json.getJsonArray("members").size() > 1000) {
            throw ProblemException.invalidParameter(
                    "members",
                    "'members' is a list like [{\"personId\": \"…\", \"kinds\": [\"lost\"]}].");
        }
        for (JsonValue value : json.getJsonArray("members")) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ProblemException.invalidParameter(
                        "members", "Each member is an object with personId and kinds.");
            }
            JsonBody member = JsonBody.of(value.toString(), Set.of("personId", "kinds"));
            UUID person = Ids.inBody(member.requiredText("personId", 36), "members");
            if (!member.has("kinds")) {
                throw JsonBody.missing("kinds");
            }
            kinds.put(person, member.texts("kinds", 10, 20));
        }
        return kinds;
    }
}
