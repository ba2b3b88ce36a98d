package io.relink.reconnect.boundary;

import io.relink.networks.NetworkType;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.reconnect.control.ConnectionFlows;
import io.relink.reconnect.control.Reconnects;
import io.relink.reconnect.entity.ConnectionFlow;
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

/**
 * Connecting a new identity, and following any authorization flow Relink started: its answer tells
 * where to send the person, and {@code GET /connections/{id}} tells what came of it.
 */
@Path("connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.CHANNELS_WRITE)
public class ConnectionsResource {

    @Inject Caller caller;
    @Inject Reconnects reconnects;
    @Inject ConnectionFlows authorizations;
    @Context UriInfo uri;

    /**
     * {@code {"network": "SANDBOX"}}: connect a new identity; after consent, the channels it
     * manages are created.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response connect(String body) {
        NetworkType network =
                JsonBody.of(body, Set.of("network"))
                        .constant("network", NetworkType.class)
                        .orElseThrow(() -> JsonBody.missing("network"));
        return started(
                uri,
                reconnects.connect(
                        caller.workspaceId(), network, caller.personId(), caller.actor()));
    }

    /** Where a flow stands: waiting for consent, expired, or done with its outcome. */
    @GET
    @Path("{id}")
    @RolesAllowed(Scope.CHANNELS_READ)
    public Response flow(@PathParam("id") String id) {
        UUID flowId = Ids.of(id, "connection");
        ConnectionFlow flow =
                authorizations
                        .of(caller.workspaceId(), flowId)
                        .orElseThrow(() -> ProblemException.notFound("connection", id));
        JsonObjectBuilder answer =
                Json.createObjectBuilder()
                        .add("id", flow.id().toString())
                        .add("network", flow.network().name())
                        .add("purpose", flow.purpose().name())
                        .add("createdAt", flow.createdAt().toString())
                        .add("expiresAt", flow.expiresAt().toString());
        String status =
                flow.outcome() != null
                        ? "COMPLETED"
                        : flow.usedAt() != null
                                ? "IN_PROGRESS"
                                : flow.expiresAt().isBefore(java.time.Instant.now())
                                        ? "EXPIRED"
                                        : "WAITING_FOR_CONSENT";
        answer.add("status", status);
        if (flow.outcome() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(flow.outcome()))) {
                answer.add("outcome", reader.readObject());
            }
        }
        return Response.ok(answer.build().toString()).build();
    }

    /** The 201 every flow-starting endpoint answers: where to send the person, and until when. */
    public static Response started(UriInfo uri, ConnectionFlows.Started started) {
        URI location =
                uri.getBaseUriBuilder().path("connections").path(started.id().toString()).build();
        return Response.created(location)
                .entity(
                        new Started(
                                started.id(),
                                started.authorizationUrl().toString(),
                                started.expiresAt()))
                .build();
    }

    /** Where to send the person to consent. */
    public record Started(UUID id, String authorizationUrl, java.time.Instant expiresAt) {}
}
