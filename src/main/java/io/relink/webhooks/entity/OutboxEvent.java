package io.relink.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing to tell, written in the transaction of the change that caused it (the transactional
 * outbox). Its payload is the exact body every subscriber receives; its id is the {@code
 * webhook-id}, the same on every retry. Life cycle: written, then fanned out once into a delivery
 * per interested subscription.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id private UUID id;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EventType type;

    @Column(name = "channel_id")
    private UUID channelId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 16000)
    private String payload;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Column(name = "fanned_out_at")
    private Instant fannedOutAt;

    @Column(name = "only_for")
    private UUID onlyFor;

    protected OutboxEvent() {}

    public OutboxEvent(
            UUID id,
            UUID workspaceId,
            EventType type,
            UUID channelId,
            Instant occurredAt,
            String payload,
            String dedupKey,
            UUID onlyFor) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.type = type;
        this.channelId = channelId;
        this.occurredAt = occurredAt;
        this.payload = payload;
        this.dedupKey = dedupKey;
        this.onlyFor = onlyFor;
    }

    public UUID id() {
        return id;
    }

    /** The {@code webhook-id}: {@code msg_} and the event's id. */
    public String messageId() {
        return "msg_" + id.toString().replace("-", "");
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public EventType type() {
        return type;
    }

    public UUID channelId() {
        return channelId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String payload() {
        return payload;
    }

    public UUID onlyFor() {
        return onlyFor;
    }

    public void fannedOut(Instant at) {
        this.fannedOutAt = at;
    }
}
