package io.relink.workspaces.boundary;

import io.relink.problems.Problem;
import io.relink.problems.ProblemException;
import io.relink.workspaces.control.ApiKeys;
import io.relink.workspaces.entity.ApiKey;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authenticates every REST call with a workspace API key ({@code Authorization: Bearer <key>}).
 * A missing, malformed, unknown or revoked key gets a 401 problem and reaches no resource. Only
 * resources marked {@link PermitAll} (the networks' signed callbacks) take no key.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthentication implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject ApiKeys keys;
    @Inject Caller caller;

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            return; // network callbacks: they prove themselves with the network's signature instead
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            reject(request, "Send a workspace API key as 'Authorization: Bearer <key>'.");
            return;
        }
        Optional<ApiKey> key = keys.recognize(header.substring(BEARER.length()).strip());
        if (key.isEmpty()) {
            reject(request, "The API key is unknown or was revoked.");
            return;
        }
        ApiKey known = key.get();
        caller.authenticate(known.workspace().id(), "api-key:" + known.name());
    }

    private static void reject(ContainerRequestContext request, String detail) {
        request.abortWith(Problem.response(ProblemException.unauthorized(detail), request.getUriInfo().getRequestUri().getRawPath()));
    }
}
