package io.relink.reconnect.boundary;

import io.relink.problems.Ids;
import io.relink.reconnect.control.Reconnects;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Reconnects an identity: one consent renews every channel its grant reaches. */
@Path("identities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdentityReconnectsResource {

    @Inject Caller caller;
    @Inject Reconnects reconnects;
    @Context UriInfo uri;

    /**
     * Starts a reconnect of the identity: after consent, every channel it reaches gets the new
     * token at once.
     */
    @POST
    @Path("{id}/reconnect")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public Response reconnect(@PathParam("id") String id) {
        return ConnectionsResource.started(
                uri,
                reconnects.reconnectIdentity(
                        caller.workspaceId(), identityId(id), caller.personId(), caller.actor()));
    }

    private static UUID identityId(String raw) {
        return Ids.of(raw, "identity");
    }
}
