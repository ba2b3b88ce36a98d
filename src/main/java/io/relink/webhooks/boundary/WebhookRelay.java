package io.relink.webhooks.boundary;

import io.relink.webhooks.control.Deliveries;
import io.relink.webhooks.control.DisabledNotices;
import io.relink.webhooks.control.Sender;
import io.relink.webhooks.control.WebhookSettings;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox relay: a timer on every node, every {@code relink.webhooks.interval}, that fans new
 * outbox events out into deliveries and sends the due ones. Not persistent, like the sweep: row
 * locks and leases decide which node sends what, so every node runs the same timer. A tick keeps
 * going while it finds full batches, within one interval, so a burst (a password change that cuts
 * 500 channels) goes out at once rather than a batch per tick.
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

    private final AtomicBoolean running = new AtomicBoolean();

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

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
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
                for (UUID id : claimed) {
                    deliveries
                            .prepare(id)
                            .ifPresent(
                                    send ->
                                            deliveries
                                                    .record(id, sender.send(send))
                                                    .ifPresent(notices::tellOwners));
                }
            } while (claimed.size() == batch && System.nanoTime() < until);
            if (System.nanoTime() - prunedAt >= Duration.ofHours(1).toNanos()) {
                prunedAt = System.nanoTime();
                deliveries.prune(retention);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A webhook relay tick failed; the next one tries again", failed);
        } finally {
            running.set(false);
        }
    }
}
