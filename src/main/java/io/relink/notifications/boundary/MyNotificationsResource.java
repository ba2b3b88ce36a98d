package io.relink.notifications.boundary;

import io.relink.notifications.control.NotificationSettings;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * A person's own choice of notices in the workspace of the request: any member, whatever their
 * role, chooses what they get. For people only (an API key is not somebody: 403).
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.PERSON)
public class MyNotificationsResource {

    @Inject Caller caller;
    @Inject NotificationSettings settings;

    @GET
    public NotificationSettings.MemberKinds get() {
        return settings.mine(caller.workspaceId(), caller.personId());
    }

    /** {@code {"kinds": ["expiring", "lost", "digest"]}}: the whole choice. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public NotificationSettings.MemberKinds put(String body) {
        JsonBody json = JsonBody.of(body, Set.of("kinds"));
        if (!json.has("kinds")) {
            throw JsonBody.missing("kinds");
        }
        return settings.changeMine(
                caller.workspaceId(),
                caller.personId(),
                json.texts("kinds", 10, 20),
                caller.actor());
    }
}
