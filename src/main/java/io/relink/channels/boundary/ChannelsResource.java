package io.relink.channels.boundary;

import io.relink.audit.control.History;
import io.relink.channels.control.ChannelQuery;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.checks.control.CheckNow;
import io.relink.problems.ProblemException;
import io.relink.workspaces.boundary.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The channels of the caller's workspace, with their derived state explained, their history, and
 * "check now".
 * Parameters arrive as text and are validated by {@link ChannelQuery}, so that a bad number or an
 * unknown state is a 400 that names the parameter (JAX-RS itself would answer 404).
 */
@Path("channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject Caller caller;
    @Inject ChannelStore channels;
    @Inject CheckNow checkNow;
    @Inject History history;

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

    /** Checks the channel's tokens now, synchronously, and answers the channel as it stands after. */
    @POST
    @Path("{id}/check")
    public ChannelView check(@PathParam("id") String id) {
        return checkNow.check(caller.workspaceId(), channelId(id), caller.actor());
    }

    /** The channel's history: checks that changed something and people's actions, newest first. */
    @GET
    @Path("{id}/history")
    public History.Page history(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        UUID channel = channelId(id);
        channels.view(caller.workspaceId(), channel);
        return history.of(caller.workspaceId(), channel, ChannelQuery.whole("page", page, 1, 1, Integer.MAX_VALUE),
                ChannelQuery.whole("size", size, ChannelQuery.DEFAULT_SIZE, 1, ChannelQuery.MAX_SIZE));
    }

    /** A malformed id names no channel: 404, like an unknown one. */
    public static UUID channelId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.notFound("channel", raw);
        }
    }
}
