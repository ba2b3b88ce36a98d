package io.relink.checks.boundary;

import io.relink.checks.control.CheckSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): this node's sweep finished a tick lately: within three
 * intervals and a minute (a sweep that stopped leaves tokens unchecked). A node with checks off is
 * ready without it.
 */
@Readiness
@ApplicationScoped
public class SweepHealth implements HealthCheck {

    @Inject Sweep sweep;
    @Inject CheckSettings settings;

    @Override
    public HealthCheckResponse call() {
        Instant last = sweep.lastSwept();
        if (last == null) {
            return HealthCheckResponse.named("sweep").up().withData("checks", "off").build();
        }
        Duration age = Duration.between(last, Instant.now());
        Duration limit = settings.interval().multipliedBy(3).plusMinutes(1);
        return HealthCheckResponse.named("sweep")
                .status(age.compareTo(limit) <= 0)
                .withData("lastTickSecondsAgo", age.toSeconds())
                .withData("limitSeconds", limit.toSeconds())
                .build();
    }
}
