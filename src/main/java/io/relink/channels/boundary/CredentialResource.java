package io.relink.channels.boundary;

import io.relink.channels.control.Credentials;
import io.relink.problems.Ids;
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

/**
 * A channel's credential, for downstream products: the best working access token (see {@link
 * Credentials}).
 */
@Path("channels/{id}/credential")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    @Inject Caller caller;
    @Inject Credentials credentials;

    /**
     * Never stored by a cache: the answer carries a secret, and the best token changes as tokens
     * die.
     */
    @GET
    @RolesAllowed(Scope.CREDENTIALS_READ)
    public Response read(@PathParam("id") String id) {
        return Response.ok(
                        credentials.read(
                                caller.workspaceId(), Ids.of(id, "channel"), caller.actor()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
