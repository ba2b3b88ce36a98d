package io.relink.workspaces.boundary;

import io.relink.problems.Ids;
import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.control.KeyRules;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The workspace's API keys, for owners (scope {@code admin}). A new key is shown once, in the
 * answer that creates it; afterwards only its prefix is. Revoked keys stay listed for the record.
 */
@Path("api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.ADMIN)
public class ApiKeysResource {

    @Inject Caller caller;
    @Inject ApiKeys keys;
    @Context UriInfo uri;

    @GET
    public List<KeyView> list() {
        return keys.of(caller.workspaceId()).stream().map(KeyView::of).toList();
    }

    /** {@code {"name": "Publisher", "scopes": ["channels:read", "credentials:read"]}} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.of(body, Set.of("name", "scopes"));
        String name = json.requiredText("name", 100);
        Set<String> scopes = new LinkedHashSet<>(json.texts("scopes", Scope.ALL.size(), 32));
        if (scopes.isEmpty()) {
            throw JsonBody.missing("scopes");
        }
        for (String scope : scopes) {
            if (!Scope.ALL.contains(scope)) {
                throw ProblemException.invalidParameter(
                        "scopes",
                        "Unknown scope '"
                                + scope
                                + "'; the scopes are "
                                + String.join(", ", Scope.ALL.stream().sorted().toList())
                                + ".");
            }
        }
        Set<String> refused = KeyRules.refused(caller.role().orElse(null), caller::may, scopes);
        if (!refused.isEmpty()) {
            throw ProblemException.forbidden(
                    "A key can only be given scopes its maker holds (owners may give any):"
                            + " not "
                            + String.join(", ", refused)
                            + ".");
        }
        ApiKeys.Issued issued = keys.issue(caller.workspaceId(), name, scopes, caller.actor());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(issued.key().id().toString()).build())
                .cacheControl(noStore)
                .entity(new Created(KeyView.of(issued.key()), issued.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public KeyView revoke(@PathParam("id") String id) {
        UUID keyId = Ids.of(id, "API key");
        return keys.revoke(caller.workspaceId(), keyId, caller.actor())
                .map(KeyView::of)
                .orElseThrow(() -> ProblemException.notFound("API key", id));
    }

    /** A key as listed: never its secret. */
    public record KeyView(
            UUID id,
            String name,
            String prefix,
            List<String> scopes,
            Instant createdAt,
            Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(
                    key.id(),
                    key.name(),
                    key.prefix(),
                    key.scopes().stream().sorted().toList(),
                    key.createdAt(),
                    key.revokedAt());
        }
    }

    /** The answer to a creation: the only time the key itself is shown. */
    public record Created(KeyView apiKey, String key) {}
}
