package io.relink.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SANDBOX network's configuration ({@code relink.sandbox.*}), read once. Defaults here repeat
 * those of microprofile-config.properties, so that a test deployment without that file behaves the
 * same.
 */
@ApplicationScoped
public class SandboxSettings {

    /** Off unless demo mode (or a test) switches it on: the scripting API has no authentication. */
    @Inject
    @ConfigProperty(name = "relink.sandbox.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "relink.sandbox.client-id")
    String clientId;

    /**
     * Its default (sandbox-demo-secret, in microprofile-config.properties) is the one secret with a
     * default, acceptable only because the sandbox is switched off outside demo mode and tests,
     * where it guards nothing real.
     */
    @Inject
    @ConfigProperty(name = "relink.sandbox.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "relink.sandbox.access-lifetime")
    Duration accessLifetime;

    @Inject
    @ConfigProperty(name = "relink.sandbox.refresh-lifetime")
    Duration refreshLifetime;

    @Inject
    @ConfigProperty(name = "relink.sandbox.slow-answer")
    Duration slowAnswer;

    @Inject
    @ConfigProperty(name = "relink.sandbox.deauthorize-url")
    Optional<String> deauthorizeUrl;

    public boolean enabled() {
        return enabled;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Duration accessLifetime() {
        return accessLifetime;
    }

    public Duration refreshLifetime() {
        return refreshLifetime;
    }

    public Duration slowAnswer() {
        return slowAnswer;
    }

    public Optional<String> deauthorizeUrl() {
        return deauthorizeUrl.filter(url -> !url.isBlank());
    }
}
