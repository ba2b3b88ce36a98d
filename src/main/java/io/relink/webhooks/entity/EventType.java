package io.relink.webhooks.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook tells of; the key is the {@code type} of the body and of subscriptions. */
public enum EventType {
    /** A token of the channel came inside a warning threshold before its lapse. */
    CHANNEL_EXPIRING("channel.expiring"),
    /** The channel went DISCONNECTED: no token works. */
    CHANNEL_LOST("channel.lost"),
    /** The channel works again after it was lost or unverified. */
    CHANNEL_RECOVERED("channel.recovered"),
    /** The network could not confirm the channel's tokens for longer than the grace. */
    CHANNEL_UNVERIFIED("channel.unverified"),
    /** Someone unlinked the channel. */
    CHANNEL_UNLINKED("channel.unlinked"),
    /** One token died (its channel may still work through another). */
    TOKEN_DIED("token.died"),
    /** Relink renewed a token with its refresh token. */
    TOKEN_RENEWED("token.renewed"),
    /** A connect, reconnect or add-token flow finished. */
    CONNECTION_COMPLETED("connection.completed"),
    /** Sent on request to one subscription, to try the receiver. */
    WEBHOOK_TEST("webhook.test");

    private final String key;

    EventType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<EventType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
