package io.relink.reconnect.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.TOO_LARGE;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;
import static io.relink.platform.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;
import io.relink.channels.control.ChannelView;
import io.relink.reconnect.boundary.ConnectionsResource;
import io.relink.reconnect.control.ReconnectRequests;
import io.relink.reconnect.control.Reconnects;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What people and integrations do to a channel's tokens: reconnect it, add a further token, remove
 * one token, unlink it, and ask the account owner to reconnect (delegated reconnect links).
 */
@Path("channels")
@Tag(name = ApiDefinition.CHANNELS)
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
    @Operation(operationId = "reconnectChannel", summary = "Start reconnecting a channel",
            description = "Starts an authorization flow at the channel's network. After the person consents, the new token replaces the old "
                    + "one on every channel the same identity reaches, and the flow's outcome says which. Started by a member, the network "
                    + "returns the person to the Connection Center; by an API key, to a short result page. Scope `channels:write`.")
    @APIResponse(responseCode = "201", description = "The flow started: send the person to `authorizationUrl` before `expiresAt`; "
            + "`GET /api/v1/connections/{id}` (the `Location`) tells what came of it.",
            headers = @Header(name = "Location", description = "The flow: `/api/v1/connections/{id}`.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionsResource.Started.class),
                    examples = @ExampleObject(name = "started", value = ApiExamples.FLOW_STARTED)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "The channel is unlinked; connect its account again to bring it back.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "503", description = "The channel's network cannot be used here (no adapter yet, or not configured).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response reconnect(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id) {
        return ConnectionsResource.started(uri, reconnects.reconnectChannel(caller.workspaceId(), channelId(id), caller.memberId(), caller.actor()));
    }

    /** Starts adding a further identity's token to the channel, so that it survives either's death. */
    @POST
    @Path("{id}/tokens")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    @Operation(operationId = "addChannelToken", summary = "Start adding a further token to a channel",
            description = "Starts an authorization flow for another admin of the channel: their token is added beside the existing ones, so "
                    + "the channel survives either's death (failover). Scope `channels:write`.")
    @APIResponse(responseCode = "201", description = "The flow started: send the person to `authorizationUrl` before `expiresAt`; "
            + "`GET /api/v1/connections/{id}` (the `Location`) tells what came of it.",
            headers = @Header(name = "Location", description = "The flow: `/api/v1/connections/{id}`.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionsResource.Started.class),
                    examples = @ExampleObject(name = "started", value = ApiExamples.FLOW_STARTED)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "The channel is unlinked; connect its account again to bring it back.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "503", description = "The channel's network cannot be used here (no adapter yet, or not configured).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response addToken(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id) {
        return ConnectionsResource.started(uri, reconnects.addToken(caller.workspaceId(), channelId(id), caller.memberId(), caller.actor()));
    }

    /** Removes one token (revoked at the network where that cuts nothing else); not the last one. */
    @DELETE
    @Path("{id}/tokens/{tokenId}")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    @Operation(operationId = "removeChannelToken", summary = "Remove one token from a channel",
            description = "Removes the token and erases its secrets. It is revoked at the network only when its identity reaches no other "
                    + "linked channel (on several networks revoking cuts the whole grant). Not the channel's last token: unlink the channel "
                    + "instead. Scope `channels:write`.")
    @APIResponse(responseCode = "200", description = "The channel without the token.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChannelView.class), examples = @ExampleObject(name = "one token left",
                    value = ApiExamples.CHANNEL_CONNECTED)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace, or no such token on it.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "The channel is unlinked, or this is its only token.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public ChannelView removeToken(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id,
            @Parameter(description = "The token's id, as the channel lists it.", example = "5f0c6a1e-3b2d-4c8e-9a71-0d2e4f6b8c13")
            @PathParam("tokenId") String tokenId) {
        UUID channel = channelId(id);
        UUID token = Ids.of(tokenId, "token");
        return reconnects.removeToken(caller.workspaceId(), channel, token, caller.actor());
    }

    /** Unlinks the channel: revoked where possible, secrets erased, history kept; answers the channel, now UNLINKED. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    @Operation(operationId = "unlinkChannel", summary = "Unlink a channel",
            description = "Revokes the channel's tokens at the network where that cuts nothing else (best effort: a network that refuses "
                    + "does not stop the unlink), erases their secrets and keeps the history. Unlinking again changes nothing. "
                    + "Scope `channels:write`.")
    @APIResponse(responseCode = "200", description = "The channel, now `UNLINKED`.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChannelView.class), examples = @ExampleObject(name = "unlinked",
                    value = ApiExamples.CHANNEL_UNLINKED)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public ChannelView unlink(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id) {
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
    @Operation(operationId = "requestChannelReconnect", summary = "Ask the account owner to reconnect",
            description = "Sends the real account owner, who needs no Relink account, an e-mail with a single-use link that reconnects "
                    + "this channel (valid 7 days by default). The request exists only if the mail server accepted the message; sending is "
                    + "in the channel's history. Scope `channels:write`.")
    @RequestBody(required = true, description = "Who to ask, and an optional note that goes into the e-mail.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "email",
                    properties = {
                        @SchemaProperty(name = "email", type = SchemaType.STRING, maxLength = 320, description = "One e-mail address."),
                        @SchemaProperty(name = "message", type = SchemaType.STRING, maxLength = 1000, description = "A note from the team.")
                    }), examples = @ExampleObject(name = "ask Jane", value = ApiExamples.RECONNECT_REQUEST_BODY)))
    @APIResponse(responseCode = "201", description = "The link was sent.",
            headers = @Header(name = "Location", description = "The request.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconnectRequests.View.class),
                    examples = @ExampleObject(name = "pending", value = ApiExamples.RECONNECT_REQUEST)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, an unknown field, or a missing or invalid `email` or `message`.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "The channel is unlinked; there is nothing to reconnect.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "413", ref = TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", description = "The mail server did not take the message; nothing was sent, try again.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response requestReconnect(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id, String body) {
        UUID channel = channelId(id);
        JsonBody json = JsonBody.of(body, Set.of("email", "message"));
        ReconnectRequests.View sent = requests.send(caller.workspaceId(), channel, json.requiredText("email", 320),
                json.text("message", 1000).orElse(null), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(sent.id().toString()).build()).entity(sent).build();
    }

    @GET
    @Path("{id}/reconnect-requests")
    @Operation(operationId = "listChannelReconnectRequests", summary = "List a channel's reconnect links",
            description = "Every reconnect link sent for the channel, newest first, with its status (`PENDING`, `USED`, `WITHDRAWN`, "
                    + "`EXPIRED`); never the link itself. Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "The channel's reconnect requests.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReconnectRequests.View.class),
            examples = @ExampleObject(name = "one pending", value = ApiExamples.RECONNECT_REQUESTS)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public List<ReconnectRequests.View> reconnectRequests(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id) {
        return requests.of(caller.workspaceId(), channelId(id));
    }

    /** Withdraws a pending reconnect link: it stops working at once. */
    @DELETE
    @Path("{id}/reconnect-requests/{requestId}")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    @Operation(operationId = "withdrawChannelReconnectRequest", summary = "Withdraw a reconnect link",
            description = "A pending link stops working at once; one that was used, withdrawn or expired already stays as it is. "
                    + "Scope `channels:write`.")
    @APIResponse(responseCode = "200", description = "The request as it stands.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReconnectRequests.View.class), examples = @ExampleObject(name = "withdrawn",
                    value = ApiExamples.RECONNECT_REQUEST_WITHDRAWN)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace, or no such request for it.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public ReconnectRequests.View withdrawReconnectRequest(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id,
            @Parameter(description = "The reconnect request's id.", example = "e4da3b7f-bbce-4345-9777-2b0674a318d5")
            @PathParam("requestId") String requestId) {
        UUID channel = channelId(id);
        UUID request = Ids.of(requestId, "reconnect request");
        return requests.withdraw(caller.workspaceId(), channel, request, caller.actor());
    }

    private static UUID channelId(String raw) {
        return Ids.of(raw, "channel");
    }
}
