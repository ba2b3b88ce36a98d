package io.relink.sandbox;

import io.relink.problems.BodyLimit;
import io.relink.problems.ProblemMapper;
import io.relink.sandbox.boundary.ApiResource;
import io.relink.sandbox.boundary.AuthorizeResource;
import io.relink.sandbox.boundary.EarlyAnswerMapper;
import io.relink.sandbox.boundary.IntrospectResource;
import io.relink.sandbox.boundary.RevokeResource;
import io.relink.sandbox.boundary.SandboxSwitch;
import io.relink.sandbox.boundary.ScriptResource;
import io.relink.sandbox.boundary.TokenResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The SANDBOX network's HTTP face, under {@code /sandbox}, apart from Relink's own API.
 *
 * <p>Its classes are listed rather than scanned: a scanning application would also pick up Relink's
 * {@code /api/v1} resources and its API-key filter, and the network must not ask Relink's adapter
 * for a Relink API key. {@link SandboxSwitch} comes first and hides everything unless {@code
 * relink.sandbox.enabled}.
 */
@ApplicationPath("/sandbox")
public class SandboxApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                SandboxSwitch.class,
                EarlyAnswerMapper.class,
                ProblemMapper.class,
                BodyLimit.class,
                AuthorizeResource.class,
                TokenResource.class,
                IntrospectResource.class,
                RevokeResource.class,
                ApiResource.class,
                ScriptResource.class);
    }

    /**
     * No generated WADL: {@code OPTIONS} answers with {@code Allow} only, and {@code
     * application.wadl} does not exist. The API is described by the OpenAPI document.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
