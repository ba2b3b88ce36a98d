package io.relink.webhooks.boundary;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When this node's relay runs a pass: on its interval, and at once when an outbox event commits
 * here, without two passes at a time and without losing a wake-up that came while a pass ran (the
 * pass may already have read the outbox before that event committed). Pure: the relay starts a pass
 * when {@link #wake} or {@link #end} says so.
 */
final class RelayTurns {

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean missed = new AtomicBoolean();

    /** Something was written: true when a pass must be started (none is on its way yet). */
    boolean wake() {
        return started.compareAndSet(false, true);
    }

    /**
     * A pass (started or the interval's) is to begin: true when it may run; false while another
     * pass runs, which then goes again ({@link #end}).
     */
    boolean begin() {
        started.set(false);
        if (running.compareAndSet(false, true)) {
            return true;
        }
        missed.set(true);
        return false;
    }

    /** The pass ended: true when a pass must be started because a turn came while it ran. */
    boolean end() {
        running.set(false);
        return missed.getAndSet(false) && wake();
    }
}
