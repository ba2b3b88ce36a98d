package io.relink.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try of a delivery, as the receiver answered it: kept to be shown, never used to decide. */
@Entity
@Table(name = "webhook_attempt")
public class Attempt {

    @Id private UUID id;

    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    private int latencyMillis;

    @Column(length = 2000)
    private String answer;

    @Column(length = 2000)
    private String error;

    protected Attempt() {}

    public Attempt(
            UUID deliveryId,
            Instant attemptedAt,
            Integer statusCode,
            int latencyMillis,
            String answer,
            String error) {
        this.id = UUID.randomUUID();
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.latencyMillis = latencyMillis;
        this.answer = clip(answer, 2000);
        this.error = clip(error, 2000);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public int latencyMillis() {
        return latencyMillis;
    }

    public String answer() {
        return answer;
    }

    public String error() {
        return error;
    }
}
