package io.relink.networks;

import java.time.Instant;

/**
 * A {@link Network} that speaks to its network through a {@link NetworkEdge}: what every adapter
 * answers alike (its type, whether it can be used, its pause) comes from the edge, so that an
 * adapter declares only what its network does differently. Stateless, with no lifecycle of its own:
 * each adapter still opens its edge in its own {@code connect}, after CDI has injected it.
 */
public interface NetworkAdapter extends Network {

    /** The edge this adapter opened; for the members below, not for callers of the adapter. */
    NetworkEdge edge();

    @Override
    default NetworkType type() {
        return edge().settings().network();
    }

    @Override
    default String unavailableReason() {
        return edge().unavailableReason();
    }

    @Override
    default Instant pausedUntil() {
        return edge().pausedUntil();
    }
}
