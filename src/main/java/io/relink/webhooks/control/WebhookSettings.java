package io.relink.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhook delivery settings ({@code relink.webhooks.*}), read once. */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "relink.webhooks.disable-after")
    Duration disableAfter;

    @Inject
    @ConfigProperty(name = "relink.webhooks.timeout")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "relink.webhooks.lease")
    Duration lease;

    @Inject
    @ConfigProperty(name = "relink.webhooks.previous-secret-life")
    Duration previousSecretLife;

    @Inject
    @ConfigProperty(name = "relink.webhooks.allow-loopback")
    boolean allowLoopback;

    @Inject
    @ConfigProperty(name = "relink.webhooks.batch-size")
    int batchSize;

    public Duration disableAfter() {
        return disableAfter;
    }

    public Duration timeout() {
        return timeout;
    }

    public Duration lease() {
        return lease;
    }

    public Duration previousSecretLife() {
        return previousSecretLife;
    }

    /** Demo mode and tests: http to loopback receivers is allowed. */
    public boolean allowLoopback() {
        return allowLoopback;
    }

    @Inject
    @ConfigProperty(name = "relink.webhooks.concurrency")
    int concurrency;

    /** How many deliveries a node sends at once (at least one). */
    public int concurrency() {
        return Math.max(1, concurrency);
    }

    public int batchSize() {
        return batchSize;
    }
}
