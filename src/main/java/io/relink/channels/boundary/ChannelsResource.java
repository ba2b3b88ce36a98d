package io.relink.channels.boundary;

import io.relink.audit.control.History;
import io.relink.channels.control.ChannelQuery;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Preflight;
import io.relink.channels.control.PreflightView;
import io.relink.checks.control.CheckNow;
import io.relink.problems.ProblemException;
import io.relink.reconnect.boundary.ConnectionsResource;
import io.relink.reconnect.control.ReconnectRequests;
import io.relink.reconnect.control.Reconnects;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The channels of the caller's workspace, with their derived state explained, their history,
 * "check now", and the preflight question "will it still work at time T?".
 * Parameters arrive as text and are validated by {@link ChannelQuery}, so that a bad number or an
 * unknown state is a 400 that names the parameter (JAX-RS itself would answer 404).
 */
@Path("channels")
@RequestScoped
@RolesAllowed(Scope.CHANNELS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject Caller caller;
    @Inject ChannelStore channels;
    @Inject CheckNow checkNow;
    @Inject History history;
    @Inject Reconnects reconnects;
    @Inject ReconnectRequests requests;
    @Context UriInfo uri;
    @Inject Clock clock;

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
    @RolesAllowed(Scope.CHANNELS_WRITE)
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

    /** Starts a reconnect: after consent, every channel the identity reaches gets the new token. */
    @POST
    @Path("{id}/reconnect")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public Response reconnect(@PathParam("id") String id) {
        return ConnectionsResource.started(uri, reconnects.reconnectChannel(caller.workspaceId(), channelId(id), caller.memberId(), caller.actor()));
    }

    /** Starts adding a further identity's token to the channel, so that it survives either's death. */
    @POST
    @Path("{id}/tokens")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public Response addToken(@PathParam("id") String id) {
        return ConnectionsResource.started(uri, reconnects.addToken(caller.workspaceId(), channelId(id), caller.memberId(), caller.actor()));
    }

    /** Removes one token (revoked at the network where that cuts nothing else); not the last one. */
    @DELETE
    @Path("{id}/tokens/{tokenId}")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public ChannelView removeToken(@PathParam("id") String id, @PathParam("tokenId") String tokenId) {
        UUID channel = channelId(id);
        UUID token = Ids.of(tokenId, "token");
        return reconnects.removeToken(caller.workspaceId(), channel, token, caller.actor());
    }

    /** Unlinks the channel: revoked where possible, secrets erased, history kept; answers the channel, now UNLINKED. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public ChannelView unlink(@PathParam("id") String id) {
        return reconnects.unlink(caller.workspaceId(), channelId(id), caller.actor());
    }

    /**
     * Delegated reconnect: {@code {"email": "jane@example.com", "message": "optional note"}} sends
     * the account owner a single-use link that reconnects this channel.
     */
    @POST
    @Path("{id}/reconnect-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public Response requestReconnect(@PathParam("id") String id, String body) {
        UUID channel = channelId(id);
        JsonBody json = JsonBody.of(body, Set.of("email", "message"));
        ReconnectRequests.View sent = requests.send(caller.workspaceId(), channel, json.requiredText("email", 320),
                json.text("message", 1000).orElse(null), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(sent.id().toString()).build()).entity(sent).build();
    }

    @GET
    @Path("{id}/reconnect-requests")
    public List<ReconnectRequests.View> reconnectRequests(@PathParam("id") String id) {
        return requests.of(caller.workspaceId(), channelId(id));
    }

    /** Withdraws a pending reconnect link: it stops working at once. */
    @DELETE
    @Path("{id}/reconnect-requests/{requestId}")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public ReconnectRequests.View withdrawReconnectRequest(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        UUID channel = channelId(id);
        UUID request = Ids.of(requestId, "reconnect request");
        return requests.withdraw(caller.workspaceId(), channel, request, caller.actor());
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
        return channels.preflight(caller.workspaceId(), channel, Preflight.moment(at, clock.instant()));
    }

    /** A malformed id names no channel: 404, like an unknown one. */
    public static UUID channelId(String raw) {
        return Ids.of(raw, "channel");
    }
}
