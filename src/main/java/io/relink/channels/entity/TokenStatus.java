package io.relink.channels.entity;

/**
 * What Relink knows of one access token.
 *
 * <p>{@link #EXPIRING} is never stored: it is a {@link #VALID} token whose expiry falls inside the
 * warning window and that cannot be refreshed automatically, and is derived when read.
 */
public enum TokenStatus {
    VALID,
    EXPIRING,
    EXPIRED,
    REVOKED,
    /** Dead for another classified cause. */
    INVALID,
    /** The network could not be asked for longer than the grace period; not known dead. */
    UNVERIFIED;

    /** Dead tokens never come back by themselves: only a reconnect replaces them. */
    public boolean isDead() {
        return this == EXPIRED || this == REVOKED || this == INVALID;
    }

    /** Working tokens can be handed to a downstream product. */
    public boolean isWorking() {
        return this == VALID || this == EXPIRING;
    }
}
