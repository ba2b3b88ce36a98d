package io.relink.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Signals between the nodes on one database: a short text on a topic reaches the listeners of that
 * topic on every node, this one included.
 *
 * <p>On PostgreSQL through {@code NOTIFY} and {@code LISTEN}: {@link #send} notifies (the database
 * delivers it once the sending transaction commits, so callers send after their commit), and each
 * node holds one listening connection on a managed thread that hands what arrives to its listeners.
 * A lost listening connection is opened again after a pause that doubles from one second to half a
 * minute; what was sent meanwhile is not delivered. On the embedded H2, which only one process
 * opens, a signal goes straight to this node's listeners.
 *
 * <p>Listeners run on the listening thread: they hand their work on rather than doing it there.
 */
@ApplicationScoped
public class Signals {

    private static final Logger LOG = Logger.getLogger(Signals.class.getName());

    /** A topic is a PostgreSQL channel name written into {@code LISTEN}: a plain identifier. */
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** How long the listening thread waits for a notification before it looks at its topics. */
    static final int WAIT_MILLIS = 500;

    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    @Resource(lookup = Database.JNDI_NAME)
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final AtomicLong connections = new AtomicLong();
    private volatile Boolean postgres;
    private volatile boolean running;
    private Thread listening;

    /**
     * Calls {@code listener} with the text of every signal on {@code topic}, from this node or
     * another one, from now on; on PostgreSQL the first listener starts this node's listening
     * thread.
     */
    public synchronized void listen(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(checked(topic), t -> new CopyOnWriteArrayList<>()).add(listener);
        if (listening == null && crossesNodes()) {
            running = true;
            listening = threads.newThread(this::listenUntilStopped);
            listening.setName("relink-signals");
            listening.setDaemon(true);
            listening.start();
        }
    }

    /**
     * Sends {@code text} (a few hundred characters at most) to the listeners of {@code topic} on
     * every node. Outside a transaction it goes at once; inside one, PostgreSQL holds it until the
     * commit. When the database cannot take it, this node's listeners still get it.
     */
    public void send(String topic, String text) {
        checked(topic);
        if (!crossesNodes()) {
            deliver(topic, text);
            return;
        }
        try (Connection connection = database.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, topic);
            notify.setString(2, text);
            notify.execute();
        } catch (SQLException failed) {
            LOG.log(
                    Level.WARNING,
                    "A signal on '" + topic + "' reached this node only: " + failed.getMessage(),
                    failed);
            deliver(topic, text);
        }
    }

    /**
     * Whether signals go through the database to every node (PostgreSQL), rather than stay in this
     * process (H2).
     */
    public boolean crossesNodes() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = database.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException unreachable) {
                // asked again next time: the database may be starting
                LOG.warning("Cannot tell the database yet: " + unreachable.getMessage());
                return false;
            }
            postgres = known;
        }
        return known;
    }

    /** How many times this node opened its listening connection (1 until one is lost). */
    public long listeningConnections() {
        return connections.get();
    }

    /** Stops the listening thread and closes its connection (undeploy, shutdown). */
    @PreDestroy
    public void stop() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = listening;
            listening = null;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The pause before the listening connection is opened again after {@code failures} in a row.
     */
    static Duration pause(int failures) {
        if (failures <= 1) {
            return FIRST_PAUSE;
        }
        int doublings = Math.min(failures - 1, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void listenUntilStopped() {
        int failures = 0;
        while (running) {
            Connection connection = null;
            try {
                connection = database.getConnection();
                PGConnection postgresql = connection.unwrap(PGConnection.class);
                connections.incrementAndGet();
                if (failures > 0) {
                    LOG.info("Listening for signals from the other nodes again");
                }
                failures = 0;
                listen(connection, postgresql);
            } catch (SQLException | RuntimeException failed) {
                if (!running) {
                    break;
                }
                failures++;
                Duration pause = pause(failures);
                LOG.warning(
                        "Lost the connection that listens for signals from the other nodes ("
                                + failed.getMessage()
                                + "); trying again in "
                                + pause.toMillis()
                                + " ms");
                discard(connection);
                connection = null;
                sleep(pause);
            } finally {
                if (connection != null) {
                    release(connection);
                }
            }
        }
    }

    private void listen(Connection connection, PGConnection postgresql) throws SQLException {
        Set<String> listened = new HashSet<>();
        while (running) {
            for (String topic : listeners.keySet()) {
                if (listened.add(topic)) {
                    try (Statement listen = connection.createStatement()) {
                        listen.execute("LISTEN " + topic);
                    }
                }
            }
            PGNotification[] arrived = postgresql.getNotifications(WAIT_MILLIS);
            if (arrived != null) {
                for (PGNotification signal : arrived) {
                    deliver(signal.getName(), signal.getParameter());
                }
            }
        }
    }

    private void deliver(String topic, String text) {
        for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
            try {
                listener.accept(text);
            } catch (RuntimeException bug) {
                LOG.log(Level.SEVERE, "A listener of '" + topic + "' failed", bug);
            }
        }
    }

    /** Back to the pool without its LISTENs, so the next borrower hears nothing. */
    private static void release(Connection connection) {
        try (Statement unlisten = connection.createStatement()) {
            unlisten.execute("UNLISTEN *");
        } catch (SQLException broken) {
            discard(connection);
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that failed: nothing left to do
        }
    }

    /** A broken connection leaves the pool for good rather than going back to it. */
    private static void discard(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException cannot) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing left to do
            }
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            // stop() interrupts: the loop sees it is no longer running
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String checked(String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("Not a topic: " + topic);
        }
        return topic;
    }
}
