package io.relink.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. Hibernate
 * never creates or alters tables. Flyway's own lock makes concurrent starts of several nodes safe.
 */
@Singleton
@Startup
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        var result =
                Flyway.configure(Migrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .javaMigrations(
                                new V14__DigestDataDeletionCodes(), new V22__ChannelTextIndexes())
                        .load()
                        .migrate();
        LOG.info(
                "Database schema at version "
                        + result.targetSchemaVersion
                        + " ("
                        + result.migrationsExecuted
                        + " migrations applied now)");
    }
}
