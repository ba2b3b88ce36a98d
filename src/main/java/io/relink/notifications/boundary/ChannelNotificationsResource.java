package io.relink.notifications.boundary;

import io.relink.notifications.control.NotificationSettings;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One channel's exceptions to the workspace's notification choices: members added or left out, and
 * addresses outside the workspace (such as the page's real owner).
 */
@Path("channels/{id}/notification-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChannelNotificationsResource {

    @Inject Caller caller;
    @Inject NotificationSettings settings;

    @GET
    @RolesAllowed(Scope.CHANNELS_READ)
    public NotificationSettings.Channel get(@PathParam("id") String id) {
        return settings.ofChannel(caller.workspaceId(), Ids.of(id, "channel"));
    }

    /**
     * {@code {"addPeople": ["…"], "removePeople": [], "extraAddresses": ["owner@example.com"]}}:
     * the whole set, replacing what was there.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public NotificationSettings.Channel put(@PathParam("id") String id, String body) {
        JsonBody json = JsonBody.of(body, Set.of("addPeople", "removePeople", "extraAddresses"));
        return settings.changeChannel(
                caller.workspaceId(),
                Ids.of(id, "channel"),
                people(json, "addPeople"),
                people(json, "removePeople"),
                json.has("extraAddresses") ? json.texts("extraAddresses", 50, 320) : List.of(),
                caller.actor());
    }

    private static List<UUID> people(JsonBody json, String field) {
        return json.has(field)
                ? json.texts(field, 1000, 36).stream().map(p -> Ids.inBody(p, field)).toList()
                : List.of();
    }
}
