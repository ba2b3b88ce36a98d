package io.relink.checks.boundary;

import io.relink.checks.control.CheckSettings;
import io.relink.checks.control.Checker;
import io.relink.checks.control.Tally;
import io.relink.networks.NetworkType;
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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sweep: a timer on every node that checks the tokens falling due, every {@code
 * relink.checks.interval}. The timer is not persistent (Payara's persistent timers do not fail over
 * reliably in a cluster); the row leases decide which node checks which token, so every node runs
 * the same timer and a node that dies only leaves leases that run out.
 *
 * <p>A tick that finds the previous sweep still running is skipped rather than queued. A sweep that
 * had to stop with tokens still due (after two intervals of checks) goes on at once, without
 * waiting for the next tick; each of its rounds counts as a finished sweep for {@link SweepHealth}.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "KeyRing"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Sweep {

    private static final Logger LOG = Logger.getLogger(Sweep.class.getName());

    @Resource TimerService timers;
    @Inject Checker checker;
    @Inject CheckSettings settings;

    @Inject
    @ConfigProperty(name = "relink.checks.enabled")
    boolean enabled;

    private final AtomicBoolean running = new AtomicBoolean();

    /** When this node's sweep last finished without failing, or when it was scheduled. */
    private volatile Instant lastSwept;

    private final Set<NetworkType> reportedUnavailable = EnumSet.noneOf(NetworkType.class);

    /**
     * Starts the timer once the web application is up, not when this bean is: EJBs start before the
     * web module, and a sweep that ran in between would find the SANDBOX network (served by this
     * very application) unreachable and count that as trouble, which after a restart longer than
     * the grace period made demo tokens UNVERIFIED for no reason.
     */
    public void schedule(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (!enabled) {
            LOG.warning(
                    "Token checks are switched off (relink.checks.enabled=false): nothing will notice a token dying");
            return;
        }
        if (!timers.getTimers().isEmpty()) {
            return;
        }
        long every = settings.interval().toMillis();
        lastSwept = Instant.now();
        timers.createIntervalTimer(
                Math.min(every, 10_000), every, new TimerConfig("relink-sweep", false));
        LOG.info("Token sweep every " + settings.interval() + " on this node");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Tally tally;
            do {
                tally = checker.sweep();
                log(tally);
                reportUnavailable(tally);
                lastSwept = Instant.now();
            } while (tally.wasCutShort());
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "The sweep failed; the next tick tries again", failure);
        } finally {
            running.set(false);
        }
    }

    private static void log(Tally tally) {
        if (tally.dead() > 0 || tally.troubled() > 0 || tally.notRecorded() > 0) {
            LOG.info("Sweep: " + tally);
        } else if (tally.checked() > 0) {
            LOG.fine(() -> "Sweep: " + tally);
        }
    }

    /**
     * When this node's sweep last finished (or, before its first tick, when it was scheduled); null
     * when checks are off on this node.
     */
    public Instant lastSwept() {
        return lastSwept;
    }

    /** Says once per node (not every minute) that a network's tokens cannot be checked, and why. */
    private synchronized void reportUnavailable(Tally tally) {
        tally.unavailable()
                .forEach(
                        (network, why) -> {
                            if (reportedUnavailable.add(network)) {
                                LOG.warning(
                                        "Tokens of "
                                                + network.displayName()
                                                + " are not checked at the network: "
                                                + why
                                                + ". Their lifespans are still watched.");
                            }
                        });
    }
}
