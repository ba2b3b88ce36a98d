package io.relink.channels.boundary;

import io.relink.channels.control.ChannelQuery;
import io.relink.channels.control.Identities;
import io.relink.channels.control.IdentityView;
import io.relink.platform.Page;
import io.relink.problems.Ids;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * The identities of the caller's workspace: whose grant each channel hangs on, and which channels
 * would go dark if one person's tokens died. Paged like the channels.
 */
@Path("identities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdentitiesResource {

    @Inject Caller caller;
    @Inject Identities identities;
    @Context UriInfo uri;

    @GET
    @RolesAllowed(Scope.CHANNELS_READ)
    public Page<IdentityView> list(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return identities.list(
                caller.workspaceId(),
                ChannelQuery.whole("page", page, 1, 1, Integer.MAX_VALUE),
                ChannelQuery.whole(
                        "size", size, ChannelQuery.DEFAULT_SIZE, 1, ChannelQuery.MAX_SIZE));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scope.CHANNELS_READ)
    public IdentityView one(@PathParam("id") String id) {
        return identities.view(caller.workspaceId(), identityId(id));
    }

    /** A malformed id names no identity: 404, like an unknown one. */
    static UUID identityId(String raw) {
        return Ids.of(raw, "identity");
    }
}
