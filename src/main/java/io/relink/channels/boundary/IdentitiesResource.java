package io.relink.channels.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;

import io.relink.channels.control.ChannelQuery;
import io.relink.channels.control.Identities;
import io.relink.channels.control.IdentityView;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.problems.Ids;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The identities of the caller's workspace: whose grant each channel hangs on, and which channels
 * would go dark if one person's tokens died. Paged like the channels.
 */
@Path("identities")
@Tag(name = ApiDefinition.IDENTITIES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdentitiesResource {

    @Inject Caller caller;
    @Inject Identities identities;
    @Context UriInfo uri;

    @GET
    @RolesAllowed(Scope.CHANNELS_READ)
    @Operation(operationId = "listIdentities", summary = "List the identities",
            description = "A page of the people (network accounts) whose grants the workspace's channels hang on, each with the linked "
                    + "channels its tokens reach, how many would go `DISCONNECTED` if its tokens died (`channelsAtRisk`), and where it holds "
                    + "the only token that is not dead (`singleToken`: add a second admin's token there). Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "A page of identities.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IdentityView.Page.class), examples = @ExampleObject(name = "one identity",
                    value = ApiExamples.IDENTITY_PAGE)))
    @APIResponse(responseCode = "400", description = "A bad `page` or `size`.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    public IdentityView.Page list(
            @Parameter(description = "The page, from 1.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Identities per page, 1 to 200.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("size") String size) {
        return identities.list(caller.workspaceId(), ChannelQuery.whole("page", page, 1, 1, Integer.MAX_VALUE),
                ChannelQuery.whole("size", size, ChannelQuery.DEFAULT_SIZE, 1, ChannelQuery.MAX_SIZE));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scope.CHANNELS_READ)
    @Operation(operationId = "getIdentity", summary = "Read an identity",
            description = "One identity with the channels it reaches and what its loss would cost. Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "The identity.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IdentityView.class), examples = @ExampleObject(name = "Jane Doe", value = ApiExamples.IDENTITY)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such identity in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public IdentityView one(@Parameter(description = "The identity's id.", example = "2b7e1516-28ae-4d2a-abf7-158809cf4f3c") @PathParam("id") String id) {
        return identities.view(caller.workspaceId(), identityId(id));
    }

    /** A malformed id names no identity: 404, like an unknown one. */
    static UUID identityId(String raw) {
        return Ids.of(raw, "identity");
    }
}
