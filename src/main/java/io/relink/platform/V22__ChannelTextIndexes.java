package io.relink.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The channel list's text filter ({@code q}: a part of the name or of the network's id, any case)
 * is a {@code lower(...) like '%…%'}, which no ordinary index serves: at 100,000 channels each page
 * and its count read every channel (50-100 ms each). On PostgreSQL, trigram indexes ({@code
 * pg_trgm}) find the few channels that match. In Java because only PostgreSQL has them: on H2 (demo
 * mode, tests) this does nothing, and where the database user may not create the extension the
 * filter keeps working without the indexes, as before (said in the log).
 */
public class V22__ChannelTextIndexes extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V22__ChannelTextIndexes.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            Savepoint before = connection.setSavepoint();
            try {
                statement.execute("create extension if not exists pg_trgm");
                connection.releaseSavepoint(before);
            } catch (SQLException notAllowed) {
                connection.rollback(before);
                LOG.warning(
                        "The channel list's text filter reads every channel of a workspace: the"
                                + " database user may not create the extension pg_trgm ("
                                + notAllowed.getMessage()
                                + "). Create it as a superuser and add the indexes of "
                                + V22__ChannelTextIndexes.class.getName()
                                + " by hand for a fast filter.");
                return;
            }
            statement.execute(
                    "create index if not exists channel_name_trigrams on channel using gin (lower(name)"
                            + " gin_trgm_ops)");
            statement.execute(
                    "create index if not exists channel_external_id_trigrams on channel using gin"
                            + " (lower(external_id) gin_trgm_ops)");
        }
    }
}
