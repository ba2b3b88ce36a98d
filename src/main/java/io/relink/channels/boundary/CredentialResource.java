package io.relink.channels.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;

import io.relink.problems.Ids;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.channels.control.Credential;
import io.relink.channels.control.Credentials;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A channel's credential, for downstream products: the best working access token (see {@link
 * Credentials}).
 */
@Path("channels/{id}/credential")
@Tag(name = ApiDefinition.INTEGRATION)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    @Inject Caller caller;
    @Inject Credentials credentials;

    /** Never stored by a cache: the answer carries a secret, and the best token changes as tokens die. */
    @GET
    @RolesAllowed(Scope.CREDENTIALS_READ)
    @Operation(operationId = "readCredential", summary = "Read a channel's credential",
            description = "The channel's best working access token, for a downstream product to call the network with: valid before "
                    + "expiring, the latest lapse first. Read it before each use rather than keeping it: when a token dies, the next read "
                    + "fails over to another working one. Every read is in the channel's history (`credential.read`) under the key's name. "
                    + "Scope `credentials:read` (no member role has it).")
    @APIResponse(responseCode = "200", description = "The credential. Never stored by a cache.",
            headers = @Header(name = "Cache-Control", description = "`no-store`", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Credential.class),
                    examples = @ExampleObject(name = "Facebook page token", value = ApiExamples.CREDENTIAL)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such channel in this workspace (unknown, malformed, another workspace's id, or unlinked).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "No token of the channel works (`DISCONNECTED`, or only `UNVERIFIED` tokens left); `state` and `cause` say why.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM),
                    examples = @ExampleObject(name = "no working token", value = ApiExamples.PROBLEM_NO_WORKING_TOKEN)))
    public Response read(@Parameter(description = "The channel's id.", example = "8f14e45f-ceea-4e7a-9f3b-2c1d5a7b6e90") @PathParam("id") String id) {
        return Response.ok(credentials.read(caller.workspaceId(), Ids.of(id, "channel"), caller.actor()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
