package io.relink.channels.entity;

/**
 * A channel's state as people see it. Never stored: derived from the channel's tokens whenever it
 * is read (see {@link io.relink.channels.control.ChannelStates}).
 */
public enum ChannelState {
    /** At least one token works and the best one is not about to lapse. Green. */
    CONNECTED,
    /**
     * The best token expires inside the warning window and cannot be refreshed automatically.
     * Amber.
     */
    EXPIRING,
    /** At least one token works, at least one is dead. Amber. */
    DEGRADED,
    /** No token works. Red alert. */
    DISCONNECTED,
    /**
     * No token known dead, but the network could not confirm for longer than the grace period.
     * Grey.
     */
    UNVERIFIED,
    /** Removed by a person; secrets erased, history kept. Hidden by default. */
    UNLINKED
}
