package io.relink.sandbox.boundary;

import io.relink.sandbox.control.SandboxOutages;
import io.relink.sandbox.control.SandboxTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Token revocation (RFC 7009): {@code 200} with no body, whether or not the token was known. */
@Path("oauth/revoke")
@RequestScoped
public class RevokeResource {

    @Inject Troubles troubles;
    @Inject Clients clients;
    @Inject SandboxOutages outages;
    @Inject SandboxTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("token") String token) {
        troubles.guardGlobal();
        clients.authenticate(authorization, clientId, clientSecret);
        if (Replies.blankToNull(token) == null) {
            throw Replies.invalidRequest("token is required.");
        }
        troubles.guard(outages.ofToken(token));
        tokens.revoke(token);
        return Response.ok().build();
    }
}
