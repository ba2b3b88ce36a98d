package io.relink.platform;

import io.relink.channels.boundary.ChannelsResource;
import io.relink.problems.ProblemMapper;
import io.relink.reconnect.boundary.CallbacksResource;
import io.relink.tokens.boundary.CredentialResource;
import io.relink.tokens.boundary.FailureReportsResource;
import io.relink.workspaces.boundary.ApiKeyAuthentication;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API, version 1. Every resource below it needs a workspace API key.
 *
 * <p>Its classes are listed rather than scanned: the WAR holds a second JAX-RS application (the
 * SANDBOX network under {@code /sandbox}), and a scanning application would serve the sandbox's
 * resources under {@code /api/v1} too, behind the API key filter.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ApiKeyAuthentication.class, ProblemMapper.class, JsonConfig.class, ChannelsResource.class, CallbacksResource.class,
                CredentialResource.class, FailureReportsResource.class);
    }
}
