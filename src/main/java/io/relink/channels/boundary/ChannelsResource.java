package io.relink.channels.boundary;

import io.relink.channels.control.ChannelQuery;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The channels of the caller's workspace, with their derived state explained. Read-only here.
 * Parameters arrive as text and are validated by {@link ChannelQuery}, so that a bad number or an
 * unknown state is a 400 that names the parameter (JAX-RS itself would answer 404).
 */
@Path("channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject Caller caller;
    @Inject ChannelStore channels;

    @GET
    public ChannelView.Page list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("state") String state,
            @QueryParam("network") String network,
            @QueryParam("q") String q) {
        return channels.list(caller.workspaceId(), ChannelQuery.parse(page, size, state, network, q));
    }

    @GET
    @Path("{id}")
    public ChannelView one(@PathParam("id") String id) {
        return channels.view(caller.workspaceId(), channelId(id));
    }

    /** A malformed id names no channel: 404, like an unknown one. */
    static UUID channelId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.notFound("channel", raw);
        }
    }
}
