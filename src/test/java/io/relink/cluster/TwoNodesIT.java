package io.relink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.relink.Http;
import io.relink.MicroNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes on one PostgreSQL share the sweep through row leases. The demo seeds
 * {@value #TOKENS} extra sandbox tokens (not yet due); the test makes them all due at once and
 * proves each was checked exactly once, by both nodes together; then makes them due again, kills
 * one node with SIGKILL in the middle of its sweep, and proves that once its leases ran out the
 * survivor checked everything it had left, still exactly once per token. Then the same for the
 * relays (round 3): node B killed while it holds webhook delivery leases and e-mail notice leases
 * at once: nothing is lost, and only what B held may arrive twice. One restart of B serves both
 * relays, since every boot of a node costs a minute of CI.
 *
 * <p>Runs only in the PostgreSQL pass of {@code .ci/run} (an embedded H2 file cannot be shared by
 * two processes). Nodes talk only on loopback.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final int TOKENS = 5_000;
    static final String LOAD = "load-%";
    static final Duration LEASE = Duration.ofSeconds(15);

    /**
     * A database of its own: the demo must seed the load channels, so it must find nothing seeded.
     */
    static final String DB_URL = System.getProperty("two-nodes.db.url", "");

    static final String DB_USER = System.getProperty("two-nodes.db.user", "");
    static final String DB_PASSWORD = System.getProperty("two-nodes.db.password", "");
    static final Path WORK = Path.of(System.getProperty("two-nodes.dir", "target/two-nodes"));

    static MicroNode nodeA;
    static MicroNode nodeB;

    @BeforeAll
    static void startBothNodes() throws Exception {
        assertThat(DB_URL)
                .as(
                        "the two-node test needs an empty PostgreSQL database (-Dtwo-nodes.db.url=jdbc:postgresql://...)")
                .startsWith("jdbc:postgresql:");
        Files.createDirectories(WORK);
        // Assigned before waiting, so that a node that never gets ready is still stopped after the
        // test.
        nodeA = start("relink-a", 18091);
        nodeA.awaitReady(READY, Duration.ofMinutes(5)); // the first node migrates and seeds
        nodeB = start("relink-b", 18092);
        nodeB.awaitReady(READY, Duration.ofMinutes(3));
        assertThat(
                        count(
                                "select count(*) from access_token t join channel c on c.id = t.channel_id where c.external_id like '"
                                        + LOAD
                                        + "'"))
                .isEqualTo(TOKENS);
    }

    @AfterAll
    static void stopNodes() {
        for (MicroNode node : new MicroNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void two_nodes_check_every_due_token_exactly_once_between_them() throws Exception {
        Map<UUID, Long> before = checkCounts();
        Instant due = makeAllDue();
        awaitNothingDue(Duration.ofMinutes(6));

        Map<UUID, Long> after = checkCounts();
        assertThat(after).hasSize(TOKENS);
        after.forEach(
                (token, checks) ->
                        assertThat(checks - before.get(token))
                                .as("checks of token " + token)
                                .isEqualTo(1));
        Map<String, Long> byNode = checkedBy(due);
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TOKENS);
        assertThat(byNode)
                .as("both nodes took part: " + byNode)
                .containsKeys("relink-a", "relink-b");
        System.out.println("Round 1: " + TOKENS + " tokens checked once each, by node: " + byNode);
    }

    @Test
    @Order(2)
    void a_node_killed_mid_sweep_leaves_nothing_unchecked_once_its_leases_run_out()
            throws Exception {
        Map<UUID, Long> before = checkCounts();
        Instant due = makeAllDue();
        // Kill B while it holds leases and much is still due: in the middle of its sweep.
        await(
                Duration.ofMinutes(3),
                () -> {
                    try {
                        return count(
                                                "select count(*) from access_token where lease_owner = 'relink-b'")
                                        > 0
                                && checkedBy(due).getOrDefault("relink-b", 0L) > 0;
                    } catch (SQLException failure) {
                        throw new IllegalStateException(failure);
                    }
                },
                "node B is mid-sweep");
        long leasedByB = count("select count(*) from access_token where lease_owner = 'relink-b'");
        long stillDue = count("select count(*) from access_token where next_check_at <= now()");
        nodeB.kill();
        Instant killed = Instant.now();
        System.out.println(
                "Killed node B holding "
                        + leasedByB
                        + " leases, "
                        + stillDue
                        + " tokens still due");
        assertThat(stillDue).as("B was killed before the work was done").isPositive();

        awaitNothingDue(Duration.ofMinutes(6));
        Map<UUID, Long> after = checkCounts();
        after.forEach(
                (token, checks) ->
                        assertThat(checks - before.get(token))
                                .as("checks of token " + token)
                                .isEqualTo(1));
        Map<String, Long> byNode = checkedBy(due);
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TOKENS);
        assertThat(count("select count(*) from access_token where lease_owner = 'relink-b'"))
                .as("no lease of the dead node is left")
                .isZero();
        System.out.println(
                "Round 2: every token checked once; by node: "
                        + byNode
                        + "; finished "
                        + Duration.between(killed, Instant.now()).toSeconds()
                        + " s after the kill (lease "
                        + LEASE.toSeconds()
                        + " s)");
    }

    /**
     * The relays on two nodes: {@value #EVENTS} webhook events for a receiver on loopback that
     * takes 300 ms an answer, four at a time (slow enough that the deliveries are still going when
     * B is killed: node A, where the events are made, starts sending each at once), and {@value
     * #MAILS} e-mail notices due at once (what the ledger writes when a change concerns many
     * people) for a real SMTP server in this JVM (GreenMail). Node B is killed while it holds
     * delivery leases and notice leases at once. Every event arrives (by its webhook-id) and every
     * notice (by its Message-ID); what B had leased and perhaps sent may arrive again with the same
     * id, from A, once B's leases ran out: at most what B held.
     */
    @Test
    @Order(3)
    void a_node_killed_mid_relay_loses_no_webhook_and_no_notice_and_repeats_few() throws Exception {
        nodeB = start("relink-b", 18092);
        nodeB.awaitReady(READY, Duration.ofMinutes(3));
        Map<String, Integer> received = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer receiver =
                HttpServer.create(
                        new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        receiver.createContext(
                "/hook",
                exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    received.merge(
                            exchange.getRequestHeaders().getFirst("webhook-id"), 1, Integer::sum);
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
        receiver.start();
        GreenMail smtp =
                new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Http api = new Http(nodeA.base());
            HttpResponse<String> made =
                    api.send(
                            "POST",
                            "api/v1/webhooks",
                            Http.DEMO_KEY,
                            "{\"url\":\"http://127.0.0.1:"
                                    + receiver.getAddress().getPort()
                                    + "/hook\",\"events\":[\"channel.lost\"]}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            String webhook = Http.json(made).getJsonObject("webhook").getString("id");
            for (int i = 0; i < EVENTS; i++) {
                assertThat(
                                api.post("api/v1/webhooks/" + webhook + "/test", Http.DEMO_KEY)
                                        .statusCode())
                        .isEqualTo(202);
            }
            update(
                    "insert into notice (id, workspace_id, kind, address, channel_name, network,"
                            + " headline, occurred_at, dedup_key, due_at, status, attempts,"
                            + " next_try_at)"
                            + " select gen_random_uuid(), w.id, 'LOST',"
                            + " 'load-' || g || '@mail.test', 'Load page ' || g, 'Sandbox',"
                            + " 'Load test', now(), 'load:' || g, now(), 'PENDING', 0, now()"
                            + " from (select id from workspace order by created_at limit 1) w,"
                            + " generate_series(1, "
                            + MAILS
                            + ") g");
            // One statement, so that both leases are seen at the same moment.
            await(
                    Duration.ofMinutes(3),
                    () -> {
                        try {
                            return count(
                                            "select least("
                                                    + " (select count(*) from webhook_delivery"
                                                    + "  where lease_owner = 'relink-b'),"
                                                    + " (select count(*) from notice"
                                                    + "  where lease_owner = 'relink-b'"
                                                    + "  and address like 'load-%'),"
                                                    + " (select count(*) from webhook_delivery"
                                                    + "  where status = 'DELIVERED'),"
                                                    + " (select count(*) from notice"
                                                    + "  where status = 'SENT'"
                                                    + "  and address like 'load-%'))")
                                    > 0;
                        } catch (SQLException failure) {
                            throw new IllegalStateException(failure);
                        }
                    },
                    "node B is mid-delivery and mid-mailing");
            long deliveriesLeasedByB =
                    count("select count(*) from webhook_delivery where lease_owner = 'relink-b'");
            long mailsLeasedByB =
                    count(
                            "select count(distinct message_id) from notice"
                                    + " where lease_owner = 'relink-b' and address like 'load-%'");
            nodeB.kill();
            await(
                    Duration.ofMinutes(3),
                    () -> {
                        try {
                            return count(
                                            "select (select count(*) from webhook_delivery"
                                                    + " where status <> 'DELIVERED')"
                                                    + " + (select count(*) from notice"
                                                    + " where status <> 'SENT'"
                                                    + " and address like 'load-%')")
                                    == 0;
                        } catch (SQLException failure) {
                            throw new IllegalStateException(failure);
                        }
                    },
                    "every delivery delivered and every notice sent after node B died");

            int webhookRepeats = received.values().stream().mapToInt(n -> n - 1).sum();
            assertThat(received).as("every event arrived, by webhook-id").hasSize(EVENTS);
            assertThat(webhookRepeats)
                    .as("only deliveries B held leased may arrive twice")
                    .isLessThanOrEqualTo((int) deliveriesLeasedByB);

            Map<String, Integer> byMessageId = new HashMap<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getAllRecipients()[0].toString().startsWith("load-")) {
                    byMessageId.merge(mail.getMessageID(), 1, Integer::sum);
                }
            }
            int mailRepeats = byMessageId.values().stream().mapToInt(n -> n - 1).sum();
            assertThat(byMessageId).as("every notice arrived, by Message-ID").hasSize(MAILS);
            assertThat(
                            count(
                                    "select count(distinct message_id) from notice"
                                            + " where address like 'load-%'"))
                    .isEqualTo(MAILS);
            assertThat(mailRepeats)
                    .as("only notices B held leased may arrive twice")
                    .isLessThanOrEqualTo((int) mailsLeasedByB);
            System.out.println(
                    "Relays: node B killed holding "
                            + deliveriesLeasedByB
                            + " delivery leases and "
                            + mailsLeasedByB
                            + " message leases; all "
                            + EVENTS
                            + " events delivered ("
                            + webhookRepeats
                            + " twice, same webhook-id) and all "
                            + MAILS
                            + " notices sent ("
                            + mailRepeats
                            + " twice, same Message-ID)");
        } finally {
            smtp.stop();
            receiver.stop(0);
        }
    }

    static final int EVENTS = 400;
    static final int MAILS = 1000;
    static final int SMTP_PORT = 3127;

    // ---- the nodes ----

    /** A node answers once the demo's sandbox does: the WAR is deployed and the demo seeded. */
    static final String READY = "/sandbox/script/stats";

    static MicroNode start(String name, int port) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("RELINK_DEMO", "true");
        env.put("RELINK_DEMO_LOAD_CHANNELS", Integer.toString(TOKENS));
        env.put(
                "RELINK_DATA_DIR",
                WORK.resolve("data").toString()); // one demo keyset for both nodes
        env.put("RELINK_DB_URL", DB_URL);
        env.put("RELINK_DB_USER", DB_USER);
        env.put("RELINK_DB_PASSWORD", DB_PASSWORD);
        env.put("RELINK_NODE_NAME", name);
        env.put("RELINK_PUBLIC_URL", "http://localhost:" + port);
        env.put("RELINK_CHECKS_INTERVAL", "PT2S");
        env.put("RELINK_CHECKS_LEASE", LEASE.toString());
        env.put("RELINK_WEBHOOKS_LEASE", LEASE.toString());
        env.put("RELINK_WEBHOOKS_INTERVAL", "PT1S");
        env.put("RELINK_NOTIFICATIONS_LEASE", LEASE.toString());
        env.put("RELINK_MAIL_PORT", Integer.toString(SMTP_PORT));
        // Once checked, a token is not due again during the test: each due time is one check.
        env.put("RELINK_NETWORK_SANDBOX_MAX_CHECK_INTERVAL", "PT24H");
        // A transient answer is rightly checked again after the backoff, which would count as a
        // second check; on a loaded machine a 50-token batch call can outlast the usual timeouts.
        // This test is about leases, so it gives the sandbox all the time it needs.
        env.put("RELINK_NETWORK_SANDBOX_TIMEOUT", "PT90S");
        env.put("IO_RELINK_NETWORKS_SANDBOX_SANDBOXNETWORK_TIMEOUT_VALUE", "120");
        return MicroNode.start(name, port, WORK, env);
    }

    // ---- the database, as an operator would look at it ----

    static Instant makeAllDue() throws SQLException {
        Instant now = Instant.now();
        update(
                "update access_token set next_check_at = now() where channel_id in (select id from channel where external_id like '"
                        + LOAD
                        + "')");
        return now;
    }

    static void awaitNothingDue(Duration limit) {
        await(
                limit,
                () -> {
                    try {
                        return count(
                                        "select count(*) from access_token t join channel c on c.id = t.channel_id where c.external_id like '"
                                                + LOAD
                                                + "' and (t.next_check_at <= now() or t.lease_owner is not null)")
                                == 0;
                    } catch (SQLException failure) {
                        throw new IllegalStateException(failure);
                    }
                },
                "every load token checked and no lease left");
    }

    static Map<UUID, Long> checkCounts() throws SQLException {
        Map<UUID, Long> counts = new HashMap<>();
        try (Connection db = connect();
                Statement s = db.createStatement();
                ResultSet rows =
                        s.executeQuery(
                                "select t.id, t.check_count from access_token t join channel c on c.id = t.channel_id "
                                        + "where c.external_id like '"
                                        + LOAD
                                        + "'")) {
            while (rows.next()) {
                counts.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        return counts;
    }

    /** Tokens checked since {@code since}, by node. */
    static Map<String, Long> checkedBy(Instant since) throws SQLException {
        Map<String, Long> byNode = new HashMap<>();
        try (Connection db = connect();
                var s =
                        db.prepareStatement(
                                "select t.checked_by, count(*) from access_token t join channel c on c.id = t.channel_id "
                                        + "where c.external_id like '"
                                        + LOAD
                                        + "' and t.last_checked_at >= ? group by t.checked_by")) {
            s.setObject(1, java.sql.Timestamp.from(since));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    byNode.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return byNode;
    }

    static long count(String sql) throws SQLException {
        try (Connection db = connect();
                Statement s = db.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void update(String sql) throws SQLException {
        try (Connection db = connect();
                Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
    }

    static void await(Duration limit, Supplier<Boolean> condition, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(
                        "Not within " + limit + ": " + what + " (node logs in " + WORK + ")");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }
}
