package io.relink.workspaces.boundary;

import static io.relink.platform.ApiDefinition.FORBIDDEN;
import static io.relink.platform.ApiDefinition.PROBLEM;
import static io.relink.platform.ApiDefinition.PROBLEM_JSON;
import static io.relink.platform.ApiDefinition.TOO_LARGE;
import static io.relink.platform.ApiDefinition.UNAUTHORIZED;
import static io.relink.platform.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import io.relink.platform.ApiDefinition;
import io.relink.platform.ApiExamples;
import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.entity.ApiKey;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.LinkedHashSet;
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
 * The workspace's API keys, for owners (scope {@code admin}). A new key is shown once, in the
 * answer that creates it; afterwards only its prefix is. Revoked keys stay listed for the record.
 */
@Path("api-keys")
@Tag(name = ApiDefinition.API_KEYS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.ADMIN)
public class ApiKeysResource {

    @Inject Caller caller;
    @Inject ApiKeys keys;
    @Context UriInfo uri;

    @GET
    @Operation(operationId = "listApiKeys", summary = "List the API keys",
            description = "The workspace's keys, newest first, revoked ones included for the record; only each key's prefix, never the key. "
                    + "Scope `admin`.")
    @APIResponse(responseCode = "200", description = "The keys.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = KeyView.class),
            examples = @ExampleObject(name = "one live, one revoked", value = ApiExamples.API_KEYS)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    public List<KeyView> list() {
        return keys.of(caller.workspaceId()).stream().map(KeyView::of).toList();
    }

    /** {@code {"name": "Publisher", "scopes": ["channels:read", "credentials:read"]}} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "A new key with a name and scopes. The answer is the only time the key itself is shown (it is stored as a hash "
                    + "only), and is never cached. Give a downstream product `credentials:read` and `channels:write`. Scope `admin`.")
    @RequestBody(required = true, description = "A name people recognize, and the scopes the key may use.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = {"name", "scopes"}, properties = {
                        @SchemaProperty(name = "name", type = SchemaType.STRING, maxLength = 100),
                        @SchemaProperty(name = "scopes", type = SchemaType.ARRAY, implementation = String.class, minItems = 1, maxItems = 4, uniqueItems = true,
                                description = "Any of `channels:read`, `channels:write`, `credentials:read`, `admin`.")
                    }), examples = @ExampleObject(name = "a publisher's key", value = ApiExamples.API_KEY_REQUEST)))
    @APIResponse(responseCode = "201", description = "The key, shown this once.",
            headers = {
                @Header(name = "Location", description = "The key: `/api/v1/api-keys/{id}`.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Cache-Control", description = "`no-store`", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class),
                    examples = @ExampleObject(name = "created", value = ApiExamples.API_KEY_CREATED)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, an unknown field, `name` missing or over 100 characters, or `scopes` missing, empty or naming an unknown scope.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "413", ref = TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public Response create(String body) {
        JsonBody json = JsonBody.of(body, Set.of("name", "scopes"));
        String name = json.requiredText("name", 100);
        Set<String> scopes = new LinkedHashSet<>(json.texts("scopes", Scope.ALL.size(), 32));
        if (scopes.isEmpty()) {
            throw JsonBody.missing("scopes");
        }
        for (String scope : scopes) {
            if (!Scope.ALL.contains(scope)) {
                throw ProblemException.invalidParameter("scopes", "Unknown scope '" + scope + "'; the scopes are " + String.join(", ", Scope.ALL.stream().sorted().toList()) + ".");
            }
        }
        ApiKeys.Issued issued = keys.issue(caller.workspaceId(), name, scopes, caller.actor());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.key().id().toString()).build())
                .cacheControl(noStore).entity(new Created(KeyView.of(issued.key()), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "The key stops working at once (a caller using it gets 401); it stays listed with `revokedAt`. Revoking again "
                    + "changes nothing. Scope `admin`.")
    @APIResponse(responseCode = "200", description = "The revoked key.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyView.class), examples = @ExampleObject(name = "revoked", value = ApiExamples.API_KEY_REVOKED)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such key in this workspace.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public KeyView revoke(
            @Parameter(description = "The key's id (not the key).", example = "8f14e45f-ea3b-4c2d-9e1f-0a9b8c7d6e5f") @PathParam("id") String id) {
        UUID keyId = Ids.of(id, "API key");
        return keys.revoke(caller.workspaceId(), keyId, caller.actor()).map(KeyView::of).orElseThrow(() -> ProblemException.notFound("API key", id));
    }

    /** A key as listed: never its secret. */
    @Schema(name = "ApiKey")
    public record KeyView(UUID id, String name, String prefix, List<String> scopes, Instant createdAt, Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.name(), key.prefix(), key.scopes().stream().sorted().toList(), key.createdAt(), key.revokedAt());
        }
    }

    /** The answer to a creation: the only time the key itself is shown. */
    @Schema(name = "CreatedApiKey")
    public record Created(KeyView apiKey, String key) {}
}
