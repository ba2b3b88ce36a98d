package io.relink.reconnect.entity;

/** What an authorization flow is for, and so what its callback does with the grant. */
public enum Purpose {
    /** Connect a new identity: every channel it manages is created (or brought back). */
    CONNECT,
    /** Bring an identity back: its new token replaces the old one on every channel it reaches. */
    RECONNECT,
    /** Attach a further identity's token to one channel, so the channel survives either's death. */
    ADD_TOKEN
}
