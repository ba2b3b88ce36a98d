package io.relink.checks.boundary;

import io.relink.checks.control.CheckNow;
import io.relink.checks.control.CheckedChannel;
import io.relink.problems.Ids;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * "Check now": a person or an integration has a channel's tokens checked at once, under its own
 * name.
 */
@Path("channels")
@RequestScoped
@RolesAllowed(Scope.CHANNELS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class CheckNowResource {

    @Inject Caller caller;
    @Inject CheckNow checkNow;

    /**
     * Checks the channel's tokens now, synchronously, and answers the channel as it stands after,
     * with what the network answered ({@code check}).
     */
    @POST
    @Path("{id}/check")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public CheckedChannel check(@PathParam("id") String id) {
        return checkNow.check(caller.workspaceId(), channelId(id), caller.actor());
    }

    private static UUID channelId(String raw) {
        return Ids.of(raw, "channel");
    }
}
