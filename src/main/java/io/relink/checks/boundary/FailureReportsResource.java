package io.relink.checks.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;
import static io.relink.platform.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import io.relink.problems.Ids;
import io.relink.checks.control.FailureReport;
import io.relink.checks.control.FailureReports;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Failure reports from downstream products: the raw error a network answered them, read at once
 * with that network's rules (see {@link FailureReports}). The body arrives as text and is parsed
 * strictly by {@link FailureReport}, so that a wrong type is a 400 naming the field.
 */
@Path("channels/{id}/failures")
@Tag(name = ApiDefinition.INTEGRATION)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FailureReportsResource {

    @Inject Caller caller;
    @Inject FailureReports reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CHANNELS_WRITE)
    @Operation(operationId = "reportFailure", summary = "Report a network's refusal",
            description = "A downstream product reports the error a network answered it, as it came; Relink reads it with that network's "
                    + "own rules and acts at once. `DEAD`: a definitive rejection; a token Relink cannot refresh dies now, a refreshable one "
                    + "is refreshed and checked once more first (read the credential again). `TRANSIENT` (the network down or limiting) and "
                    + "`IGNORED` (a success, or an error about the call, not the token): nothing changes. Every report is in the channel's "
                    + "history (`failure.reported`). Scope `channels:write`.")
    @RequestBody(required = true, description = "The network's answer exactly as it came, and the token the credential read gave. Without "
            + "`tokenId` Relink takes the channel's best working token now, which is the wrong one if the channel failed over since.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "httpStatus", properties = {
                        @SchemaProperty(name = "tokenId", type = SchemaType.STRING, format = "uuid",
                                description = "The token used, as the credential read named it."),
                        @SchemaProperty(name = "httpStatus", type = SchemaType.INTEGER, minimum = "100", maximum = "599",
                                description = "The HTTP status the network answered."),
                        @SchemaProperty(name = "body", type = SchemaType.STRING, maxLength = 65536,
                                description = "The network's response body as it came (a JSON answer too, as a string), at most 64 KiB "
                                        + "in UTF-8; empty or absent when it sent none.")
                    }), examples = {
                        @ExampleObject(name = "Facebook: password changed", value = ApiExamples.FAILURE_REPORT),
                        @ExampleObject(name = "rate limited", value = ApiExamples.FAILURE_REPORT_RATE_LIMITED)}))
    @APIResponse(responseCode = "200", description = "What the network's rules make of the error, what Relink did, and the channel after.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FailureReports.Reclassified.class),
                    examples = @ExampleObject(name = "token died", value = ApiExamples.RECLASSIFIED)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, `tokenId` not a UUID, `httpStatus` missing, not whole or outside 100–599, `body` not a string or over 64 KiB.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (or unlinked), or `tokenId` is not one of its tokens.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "No `tokenId` was given and no token of the channel works.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM),
                    examples = @ExampleObject(name = "no working token", value = ApiExamples.PROBLEM_NO_WORKING_TOKEN)))
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", description = "The channel's network cannot be used now (no adapter, not configured, or busy): nothing was read or changed; send the report again later.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public FailureReports.Reclassified report(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id, String body) {
        UUID channel = Ids.of(id, "channel");
        return reports.report(caller.workspaceId(), channel, FailureReport.parse(body), caller.actor());
    }
}
