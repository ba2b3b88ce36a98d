package io.relink.channels.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;

import io.relink.channels.control.Summaries;
import io.relink.channels.control.SummaryView;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The numbers of the caller's workspace: channels per state and network, healthy share, coming expirations. */
@Path("summary")
@Tag(name = ApiDefinition.SUMMARY)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject Caller caller;
    @Inject Summaries summaries;

    @GET
    @RolesAllowed(Scope.CHANNELS_READ)
    @Operation(operationId = "getSummary", summary = "The workspace in numbers",
            description = "Linked channels only: how many per state (`byState`, every state but `UNLINKED`, zeros included) and per network, "
                    + "how many are healthy (`CONNECTED` or `EXPIRING`) and their share (three decimals, null without channels), and the "
                    + "tokens that lapse unless a person acts, by ISO week (Monday, UTC) over the coming 60 days. Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "The numbers.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SummaryView.class), examples = @ExampleObject(name = "42 channels", value = ApiExamples.SUMMARY)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    public SummaryView summary() {
        return summaries.summarize(caller.workspaceId());
    }
}
