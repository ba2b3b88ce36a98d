package io.relink.notifications.boundary;

import io.relink.notifications.control.Letters;
import io.relink.notifications.control.Postbox;
import io.relink.notifications.control.Reminders;
import io.relink.platform.Mailer;
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
 * The notice relay: a timer on every node, every {@code relink.notifications.interval}, that writes
 * the escalations and digests time calls for and sends the messages that are due. Not persistent,
 * like the sweep: row locks and leases decide which node sends what.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NoticeRelay {

    private static final Logger LOG = Logger.getLogger(NoticeRelay.class.getName());

    /** Messages leased per round. */
    private static final int BATCH = 20;

    @Resource TimerService timers;
    @Inject Postbox postbox;
    @Inject Reminders reminders;
    @Inject Mailer mailer;

    @Inject
    @ConfigProperty(name = "relink.notifications.interval")
    Duration interval;

    @Inject Letters letters;
    private final AtomicBoolean running = new AtomicBoolean();

    /** When this node last looked for escalations and digests; once a minute is plenty. */
    private volatile long remindedAt = System.nanoTime() - Duration.ofMinutes(1).toNanos();

    public void schedule(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (timers.getTimers().isEmpty()) {
            timers.createIntervalTimer(
                    interval.toMillis(),
                    interval.toMillis(),
                    new TimerConfig("relink-notifications", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (System.nanoTime() - remindedAt
                    >= Math.min(interval.toNanos() * 6, 60_000_000_000L)) {
                remindedAt = System.nanoTime();
                reminders.escalate();
                reminders.digest();
            }
            long until = System.nanoTime() + interval.toNanos();
            List<UUID> claimed;
            do {
                claimed = postbox.claim(BATCH);
                String away = null;
                for (UUID message : claimed) {
                    if (away != null) {
                        // the server did not take the last one: the rest wait without a try each
                        postbox.failed(message, away);
                        continue;
                    }
                    away = postbox.prepare(message).map(this::send).orElse(null);
                }
                if (away != null) {
                    break;
                }
            } while (claimed.size() == BATCH && System.nanoTime() < until);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A notice relay tick failed; the next one tries again", failed);
        } finally {
            running.set(false);
        }
    }

    /** Sends one message; answers why the server did not take it, or null when it did. */
    private String send(Postbox.Outgoing outgoing) {
        Letters.Written written = letters.write(outgoing.letter());
        try {
            mailer.send(
                    outgoing.address(),
                    written.subject(),
                    written.text(),
                    written.html(),
                    outgoing.messageId().toString());
        } catch (Mailer.MailNotSent failed) {
            LOG.log(
                    Level.INFO,
                    "Notice {0} waits for the mail server: {1}",
                    new Object[] {outgoing.messageId(), failed.getMessage()});
            postbox.failed(outgoing.messageId(), failed.getMessage());
            return failed.getMessage();
        }
        postbox.sent(outgoing.messageId());
        return null;
    }
}
