package io.relink.notifications.boundary;

import io.relink.notifications.entity.Notice;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One notice as the API and pages show it.
 *
 * @param state where it stands, in words: waiting for its grouping window, waiting for the mail
 *     server (with why), sent, or cancelled
 */
public record NoticeView(
        UUID id,
        String kind,
        String address,
        UUID personId,
        UUID channelId,
        String channelName,
        String network,
        String headline,
        Instant occurredAt,
        Instant dueAt,
        String status,
        String state,
        int attempts,
        String lastError,
        UUID messageId,
        Instant sentAt) {

    public static NoticeView of(Notice n) {
        return new NoticeView(
                n.id(),
                n.kind().key(),
                n.address(),
                n.personId(),
                n.channelId(),
                n.channelName(),
                n.network(),
                n.headline(),
                n.occurredAt(),
                n.dueAt(),
                n.status().name(),
                state(n),
                n.attempts(),
                n.lastError(),
                n.messageId(),
                n.sentAt());
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    static String state(Notice n) {
        return switch (n.status()) {
            case SENT -> "sent";
            case CANCELLED -> "cancelled: over before it was sent";
            case PENDING ->
                    n.lastError() != null
                            ? "waiting for the mail server (tried "
                                    + n.attempts()
                                    + (n.attempts() == 1 ? " time" : " times")
                                    + "; next try "
                                    + WHEN.format(n.nextTryAt())
                                    + ")"
                            : "waiting to be sent with the others of its kind (from "
                                    + WHEN.format(n.dueAt())
                                    + ")";
        };
    }
}
