package io.relink.reconnect.boundary;

import io.relink.channels.control.ChannelView;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.reconnect.control.ReconnectRequests;
import io.relink.reconnect.control.Reconnects;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What people and integrations do to a channel's tokens: reconnect it, add a further token, remove
 * one token, unlink it, and ask the account owner to reconnect (delegated reconnect links).
 */
@Path("channels")
@RequestScoped
@RolesAllowed(Scope.CHANNELS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class ReconnectsResource {

    @Inject Caller caller;
    @Inject Reconnects reconnects;
    @Inject ReconnectRequests requests;
    @Context UriInfo uri;

    /** Starts a reconnect: after consent, every channel the identity reaches gets the new token. */
    @POST
    @Path("{id}/reconnect")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public Response reconnect(@PathParam("id") String id) {
        return ConnectionsResource.started(
                uri,
                reconnects.reconnectChannel(
                        caller.workspaceId(), channelId(id), caller.personId(), caller.actor()));
    }

    /**
     * Starts adding a further identity's token to the channel, so that it survives either's death.
     */
    @POST
    @Path("{id}/tokens")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public Response addToken(@PathParam("id") String id) {
        return ConnectionsResource.started(
                uri,
                reconnects.addToken(
                        caller.workspaceId(), channelId(id), caller.personId(), caller.actor()));
    }

    /**
     * Removes one token (revoked at the network where that cuts nothing else); not the last one.
     */
    @DELETE
    @Path("{id}/tokens/{tokenId}")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public ChannelView removeToken(
            @PathParam("id") String id, @PathParam("tokenId") String tokenId) {
        UUID channel = channelId(id);
        UUID token = Ids.of(tokenId, "token");
        return reconnects.removeToken(caller.workspaceId(), channel, token, caller.actor());
    }

    /**
     * Unlinks the channel: revoked where possible, secrets erased, history kept; answers the
     * channel, now UNLINKED.
     */
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
        ReconnectRequests.View sent =
                requests.send(
                        caller.workspaceId(),
                        channel,
                        json.requiredText("email", 320),
                        json.text("message", 1000).orElse(null),
                        caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(sent.id().toString()).build())
                .entity(sent)
                .build();
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
    public ReconnectRequests.View withdrawReconnectRequest(
            @PathParam("id") String id, @PathParam("requestId") String requestId) {
        UUID channel = channelId(id);
        UUID request = Ids.of(requestId, "reconnect request");
        return requests.withdraw(caller.workspaceId(), channel, request, caller.actor());
    }

    private static UUID channelId(String raw) {
        return Ids.of(raw, "channel");
    }
}
