package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link Signals} on a real PostgreSQL, as two nodes use it: two instances, each with its own
 * listening connection, as node A and node B would have. A signal node A sends reaches node B's
 * listener (and A's own); node B's listening connection, killed by the database, comes back after
 * its pause and hears again; stopped, node B leaves no connection behind.
 *
 * <p>Runs in the PostgreSQL pass of {@code .ci/run} (the integration tests' database, {@code
 * it.db.url}, is PostgreSQL there); on the embedded H2 there is nothing to listen to, and it is
 * skipped.
 */
class SignalsIT {

    static final String URL = System.getProperty("it.db.url", "");
    static final String USER = System.getProperty("it.db.user", "");
    static final String PASSWORD = System.getProperty("it.db.password", "");

    final String topic = "relink_test_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    final String nodeB = "relink-signals-it-b-" + topic;

    Signals a;
    Signals b;
    final BlockingQueue<String> heardByA = new LinkedBlockingQueue<>();
    final BlockingQueue<String> heardByB = new LinkedBlockingQueue<>();

    @BeforeEach
    void twoNodes() {
        assumeTrue(
                URL.startsWith("jdbc:postgresql:"),
                "LISTEN/NOTIFY needs PostgreSQL (-Dit.db.url=jdbc:postgresql://...)");
        a = node("relink-signals-it-a-" + topic);
        b = node(nodeB);
    }

    @AfterEach
    void stop() {
        for (Signals node : new Signals[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    void a_signal_sent_on_node_a_reaches_node_b_and_a_lost_listener_comes_back() throws Exception {
        assertThat(a.crossesNodes()).isTrue();
        a.listen(topic, heardByA::add);
        b.listen(topic, heardByB::add);
        awaitListening(true);

        String workspace = UUID.randomUUID().toString();
        long sent = System.nanoTime();
        a.send(topic, workspace);
        assertThat(heardByB.poll(2, TimeUnit.SECONDS))
                .as("node B heard node A")
                .isEqualTo(workspace);
        System.out.println(
                "Signal from A heard on B after "
                        + Duration.ofNanos(System.nanoTime() - sent).toMillis()
                        + " ms");
        assertThat(heardByA.poll(2, TimeUnit.SECONDS))
                .as("node A heard itself")
                .isEqualTo(workspace);

        // the database ends B's listening connection: B opens another after its pause, and hears
        assertThat(
                        execute(
                                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                                        + " where application_name = '"
                                        + nodeB
                                        + "'"))
                .isEqualTo(1);
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (b.listeningConnections() < 2 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(b.listeningConnections()).as("B listens again").isEqualTo(2);
        awaitListening(true);
        String again = UUID.randomUUID().toString();
        a.send(topic, again);
        assertThat(heardByB.poll(2, TimeUnit.SECONDS)).isEqualTo(again);

        // stopped, B closes its listening connection
        b.stop();
        until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (connectionsOf(nodeB) > 0 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(connectionsOf(nodeB)).as("B's connections after it stopped").isZero();
        heardByB.clear();
        a.send(topic, UUID.randomUUID().toString());
        assertThat(heardByB.poll(1, TimeUnit.SECONDS)).as("a stopped node hears nothing").isNull();
    }

    @Test
    void a_signal_sent_inside_a_transaction_waits_for_its_commit() throws Exception {
        b.listen(topic, heardByB::add);
        awaitListening(false);
        try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement s = db.createStatement()) {
            db.setAutoCommit(false);
            s.execute("select pg_notify('" + topic + "', 'rolled back')");
            db.rollback();
            assertThat(heardByB.poll(1, TimeUnit.SECONDS)).isNull();
            s.execute("select pg_notify('" + topic + "', 'committed')");
            assertThat(heardByB.poll(500, TimeUnit.MILLISECONDS)).isNull();
            db.commit();
            assertThat(heardByB.poll(2, TimeUnit.SECONDS)).isEqualTo("committed");
        }
    }

    /** Sends pings from A until B (and A, when it listens) heard one: their LISTEN is in place. */
    private void awaitListening(boolean aListens) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean bHeard = false;
        boolean aHeard = !aListens;
        while ((!bHeard || !aHeard) && System.nanoTime() < until) {
            a.send(topic, "ping");
            bHeard |= drainPing(heardByB);
            aHeard |= drainPing(heardByA);
        }
        assertThat(bHeard).as("node B listens").isTrue();
        assertThat(aHeard).as("node A listens").isTrue();
        heardByA.clear();
        heardByB.clear();
    }

    private static boolean drainPing(BlockingQueue<String> heard) throws InterruptedException {
        String first = heard.poll(200, TimeUnit.MILLISECONDS);
        heard.clear();
        return "ping".equals(first);
    }

    private static Signals node(String name) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(URL);
        database.setUser(USER);
        database.setPassword(PASSWORD);
        database.setApplicationName(name);
        Signals node = new Signals();
        node.database = database;
        node.threads = new Threads();
        return node;
    }

    private static long connectionsOf(String name) throws SQLException {
        return execute(
                "select count(*) from pg_stat_activity where application_name = '" + name + "'");
    }

    private static long execute(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement s = db.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Plain threads, as the server's managed thread factory would make. */
    static final class Threads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }
}
