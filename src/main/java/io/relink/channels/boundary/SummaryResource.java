package io.relink.channels.boundary;

import io.relink.channels.control.Summaries;
import io.relink.channels.control.SummaryView;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The numbers of the caller's workspace: channels per state and network, healthy share, coming
 * expirations.
 */
@Path("summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject Caller caller;
    @Inject Summaries summaries;

    @GET
    @RolesAllowed(Scope.CHANNELS_READ)
    public SummaryView summary() {
        return summaries.summarize(caller.workspaceId());
    }
}
