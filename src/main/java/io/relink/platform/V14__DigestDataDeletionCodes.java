package io.relink.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Data-deletion confirmation codes are secrets (whoever holds one reads that request's status), so
 * the database keeps only their SHA-256, as it does for every other secret: this turns the codes
 * kept in clear before into their digests, in the same column ({@code
 * data_deletion.confirmation_code}, 64 characters either way). In Java rather than SQL because H2
 * and PostgreSQL spell SHA-256 differently, and the schema is written for both.
 */
public class V14__DigestDataDeletionCodes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("select confirmation_code from data_deletion");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement(
                        "update data_deletion set confirmation_code = ? where confirmation_code"
                                + " = ?")) {
            for (String code : codes) {
                update.setString(1, OneTimeSecret.digest(code));
                update.setString(2, code);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
