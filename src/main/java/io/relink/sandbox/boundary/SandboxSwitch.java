package io.relink.sandbox.boundary;

import io.relink.problems.Problem;
import io.relink.sandbox.control.SandboxSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Map;

/**
 * Hides the whole SANDBOX network unless {@code relink.sandbox.enabled} is true: every request gets
 * a 404, as if nothing were there. Its scripting API has no authentication, so in production it
 * must not merely refuse, it must not exist. Registered by {@code SandboxApplication} only.
 */
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class SandboxSwitch implements ContainerRequestFilter {

    @Inject SandboxSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!settings.enabled()) {
            request.abortWith(
                    Problem.response(
                            404,
                            "not-found",
                            "Not Found",
                            "No such resource.",
                            request.getUriInfo().getRequestUri().getRawPath(),
                            Map.of()));
        }
    }
}
