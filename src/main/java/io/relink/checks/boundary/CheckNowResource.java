package io.relink.checks.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;
import io.relink.channels.control.ChannelView;
import io.relink.checks.control.CheckNow;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.problems.Ids;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Check now": a person or an integration has a channel's tokens checked at once, under its own name. */
@Path("channels")
@Tag(name = ApiDefinition.CHANNELS)
@RequestScoped
@RolesAllowed(Scope.CHANNELS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class CheckNowResource {

    @Inject Caller caller;
    @Inject CheckNow checkNow;

    /** Checks the channel's tokens now, synchronously, and answers the channel as it stands after. */
    @POST
    @Path("{id}/check")
    @RolesAllowed(Scope.CHANNELS_WRITE)
    @Operation(operationId = "checkChannel", summary = "Check a channel now",
            description = "Checks every token of the channel at its network now, synchronously, and answers the channel as it stands after. "
                    + "Written to the history (`channel.checked`) under the caller's name. Scope `channels:write`.")
    @APIResponse(responseCode = "200", description = "The channel after the check.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChannelView.class), examples = @ExampleObject(name = "connected",
                    value = ApiExamples.CHANNEL_CONNECTED)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, or another workspace's id).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "The channel is unlinked: it is not checked any more.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "503", description = "Relink cannot ask the channel's network (no adapter yet, not configured, or busy). "
            + "Lifespans were still checked.", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM),
                    examples = @ExampleObject(name = "network not configured", value = ApiExamples.PROBLEM_UNAVAILABLE)))
    public ChannelView check(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id) {
        return checkNow.check(caller.workspaceId(), channelId(id), caller.actor());
    }

    private static UUID channelId(String raw) {
        return Ids.of(raw, "channel");
    }
}
