package io.relink.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one subscription. Life cycle: PENDING (due at {@code nextAttemptAt},
 * leased to one node while it is tried), then DELIVERED on a 2xx answer, or GAVE_UP when the
 * subscription's patience ran out. A redelivery makes it PENDING again.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery {

    /** Where a delivery stands. */
    public enum Status {
        PENDING,
        DELIVERED,
        GAVE_UP
    }

    @Id private UUID id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private OutboxEvent event;

    @Column(name = "channel_id")
    private UUID channelId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "first_attempt_at")
    private Instant firstAttemptAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 200)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Delivery() {}

    public Delivery(UUID subscriptionId, OutboxEvent event, Instant now) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.event = event;
        this.channelId = event.channelId();
        this.occurredAt = event.occurredAt();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public OutboxEvent event() {
        return event;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant firstAttemptAt() {
        return firstAttemptAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    /** This node tries it now; another node may take it once {@code until} passed. */
    public void lease(String owner, Instant until) {
        this.leaseOwner = owner;
        this.leaseUntil = until;
    }

    /** One attempt was made: delivered, or tried again at {@code next} (null: gave up). */
    public void attempted(boolean delivered, Instant at, Instant next) {
        attempts++;
        if (firstAttemptAt == null) {
            firstAttemptAt = at;
        }
        leaseOwner = null;
        leaseUntil = null;
        if (delivered) {
            status = Status.DELIVERED;
            deliveredAt = at;
            nextAttemptAt = null;
        } else if (next == null) {
            status = Status.GAVE_UP;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    /** Sent again on request: due now, with a fresh patience. */
    public void redeliver(Instant now) {
        status = Status.PENDING;
        nextAttemptAt = now;
        firstAttemptAt = null;
        deliveredAt = null;
        attempts = 0;
        leaseOwner = null;
        leaseUntil = null;
    }
}
