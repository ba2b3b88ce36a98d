package io.relink.webhooks.control;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.ChannelStateChanged;
import io.relink.channels.entity.TokenExpiring;
import io.relink.channels.entity.TokenRenewed;
import io.relink.channels.entity.TokenStatusChanged;
import io.relink.reconnect.entity.ConnectionCompleted;
import io.relink.webhooks.entity.EventType;
import io.relink.webhooks.entity.OutboxEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the transactional outbox: observes the channel aggregate's events <em>inside</em> the
 * transaction of the change (synchronous observers, as the ledger fires them before it commits), so
 * that an event is stored exactly when its change is, and turns each into the body every subscriber
 * will receive: {@code {type, timestamp, data}} with the channel as the API shows it (never a
 * secret) and the workspace's id.
 *
 * <p>Which event types a change tells: a channel that went DISCONNECTED is {@code channel.lost};
 * one that works again after being lost or unverified {@code channel.recovered}; UNVERIFIED {@code
 * channel.unverified}; UNLINKED {@code channel.unlinked}; a token crossing a warning threshold
 * {@code channel.expiring}; a dead token {@code token.died}; a renewal {@code token.renewed}; a
 * finished flow {@code connection.completed}.
 */
@ApplicationScoped
public class Outbox {

    private static final Set<ChannelState> TROUBLED =
            EnumSet.of(ChannelState.DISCONNECTED, ChannelState.UNVERIFIED);

    @PersistenceContext EntityManager em;
    @Inject ChannelStore channels;

    /** Tells this node's relay, once the transaction commits, that there is something to send. */
    @Inject Event<OutboxWritten> written;

    /** The channel as the API writes it (absent values as null); made once, with the bean. */
    private Jsonb json;

    @PostConstruct
    void open() {
        json = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    }

    void stateChanged(@Observes ChannelStateChanged change) {
        typeOf(change.from(), change.to())
                .ifPresent(
                        type ->
                                write(
                                        type,
                                        change.workspaceId(),
                                        change.channelId(),
                                        change.at(),
                                        Json.createObjectBuilder()
                                                .add("previousState", change.from().name())
                                                .add("actor", change.actor()),
                                        type.key() + ":" + change.channelId() + ":" + change.at()));
    }

    /** The event type a change of state tells, if any (a pure decision). */
    static Optional<EventType> typeOf(ChannelState from, ChannelState to) {
        return switch (to) {
            case DISCONNECTED -> Optional.of(EventType.CHANNEL_LOST);
            case UNVERIFIED -> Optional.of(EventType.CHANNEL_UNVERIFIED);
            case UNLINKED -> Optional.of(EventType.CHANNEL_UNLINKED);
            case CONNECTED, EXPIRING, DEGRADED ->
                    from != null && TROUBLED.contains(from)
                            ? Optional.of(EventType.CHANNEL_RECOVERED)
                            : Optional.empty();
        };
    }

    void tokenChanged(@Observes TokenStatusChanged change) {
        if (!change.to().isDead()) {
            return;
        }
        write(
                EventType.TOKEN_DIED,
                change.workspaceId(),
                change.channelId(),
                change.at(),
                Json.createObjectBuilder()
                        .add(
                                "token",
                                Json.createObjectBuilder()
                                        .add("id", change.tokenId().toString())
                                        .add("identity", change.identityName())
                                        .add("status", change.to().name())
                                        .add("cause", text(change.cause()))
                                        .add("rawCode", text(change.rawCode()))),
                "token.died:" + change.tokenId() + ":" + change.at());
    }

    void expiring(@Observes TokenExpiring expiring) {
        write(
                EventType.CHANNEL_EXPIRING,
                expiring.workspaceId(),
                expiring.channelId(),
                expiring.at(),
                Json.createObjectBuilder()
                        .add(
                                "token",
                                Json.createObjectBuilder()
                                        .add("id", expiring.tokenId().toString())
                                        .add("identity", expiring.identityName())
                                        .add("lapsesAt", expiring.lapsesAt().toString())
                                        .add("thresholdDays", expiring.threshold().toDays())),
                // one notice per token, lapse and threshold, however often it is announced
                "channel.expiring:"
                        + expiring.tokenId()
                        + ":"
                        + expiring.lapsesAt()
                        + ":"
                        + expiring.threshold());
    }

    void renewed(@Observes TokenRenewed renewed) {
        JsonObjectBuilder token =
                Json.createObjectBuilder()
                        .add("id", renewed.tokenId().toString())
                        .add("identity", renewed.identityName())
                        .add("refreshTokenRotated", renewed.rotated())
                        .add("expiresAt", text(renewed.expiresAt()));
        write(
                EventType.TOKEN_RENEWED,
                renewed.workspaceId(),
                renewed.channelId(),
                renewed.at(),
                Json.createObjectBuilder().add("token", token),
                "token.renewed:" + renewed.tokenId() + ":" + renewed.at());
    }

    void completed(@Observes ConnectionCompleted completed) {
        JsonObjectBuilder data =
                Json.createObjectBuilder()
                        .add("connectionId", completed.flowId().toString())
                        .add("network", completed.network().name())
                        .add("purpose", completed.purpose().name())
                        .add("actor", completed.actor());
        if (completed.outcome() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(completed.outcome()))) {
                data.add("outcome", reader.readObject());
            }
        }
        write(
                EventType.CONNECTION_COMPLETED,
                completed.workspaceId(),
                null,
                completed.at(),
                data,
                "connection.completed:" + completed.flowId());
    }

    /** A test event for one subscription, written like any other. */
    public OutboxEvent test(UUID workspaceId, UUID subscriptionId, Instant at) {
        UUID id = UUID.randomUUID();
        OutboxEvent event =
                new OutboxEvent(
                        id,
                        workspaceId,
                        EventType.WEBHOOK_TEST,
                        null,
                        at,
                        body(
                                EventType.WEBHOOK_TEST,
                                at,
                                Json.createObjectBuilder()
                                        .add("workspaceId", workspaceId.toString())
                                        .add(
                                                "message",
                                                "A test event from Relink: the receiver works.")
                                        .build()),
                        "webhook.test:" + id,
                        subscriptionId);
        em.persist(event);
        written.fire(new OutboxWritten());
        return event;
    }

    private void write(
            EventType type,
            UUID workspaceId,
            UUID channelId,
            Instant at,
            JsonObjectBuilder extra,
            String key) {
        String dedupKey = key.length() > 200 ? key.substring(0, 200) : key;
        // Looked up rather than left to the unique index: a violation would roll back the change
        // of the channel itself. The ledger holds the channel's lock, so no one writes the same
        // key meanwhile.
        if (!em.createQuery("select e.id from OutboxEvent e where e.dedupKey = :k", UUID.class)
                .setParameter("k", dedupKey)
                .getResultList()
                .isEmpty()) {
            return;
        }
        JsonObjectBuilder data =
                Json.createObjectBuilder().add("workspaceId", workspaceId.toString());
        if (channelId != null) {
            data.add("channel", asJson(channels.view(workspaceId, channelId)));
        }
        data.addAll(extra);
        em.persist(
                new OutboxEvent(
                        UUID.randomUUID(),
                        workspaceId,
                        type,
                        channelId,
                        at,
                        body(type, at, data.build()),
                        dedupKey,
                        null));
        written.fire(new OutboxWritten());
    }

    /** A value as JSON text, or JSON null: every body has the same fields. */
    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    static String body(EventType type, Instant at, JsonObject data) {
        return Json.createObjectBuilder()
                .add("type", type.key())
                .add("timestamp", at.toString())
                .add("data", data)
                .build()
                .toString();
    }

    private JsonObject asJson(Object view) {
        try (JsonReader reader = Json.createReader(new StringReader(json.toJson(view)))) {
            return reader.readObject();
        }
    }
}
