package io.relink.reconnect.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.TOO_LARGE;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;
import static io.relink.platform.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import io.relink.networks.NetworkType;
import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.reconnect.control.Authorizations;
import io.relink.reconnect.control.Outcome;
import io.relink.reconnect.control.Reconnects;
import io.relink.reconnect.entity.AuthorizationFlow;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
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
 * Connecting a new identity, and following any authorization flow Relink started: its answer
 * tells where to send the person, and {@code GET /connections/{id}} tells what came of it.
 */
@Path("connections")
@Tag(name = ApiDefinition.CONNECTIONS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CHANNELS_WRITE)
public class ConnectionsResource {

    @Inject Caller caller;
    @Inject Reconnects reconnects;
    @Inject Authorizations authorizations;
    @Context UriInfo uri;

    /** {@code {"network": "SANDBOX"}}: connect a new identity; after consent, the channels it manages are created. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "connectIdentity", summary = "Start connecting a new identity",
            description = "Starts an authorization flow at the network. After the person consents, the channels their account manages "
                    + "are created (or brought back, if unlinked) with the new token. Scope `channels:write`.")
    @RequestBody(required = true, description = "The network to connect.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "network",
                    properties = @SchemaProperty(name = "network", type = SchemaType.STRING, description = "Upper case, as listed.",
                            enumeration = {"FACEBOOK", "INSTAGRAM", "LINKEDIN", "X", "YOUTUBE", "TIKTOK", "PINTEREST", "THREADS", "SANDBOX"})),
                    examples = @ExampleObject(name = "Facebook", value = ApiExamples.CONNECT_REQUEST)))
    @APIResponse(responseCode = "201", description = "The flow started: send the person to `authorizationUrl` before `expiresAt`; "
            + "`GET /api/v1/connections/{id}` (the `Location`) tells what came of it.",
            headers = @Header(name = "Location", description = "The flow: `/api/v1/connections/{id}`.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Started.class),
                    examples = @ExampleObject(name = "started", value = ApiExamples.FLOW_STARTED)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, an unknown field, or `network` missing or not one of the networks.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "413", ref = TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", description = "The network cannot be used here (no adapter yet, or not configured).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response connect(String body) {
        NetworkType network = JsonBody.of(body, Set.of("network")).constant("network", NetworkType.class)
                .orElseThrow(() -> JsonBody.missing("network"));
        return started(uri, reconnects.connect(caller.workspaceId(), network, caller.memberId(), caller.actor()));
    }

    /** Where a flow stands: waiting for consent, expired, or done with its outcome. */
    @GET
    @Path("{id}")
    @RolesAllowed(Scope.CHANNELS_READ)
    @Operation(operationId = "getConnection", summary = "Follow an authorization flow",
            description = "Where a flow started by any endpoint stands: `WAITING_FOR_CONSENT`, `IN_PROGRESS` (the network sent the person "
                    + "back; Relink is finishing), `EXPIRED`, or `COMPLETED` with its `outcome`: whose account consented, which channels "
                    + "it reached, and warnings (wrong account, permissions not granted, no refresh token). Scope `channels:read`.")
    @APIResponse(responseCode = "200", description = "The flow.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"id", "network", "purpose", "createdAt", "expiresAt", "status"},
                    properties = {
                        @SchemaProperty(name = "id", type = SchemaType.STRING, format = "uuid"),
                        @SchemaProperty(name = "network", type = SchemaType.STRING, example = "FACEBOOK"),
                        @SchemaProperty(name = "purpose", type = SchemaType.STRING, enumeration = {"CONNECT", "RECONNECT", "ADD_TOKEN"}),
                        @SchemaProperty(name = "createdAt", type = SchemaType.STRING, format = "date-time"),
                        @SchemaProperty(name = "expiresAt", type = SchemaType.STRING, format = "date-time",
                                description = "The consent must happen before this."),
                        @SchemaProperty(name = "status", type = SchemaType.STRING,
                                enumeration = {"WAITING_FOR_CONSENT", "IN_PROGRESS", "EXPIRED", "COMPLETED"}),
                        @SchemaProperty(name = "outcome", implementation = Outcome.class, description = "Only when `COMPLETED`.")
                    }),
            examples = {
                @ExampleObject(name = "completed", value = ApiExamples.CONNECTION_COMPLETED),
                @ExampleObject(name = "waiting for consent", value = ApiExamples.CONNECTION_WAITING)}))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such flow in this workspace.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response flow(
            @Parameter(description = "The flow's id, as its start answered it.", example = "9b2e4c6a-1d3f-4a5b-8c7d-6e5f4a3b2c1d")
            @PathParam("id") String id) {
        UUID flowId = Ids.of(id, "connection");
        AuthorizationFlow flow = authorizations.of(caller.workspaceId(), flowId).orElseThrow(() -> ProblemException.notFound("connection", id));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("id", flow.id().toString()).add("network", flow.network().name())
                .add("purpose", flow.purpose().name()).add("createdAt", flow.createdAt().toString()).add("expiresAt", flow.expiresAt().toString());
        String status = flow.outcome() != null ? "COMPLETED" : flow.usedAt() != null ? "IN_PROGRESS"
                : flow.expiresAt().isBefore(java.time.Instant.now()) ? "EXPIRED" : "WAITING_FOR_CONSENT";
        answer.add("status", status);
        if (flow.outcome() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(flow.outcome()))) {
                answer.add("outcome", reader.readObject());
            }
        }
        return Response.ok(answer.build().toString()).build();
    }

    /** The 201 every flow-starting endpoint answers: where to send the person, and until when. */
    public static Response started(UriInfo uri, Authorizations.Started started) {
        URI location = uri.getBaseUriBuilder().path("connections").path(started.id().toString()).build();
        return Response.created(location).entity(new Started(started.id(), started.authorizationUrl().toString(), started.expiresAt())).build();
    }

    /** Where to send the person to consent. */
    @Schema(name = "StartedFlow")
    public record Started(UUID id, String authorizationUrl, java.time.Instant expiresAt) {}
}
