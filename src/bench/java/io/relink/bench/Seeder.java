package io.relink.bench;

import io.relink.platform.OneTimeSecret;
import io.relink.security.Sealer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a migrated, empty Relink database with one workspace of {@code channels} SANDBOX channels
 * and {@code tokens} tokens (spread evenly over the channels), one identity per {@value
 * #CHANNELS_PER_IDENTITY} channels, and an API key, by PostgreSQL {@code COPY}: minutes for a
 * million tokens instead of hours through the demo's one-by-one seeding.
 *
 * <p>Every token is working, not refreshable, without an end, and due for a check; its access
 * secret is sealed by the real {@link Sealer} over the keyset the node will use, bound to its id as
 * {@code TokenVault} binds it, so the node opens it like any other. Channels are stored CONNECTED,
 * as the sweep would derive them, so that the sweep's work is the checks alone.
 */
final class Seeder {

    static final int CHANNELS_PER_IDENTITY = 10;
    private static final int CHUNK = 10_000;

    private final Connection db;
    private final Sealer sealer;
    private final UUID workspace = UUID.randomUUID();

    Seeder(Connection db, Sealer sealer) {
        this.db = db;
        this.sealer = sealer;
    }

    /**
     * Seeds everything and returns the workspace's API key (scopes {@code channels:read admin}: P4
     * makes a webhook). The first {@code due} tokens are due at {@code dueAt}; the others a week
     * after now, stored but not the sweep's work (what an idle tick has to look past).
     */
    String seed(int channels, int tokens, int due, Instant dueAt) throws SQLException {
        Instant now = Instant.now();
        String key = "rk_bench_scale_" + UUID.randomUUID().toString().replace("-", "");
        try (PreparedStatement ws =
                        db.prepareStatement(
                                "insert into workspace (id, name, created_at) values (?, 'Scale', ?)");
                PreparedStatement apiKey =
                        db.prepareStatement(
                                "insert into api_key (id, workspace_id, name, prefix, key_hash,"
                                        + " scopes, created_at) values (?, ?, 'bench', ?, ?,"
                                        + " 'channels:read admin', ?)")) {
            ws.setObject(1, workspace);
            ws.setObject(2, java.sql.Timestamp.from(now));
            ws.executeUpdate();
            apiKey.setObject(1, UUID.randomUUID());
            apiKey.setObject(2, workspace);
            apiKey.setString(3, key.substring(0, 10));
            apiKey.setString(4, OneTimeSecret.digest(key));
            apiKey.setObject(5, java.sql.Timestamp.from(now));
            apiKey.executeUpdate();
        }
        int identities = (channels + CHANNELS_PER_IDENTITY - 1) / CHANNELS_PER_IDENTITY;
        UUID[] identityIds = ids(identities);
        UUID[] channelIds = ids(channels);
        identities(identityIds, "scale-user-%07d", "Scale person %07d", now);
        channels(channelIds, "scale-%07d", "Scale page %07d", now);
        Instant later = now.plus(java.time.Duration.ofDays(7));
        tokens(
                tokens,
                i -> channelIds[i % channels],
                i -> identityIds[i % channels / CHANNELS_PER_IDENTITY],
                i -> i < due ? dueAt : later,
                "scale-token-",
                now);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze");
        }
        return key;
    }

    /**
     * {@code people} more people of {@value #CHANNELS_PER_IDENTITY} channels each, every channel
     * with that person's one token: the shape Relink itself stores (a person holds one token per
     * channel, and a channel nobody else manages dies with it), for the deauthorize callbacks of
     * P4. In {@link #seed} a person holds all ten tokens of each of their channels, a hundred in
     * all, which the product never makes. Not due: the sweeps leave them alone.
     */
    void callbackPeople(int people) throws SQLException {
        Instant now = Instant.now();
        Instant later = now.plus(java.time.Duration.ofDays(7));
        UUID[] identityIds = ids(people);
        UUID[] channelIds = ids(people * CHANNELS_PER_IDENTITY);
        identities(identityIds, CALLBACK_PERSON, "Callback person %05d", now);
        channels(channelIds, "callback-%07d", "Callback page %07d", now);
        tokens(
                channelIds.length,
                i -> channelIds[i],
                i -> identityIds[i / CHANNELS_PER_IDENTITY],
                i -> later,
                "callback-token-",
                now);
    }

    private static final String CALLBACK_PERSON = "callback-user-%05d";

    /** The SANDBOX user id of the {@code n}th of {@link #callbackPeople}. */
    static String callbackPerson(int n) {
        return String.format(CALLBACK_PERSON, n);
    }

    /**
     * An owner of the workspace who signs in with {@code password}: the hash in Jakarta Security's
     * PBKDF2 format ({@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>}) with the node's
     * default iterations, as Relink writes it.
     */
    void owner(String email, String password) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        int iterations = 600_000;
        byte[] hash =
                javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(
                                new javax.crypto.spec.PBEKeySpec(
                                        password.toCharArray(), salt, iterations, 256))
                        .getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        UUID person = UUID.randomUUID();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        try (PreparedStatement insert =
                        db.prepareStatement(
                                "insert into person (id, email, display_name, password_hash,"
                                        + " instance_admin, created_at, failed_sign_ins)"
                                        + " values (?, ?, 'Bench owner', ?, false, ?, 0)");
                PreparedStatement member =
                        db.prepareStatement(
                                "insert into membership (id, workspace_id, person_id, role,"
                                        + " created_at) values (?, ?, ?, 'OWNER', ?)")) {
            insert.setObject(1, person);
            insert.setString(2, email);
            insert.setString(
                    3,
                    "PBKDF2WithHmacSHA256:"
                            + iterations
                            + ":"
                            + b64.encodeToString(salt)
                            + ":"
                            + b64.encodeToString(hash));
            insert.setTimestamp(4, now);
            insert.executeUpdate();
            member.setObject(1, UUID.randomUUID());
            member.setObject(2, workspace);
            member.setObject(3, person);
            member.setTimestamp(4, now);
            member.executeUpdate();
        }
    }

    /** SANDBOX identities, the {@code i}th named by the formats applied to {@code i}. */
    private void identities(UUID[] ids, String userId, String name, Instant now)
            throws SQLException {
        String ws = workspace.toString();
        copy(
                "identity (id, workspace_id, network, external_user_id, display_name, created_at)",
                ids.length,
                i ->
                        String.join(
                                ",",
                                ids[i].toString(),
                                ws,
                                "SANDBOX",
                                String.format(userId, i),
                                String.format(name, i),
                                now.toString()));
    }

    /** SANDBOX pages, stored CONNECTED as the sweep would derive them. */
    private void channels(UUID[] ids, String externalId, String name, Instant now)
            throws SQLException {
        String ws = workspace.toString();
        copy(
                "channel (id, workspace_id, network, external_id, name, kind, created_at, state,"
                        + " announced_state)",
                ids.length,
                i ->
                        String.join(
                                ",",
                                ids[i].toString(),
                                ws,
                                "SANDBOX",
                                String.format(externalId, i),
                                String.format(name, i),
                                "PAGE",
                                now.toString(),
                                "CONNECTED",
                                "CONNECTED"));
    }

    /**
     * Working tokens, not refreshable, without an end; the {@code i}th on {@code channel(i)} of
     * {@code identity(i)}, due at {@code due(i)}, its access secret {@code secret + i} sealed and
     * bound to its id as {@code TokenVault} binds it.
     */
    private void tokens(
            int count,
            IntFunction<UUID> channel,
            IntFunction<UUID> identity,
            IntFunction<Instant> due,
            String secret,
            Instant now)
            throws SQLException {
        HexFormat hex = HexFormat.of();
        copy(
                "access_token (id, channel_id, identity_id, status, access_secret, scopes,"
                        + " next_check_at, created_at, granted_at, version)",
                count,
                i -> {
                    UUID id = UUID.randomUUID();
                    byte[] sealed = sealer.seal(secret + i, "token:" + id + ":access");
                    return String.join(
                            ",",
                            id.toString(),
                            channel.apply(i).toString(),
                            identity.apply(i).toString(),
                            "VALID",
                            "\\x" + hex.formatHex(sealed),
                            "read publish",
                            due.apply(i).toString(),
                            now.toString(),
                            now.toString(),
                            "0");
                });
    }

    /** Copies {@code count} CSV rows into {@code target}, {@value #CHUNK} rows per write. */
    private void copy(String target, int count, IntFunction<String> row) throws SQLException {
        CopyIn in =
                db.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy " + target + " from stdin (format csv)");
        try {
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < count; i++) {
                chunk.append(row.apply(i)).append('\n');
                if ((i + 1) % CHUNK == 0 || i == count - 1) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static UUID[] ids(int count) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = UUID.randomUUID();
        }
        return ids;
    }
}
