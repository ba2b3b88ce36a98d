package io.relink.webhooks.boundary;

import io.relink.webhooks.control.Deliveries;
import io.relink.webhooks.control.DisabledNotices;
import io.relink.webhooks.control.OutboxWritten;
import io.relink.webhooks.control.Sender;
import io.relink.webhooks.control.WebhookSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox relay: a timer on every node, every {@code relink.webhooks.interval} and at once when
 * an outbox event commits on the node, that fans new outbox events out into deliveries and sends
 * the due ones (retries and other nodes' events wait for the interval). Not persistent, like the
 * sweep: row locks and leases decide which node sends what, so every node runs the same timer. A
 * tick keeps going while it finds full batches, within one interval, so a burst (a password change
 * that cuts 500 channels) goes out at once rather than a batch per tick, {@code
 * relink.webhooks.concurrency} deliveries at a time.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "KeyRing"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookRelay {

    private static final Logger LOG = Logger.getLogger(WebhookRelay.class.getName());

    @Resource TimerService timers;
    @Inject Deliveries deliveries;
    @Inject Sender sender;
    @Inject DisabledNotices notices;
    @Inject WebhookSettings settings;

    @Inject
    @ConfigProperty(name = "relink.webhooks.interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "relink.webhooks.retention")
    Duration retention;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final RelayTurns turns = new RelayTurns();

    /** Sends up to {@code relink.webhooks.concurrency} deliveries at once; idle threads end. */
    private ExecutorService lanes;

    @PostConstruct
    void open() {
        lanes = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void close() {
        lanes.shutdownNow();
    }

    /** When this node last pruned; once an hour is plenty. */
    private volatile long prunedAt = System.nanoTime() - Duration.ofHours(1).toNanos();

    public void schedule(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (timers.getTimers().isEmpty()) {
            timers.createIntervalTimer(
                    interval.toMillis(),
                    interval.toMillis(),
                    new TimerConfig("relink-webhooks", false));
        }
    }

    /**
     * An outbox event committed on this node: send it now rather than at the next tick (a channel's
     * loss reaches its webhooks in a fraction of a second, not an interval), one pass for a burst
     * of events. On a thread of its own, not a timer: the server holds back a timer's first
     * expiration for its minimum delivery interval (a second by default).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (turns.wake()) {
            passNow();
        }
    }

    /**
     * Sends a claimed batch side by side, so that one slow receiver does not hold up the rest. The
     * claim hands out at most one delivery per subscription and channel, so order per channel
     * holds.
     */
    private void sendAll(List<UUID> claimed) {
        Queue<UUID> left = new ConcurrentLinkedQueue<>(claimed);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.concurrency(), claimed.size()); i++) {
            running.add(lanes.submit(() -> drain(left)));
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (ExecutionException failed) {
                LOG.log(Level.WARNING, "A webhook lane failed", failed.getCause());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drain(Queue<UUID> left) {
        for (UUID id = left.poll(); id != null; id = left.poll()) {
            UUID delivery = id;
            deliveries
                    .prepare(delivery)
                    .ifPresent(
                            send ->
                                    deliveries
                                            .record(delivery, sender.send(send))
                                            .ifPresent(notices::tellOwners));
        }
    }

    private void passNow() {
        try {
            lanes.execute(this::pass);
        } catch (RejectedExecutionException stopping) {
            LOG.fine("The node is stopping: the next start's relay sends it");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        pass();
    }

    private void pass() {
        if (!turns.begin()) {
            return;
        }
        try {
            long until = System.nanoTime() + interval.toNanos();
            int batch = settings.batchSize();
            while (deliveries.fanOut(batch) == batch && System.nanoTime() < until) {
                // a burst of events: fan out the rest before sending
            }
            List<UUID> claimed;
            do {
                claimed = deliveries.claim(batch);
                sendAll(claimed);
            } while (claimed.size() == batch && System.nanoTime() < until);
            if (System.nanoTime() - prunedAt >= Duration.ofHours(1).toNanos()) {
                prunedAt = System.nanoTime();
                deliveries.prune(retention);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A webhook relay tick failed; the next one tries again", failed);
        } finally {
            if (turns.end()) {
                passNow();
            }
        }
    }
}
