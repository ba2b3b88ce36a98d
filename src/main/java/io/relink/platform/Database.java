package io.relink.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Relink's one datasource. The URL alone chooses the database: by default an embedded H2 file under
 * ./data (so data survives a restart), PostgreSQL when {@code RELINK_DB_URL} says so.
 *
 * <p>The defaults sit inside the placeholders on purpose, the one exception to every default living
 * in microprofile-config.properties (R4 of {@code io.relink.platform}): Payara resolves {@code
 * MPCONFIG} placeholders without the WAR's own properties file, so a default written there would
 * never be seen, and overrides come from the environment or system properties only.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "io.relink.platform.UrlDataSource",
        url = "${MPCONFIG=relink.db.url:jdbc:h2:file:./data/relink}",
        user = "${MPCONFIG=relink.db.user:relink}",
        password = "${MPCONFIG=relink.db.password:relink}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // Unwrapped statements and result sets: Payara's wrapper looked the driver's
        // getObject(int, Class) up by reflection on every UUID and timestamp read, a quarter of a
        // channel list's time at 100,000 channels (src/docs/benchmarks.md). Connections are still
        // the pool's.
        properties = {"fish.payara.wrap-jdbc-objects=false"})
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/relink";
}
