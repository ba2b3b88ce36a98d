package io.relink.reconnect.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.problems.Ids;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.relink.reconnect.boundary.ConnectionsResource;
import io.relink.reconnect.control.Reconnects;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reconnects an identity: one consent renews every channel its grant reaches. */
@Path("identities")
@Tag(name = ApiDefinition.IDENTITIES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdentityReconnectsResource {

    @Inject Caller caller;
    @Inject Reconnects reconnects;
    @Context UriInfo uri;

    /** Starts a reconnect of the identity: after consent, every channel it reaches gets the new token at once. */
    @POST
    @Path("{id}/reconnect")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    @Operation(operationId = "reconnectIdentity", summary = "Start reconnecting an identity",
            description = "Starts an authorization flow at the identity's network; after the person consents, every channel the identity "
                    + "reaches gets the new token at once. Scope `channels:write`.")
    @APIResponse(responseCode = "201", description = "The flow started: send the person to `authorizationUrl` before `expiresAt`; "
            + "`GET /api/v1/connections/{id}` (the `Location`) tells what came of it.",
            headers = @Header(name = "Location", description = "The flow: `/api/v1/connections/{id}`.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionsResource.Started.class),
                    examples = @ExampleObject(name = "started", value = ApiExamples.FLOW_STARTED)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such identity in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "503", description = "The identity's network cannot be used here (no adapter yet, or not configured).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response reconnect(@Parameter(description = "The identity's id.", example = "2b7e1516-28ae-4d2a-abf7-158809cf4f3c") @PathParam("id") String id) {
        return ConnectionsResource.started(uri, reconnects.reconnectIdentity(caller.workspaceId(), identityId(id), caller.memberId(), caller.actor()));
    }

    private static UUID identityId(String raw) {
        return Ids.of(raw, "identity");
    }
}
