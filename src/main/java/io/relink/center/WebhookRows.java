package io.relink.center;

import io.relink.platform.Page;
import io.relink.webhooks.entity.Attempt;
import io.relink.webhooks.entity.Delivery;
import io.relink.webhooks.entity.EventType;
import io.relink.webhooks.entity.Subscription;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the Webhooks page lists, as it reads: webhooks without their secrets, deliveries with their
 * tries, times in words. Pure, so that the page keeps plain values in its view state and never an
 * entity that was read in a transaction long over.
 */
public final class WebhookRows {

    private static final DateTimeFormatter TIME_DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** Deliveries are looked at second by second: a retry's moment matters. */
    private static final DateTimeFormatter TIME_SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private WebhookRows() {}

    /** A webhook as listed: never its secret. */
    public record Hook(
            UUID id,
            String url,
            String events,
            boolean enabled,
            String disabledReason,
            String createdBy,
            String created)
            implements Serializable {}

    /** One delivery of the webhook shown, with its tries, oldest first. */
    public record Sent(
            UUID id,
            String type,
            String webhookId,
            String occurred,
            Delivery.Status status,
            int attempts,
            String nextAttempt,
            List<Try> tries)
            implements Serializable {}

    /** One try: the receiver's status, or why it could not be asked; the first KiB it answered. */
    public record Try(String at, String outcome, int latencyMillis, String answer)
            implements Serializable {}

    static Hook hook(Subscription s) {
        return new Hook(
                s.id(),
                s.url(),
                s.types().stream().map(EventType::key).collect(Collectors.joining(" ")),
                s.enabled(),
                s.disabledReason(),
                s.createdBy(),
                TIME_DAY.format(s.createdAt()));
    }

    /** A page of deliveries with the tries of each, matched from {@code attempts}. */
    static Page<Sent> page(Page<Delivery> found, List<Attempt> attempts) {
        Map<UUID, List<Attempt>> tries =
                attempts.stream().collect(Collectors.groupingBy(Attempt::deliveryId));
        return found.map(d -> sent(d, tries.getOrDefault(d.id(), List.of())));
    }

    private static Sent sent(Delivery d, List<Attempt> attempts) {
        return new Sent(
                d.id(),
                d.event().type().key(),
                d.event().messageId(),
                TIME_SECOND.format(d.event().occurredAt()),
                d.status(),
                d.attempts(),
                d.nextAttemptAt() == null ? null : TIME_SECOND.format(d.nextAttemptAt()),
                attempts.stream()
                        .map(
                                a ->
                                        new Try(
                                                TIME_SECOND.format(a.attemptedAt()),
                                                a.statusCode() != null
                                                        ? "HTTP " + a.statusCode()
                                                        : a.error(),
                                                a.latencyMillis(),
                                                a.answer()))
                        .toList());
    }

    static String minute(Instant at) {
        return at == null ? null : TIME_DAY.format(at);
    }
}
