package io.relink.workspaces.boundary;

import io.relink.problems.Problem;
import io.relink.problems.ProblemException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed}, {@link PermitAll} and {@link DenyAll} on the REST resources (the
 * method's annotation wins over the class's). A resource with none of them needs an authenticated
 * caller. No caller is a 401; a caller without the scope is a 403 that names the scopes that would
 * do.
 *
 * <p>Why not Jersey's {@code RolesAllowedDynamicFeature}: it would tie the WAR to the server's
 * Jersey internals at compile time, and it answers 403 for both cases, where a client needs to know
 * whether to send a key or to ask for a wider one.
 */
@Provider
@ApplicationScoped
// Before the server's own role check (Payara registers one for @RolesAllowed, whose 401 says
// "Authentication not done (i.e. no JWT credential found)"): this one names what is missing.
@Priority(Priorities.AUTHENTICATION)
public class ScopeFilter implements ContainerRequestFilter {

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        AnnotatedElement rules =
                method.isAnnotationPresent(RolesAllowed.class)
                                || method.isAnnotationPresent(PermitAll.class)
                                || method.isAnnotationPresent(DenyAll.class)
                        ? method
                        : resource.getResourceClass();
        if (rules.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (security.getUserPrincipal() == null) {
            request.abortWith(
                    Problem.response(
                            ProblemException.unauthorized(
                                    "Send a workspace API key as 'Authorization: Bearer <key>'."),
                            path));
            return;
        }
        if (rules.isAnnotationPresent(DenyAll.class)) {
            request.abortWith(
                    Problem.response(ProblemException.forbidden("Nobody may do this."), path));
            return;
        }
        RolesAllowed allowed = rules.getAnnotation(RolesAllowed.class);
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(
                    Problem.response(
                            ProblemException.forbidden(
                                    "This needs "
                                            + (allowed.value().length == 1
                                                    ? "the scope "
                                                    : "one of the scopes ")
                                            + String.join(", ", allowed.value())
                                            + "; the key or member calling has not got it."),
                            path));
        }
    }
}
