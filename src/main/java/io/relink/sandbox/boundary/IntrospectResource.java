package io.relink.sandbox.boundary;

import io.relink.sandbox.control.Answers;
import io.relink.sandbox.control.BatchRequest;
import io.relink.sandbox.control.Inspection;
import io.relink.sandbox.control.SandboxStats;
import io.relink.sandbox.control.SandboxTokens;
import io.relink.sandbox.entity.Counter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Token introspection (RFC 7662 style), one token or a batch. Always {@code 200} for a known
 * client: a dead token is an answer ({@code "active":false} with its code), not an error. In a
 * batch, an account's outage fails only that account's items; the network's outage fails the call.
 */
@Path("oauth/introspect")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntrospectResource {

    @Inject SandboxStats stats;
    @Inject Troubles troubles;
    @Inject Clients clients;
    @Inject SandboxTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response one(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("token") String token,
            @FormParam("page") String page) {
        stats.count(Counter.INTROSPECTIONS);
        troubles.guardGlobal();
        clients.authenticate(authorization, clientId, clientSecret);
        if (Replies.blankToNull(token) == null) {
            throw Replies.invalidRequest("token is required.");
        }
        Inspection inspection = tokens.inspect(token, Replies.blankToNull(page), null);
        troubles.guard(inspection.trouble());
        return Replies.ok(Answers.introspection(inspection));
    }

    /** The body is JSON, so the client authenticates with HTTP Basic. */
    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response batch(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        stats.count(Counter.BATCHES);
        troubles.guardGlobal();
        clients.authenticate(authorization, null, null);
        BatchRequest request = BatchRequest.parse(body);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Inspection inspection : tokens.inspectAll(request.items())) {
            items.add(
                    inspection
                            .trouble()
                            .map(Answers::batchItem)
                            .orElseGet(() -> Answers.batchItem(inspection)));
        }
        return Replies.ok(Json.createObjectBuilder().add("items", items).build());
    }
}
