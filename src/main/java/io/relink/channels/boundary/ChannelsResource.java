package io.relink.channels.boundary;

import io.relink.audit.control.History;
import io.relink.channels.control.ChannelQuery;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Preflight;
import io.relink.channels.control.PreflightView;
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
import java.time.Clock;
import java.util.UUID;

/**
 * The channels of the caller's workspace, with their derived state explained, their history, "check
 * now", and the preflight question "will it still work at time T?". Parameters arrive as text and
 * are validated by {@link ChannelQuery}, so that a bad number or an unknown state is a 400 that
 * names the parameter (JAX-RS itself would answer 404).
 */
@Path("channels")
@RequestScoped
@RolesAllowed(Scope.CHANNELS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject Caller caller;
    @Inject ChannelStore channels;
    @Inject History history;
    @Context UriInfo uri;
    @Inject Clock clock;

    @GET
    public Page<ChannelView> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("state") String state,
            @QueryParam("network") String network,
            @QueryParam("q") String q,
            @QueryParam("identity") String identity,
            @QueryParam("sort") String sort) {
        return channels.list(
                caller.workspaceId(),
                ChannelQuery.parse(page, size, state, network, q, identity, sort));
    }

    @GET
    @Path("{id}")
    public ChannelView one(@PathParam("id") String id) {
        return channels.view(caller.workspaceId(), channelId(id));
    }

    /** The channel's history: checks that changed something and people's actions, newest first. */
    @GET
    @Path("{id}/history")
    public Page<History.Entry> history(
            @PathParam("id") String id,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID channel = channelId(id);
        channels.view(caller.workspaceId(), channel);
        return history.of(
                caller.workspaceId(),
                channel,
                ChannelQuery.whole("page", page, 1, 1, Integer.MAX_VALUE),
                ChannelQuery.whole(
                        "size", size, ChannelQuery.DEFAULT_SIZE, 1, ChannelQuery.MAX_SIZE));
    }

    /**
     * Will the channel still work at {@code at} (ISO-8601; absent: now)? Asked by downstream
     * products before they schedule; see {@link Preflight}.
     */
    @GET
    @Path("{id}/preflight")
    @RolesAllowed(Scope.CHANNELS_READ)
    public PreflightView preflight(@PathParam("id") String id, @QueryParam("at") String at) {
        UUID channel = channelId(id);
        return channels.preflight(
                caller.workspaceId(), channel, Preflight.moment(at, clock.instant()));
    }

    /** A malformed id names no channel: 404, like an unknown one. */
    public static UUID channelId(String raw) {
        return Ids.of(raw, "channel");
    }
}
