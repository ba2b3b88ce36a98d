package io.relink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.relink.Http;
import io.relink.MicroNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Measures how Relink tells people and systems about a mass loss: {@value #CHANNELS} channels of
 * one workspace cut at once (their five SANDBOX accounts change their passwords, and every token is
 * made due), on one Payara Micro node on PostgreSQL, with a real SMTP server (GreenMail) and a
 * webhook receiver on loopback in this JVM. Reports how long until every {@code channel.lost}
 * webhook arrived, how long until each recipient's one e-mail arrived (after the grouping window),
 * and how many e-mails and duplicates there were, in {@code target/bench/notices.md}.
 *
 * <p>Run with {@code src/bench/run notices}; not part of {@code ./mvnw verify}. Asserts only what
 * must hold (counts), never a time: the times are figures to read.
 */
class NoticesBench {

    static final int CHANNELS = 500;
    static final int PORT = 18480;
    static final int SMTP_PORT = 3129;
    static final Duration WINDOW = Duration.ofSeconds(5);
    static final String DB_URL = System.getProperty("bench.db.url", "");
    static final String DB_USER = System.getProperty("bench.db.user", "");
    static final String DB_PASSWORD = System.getProperty("bench.db.password", "");
    static final Path WORK = Path.of("target/bench/notices");

    @Test
    void a_mass_loss_is_one_mail_per_person_and_a_webhook_per_channel() throws Exception {
        assertThat(DB_URL).as("-Dbench.db.url=jdbc:postgresql://…").startsWith("jdbc:postgresql:");
        Files.createDirectories(WORK);
        GreenMail smtp =
                new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, Instant> lost = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> deliveries = new ConcurrentLinkedQueue<>();
        HttpServer receiver =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext(
                "/hook",
                exchange -> {
                    String body =
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    String id = exchange.getRequestHeaders().getFirst("webhook-id");
                    deliveries.add(id);
                    if (body.contains("\"type\":\"channel.lost\"")) {
                        lost.putIfAbsent(id, Instant.now());
                    }
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
        receiver.start();
        try (MicroNode node = start()) {
            node.awaitReady("/sandbox/script/stats", Duration.ofMinutes(5));
            Http api = new Http(node.base());
            Http sandbox = new Http(new java.net.URL(node.base(), "sandbox/"));
            assertThat(
                            api.send(
                                            "POST",
                                            "api/v1/webhooks",
                                            Http.DEMO_KEY,
                                            "{\"url\":\"http://127.0.0.1:"
                                                    + receiver.getAddress().getPort()
                                                    + "/hook\",\"events\":[\"channel.lost\"]}")
                                    .statusCode())
                    .isEqualTo(201);
            Thread.sleep(
                    WINDOW.multipliedBy(3).toMillis()); // the seeded demo's own notices go first
            // GreenMail lists messages mailbox by mailbox, not in order of arrival: what came
            // before the cut is told apart by its Message-ID
            java.util.Set<String> before = new java.util.HashSet<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                before.add(mail.getMessageID());
            }

            Instant cut = Instant.now();
            for (int account = 0; account < CHANNELS / 100; account++) {
                sandbox.post("script/accounts/load-account-" + account + "/password-change", null);
            }
            update(
                    "update access_token set next_check_at = now() where channel_id in"
                            + " (select id from channel where external_id like 'load-%')");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while ((lost.size() < CHANNELS
                            || count("notice", "status = 'PENDING' and kind = 'LOST'") > 0)
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(WINDOW.multipliedBy(2).toMillis()); // anything sent twice would show now

            List<MimeMessage> mails = new ArrayList<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (!before.contains(mail.getMessageID())) {
                    mails.add(mail);
                }
            }
            Map<String, Integer> perRecipient = new HashMap<>();
            Map<String, Instant> received = new HashMap<>();
            for (MimeMessage mail : mails) {
                if (!mail.getSubject().contains("lost")) {
                    continue; // the demo's other notices (its own seeded losses, warnings)
                }
                String to = mail.getAllRecipients()[0].toString();
                perRecipient.merge(to, 1, Integer::sum);
                received.merge(to, mail.getSentDate().toInstant(), (a, b) -> a.isAfter(b) ? a : b);
            }
            Instant lastLoss = lastLoss();
            Instant lastWebhook = lost.values().stream().max(Instant::compareTo).orElse(cut);
            long deadChannels =
                    count("channel", "external_id like 'load-%' and state = 'DISCONNECTED'");
            long lostNotices =
                    count(
                            "notice",
                            "kind = 'LOST' and occurred_at >= now() - interval '10 minutes'");
            String report =
                    "# E-mail and webhooks after a mass loss\n\n"
                            + "One node, PostgreSQL, "
                            + CHANNELS
                            + " channels of one workspace cut at "
                            + cut
                            + " (5 SANDBOX accounts change their passwords; every token made due);"
                            + " grouping window "
                            + WINDOW
                            + ", relay interval PT1S.\n\n"
                            + "| measure | figure |\n| --- | --- |\n"
                            + "| channels DISCONNECTED | "
                            + deadChannels
                            + " |\n"
                            + "| `channel.lost` webhooks received (distinct webhook-id) | "
                            + lost.size()
                            + " |\n"
                            + "| webhook deliveries received, repeats included | "
                            + deliveries.size()
                            + " |\n"
                            + "| last channel recorded DISCONNECTED after the cut (the sweep's"
                            + " work, not the notices') | "
                            + Duration.between(cut, lastLoss).toMillis()
                            + " ms |\n"
                            + "| last `channel.lost` webhook received after the cut | "
                            + Duration.between(cut, lastWebhook).toMillis()
                            + " ms ("
                            + Duration.between(lastLoss, lastWebhook).toMillis()
                            + " ms after the last loss) |\n"
                            + "| loss notices written (one per recipient and channel) | "
                            + lostNotices
                            + " |\n"
                            + "| e-mails received, per recipient | "
                            + perRecipient
                            + " |\n"
                            + "| each recipient's loss e-mail sent (Date header, whole seconds)"
                            + " after the last loss | "
                            + received.entrySet().stream()
                                    .map(
                                            e ->
                                                    e.getKey()
                                                            + " "
                                                            + Duration.between(
                                                                            lastLoss, e.getValue())
                                                                    .toMillis()
                                                            + " ms")
                                    .toList()
                            + " (a grouping window of quiet included) |\n"
                            + "| machine load (1 min) at the end | "
                            + Files.readString(Path.of("/proc/loadavg")).split(" ")[0]
                            + " |\n";
            Files.writeString(WORK.resolve("../notices.md"), report);
            System.out.println(report);
            assertThat(lost).as("a channel.lost webhook per channel").hasSize(CHANNELS);
            assertThat(perRecipient.values())
                    .as("one grouped e-mail per recipient")
                    .isNotEmpty()
                    .allSatisfy(n -> assertThat(n).isEqualTo(1));
        } finally {
            receiver.stop(0);
            smtp.stop();
        }
    }

    static MicroNode start() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("RELINK_DEMO", "true");
        env.put("RELINK_DEMO_LOAD_CHANNELS", Integer.toString(CHANNELS));
        env.put("RELINK_DATA_DIR", WORK.resolve("data").toAbsolutePath().toString());
        env.put("RELINK_DB_URL", DB_URL);
        env.put("RELINK_DB_USER", DB_USER);
        env.put("RELINK_DB_PASSWORD", DB_PASSWORD);
        env.put("RELINK_NODE_NAME", "bench-1");
        env.put("RELINK_PUBLIC_URL", "http://localhost:" + PORT);
        env.put("RELINK_CHECKS_INTERVAL", "PT1S");
        env.put("RELINK_WEBHOOKS_INTERVAL", "PT1S");
        env.put("RELINK_NOTIFICATIONS_INTERVAL", "PT1S");
        env.put("RELINK_NOTIFICATIONS_GROUPING_WINDOW", WINDOW.toString());
        env.put("RELINK_MAIL_HOST", "127.0.0.1");
        env.put("RELINK_MAIL_PORT", Integer.toString(SMTP_PORT));
        env.put("RELINK_NETWORK_SANDBOX_MAX_CHECK_INTERVAL", "PT24H");
        // not the integration tests' short escalation, which this JVM's environment carries
        env.put("RELINK_NOTIFICATIONS_ESCALATE_AFTER", "P3D");
        return MicroNode.start("bench-1", PORT, WORK, env);
    }

    /** When the last of the load channels' losses was recorded (its notices' time). */
    static Instant lastLoss() throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select max(occurred_at) from notice where kind = 'LOST'"
                                        + " and channel_name like 'Load page %'")) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    static long count(String table, String where) throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select count(*) from " + table + " where " + where)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void update(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
