package io.relink.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): the database answers within two seconds. And liveness ({@code
 * /health/live}): the JVM has heap to spare.
 */
@ApplicationScoped
public class DatabaseHealth {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource database;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = database.getConnection()) {
                return HealthCheckResponse.named("database")
                        .status(connection.isValid(2))
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .build();
            } catch (SQLException failed) {
                // no message: this answer is open to anyone, and a driver's may name the server
                return HealthCheckResponse.named("database").down().build();
            }
        };
    }

    @Produces
    @Liveness
    HealthCheck heap() {
        return () -> {
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            long max = runtime.maxMemory();
            return HealthCheckResponse.named("heap")
                    .status(used < max * 0.95)
                    .withData("usedMiB", used >> 20)
                    .withData("maxMiB", max >> 20)
                    .build();
        };
    }
}
