package io.relink.checks.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch of tokens this node leased in one claim, and the lease they share: from {@code at} to
 * {@code until}. The lease end tells this claim's leases from any later one of the same node, so
 * that giving tokens back never frees a lease the node took again since.
 *
 * <p>A network call on a claimed token starts only while at least a third of the lease is left
 * ({@link #callable}): a call started later could outlast the lease, and another node, taking the
 * token over, would check it a second time. A token not called in time is given back, due as it
 * was.
 */
public record Claim(List<UUID> tokens, Instant at, Instant until) {

    public Claim {
        tokens = List.copyOf(tokens);
    }

    /** Nothing was due. */
    public static Claim none(Instant at) {
        return new Claim(List.of(), at, at);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether a network call on the claimed tokens may still start at {@code now}. */
    public boolean callable(Instant now) {
        Duration lease = Duration.between(at, until);
        return now.isBefore(until.minus(lease.dividedBy(3)));
    }
}
