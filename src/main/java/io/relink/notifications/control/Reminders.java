package io.relink.notifications.control;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.entity.ChannelState;
import io.relink.notifications.entity.Notice;
import io.relink.notifications.entity.NoticeKind;
import io.relink.notifications.entity.Recipient;
import io.relink.problems.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notices time calls for rather than a change: the escalation of a channel still DISCONNECTED
 * long after its loss was told, and the daily digest. Each is written once (its key says which
 * loss, or which day), whichever node gets there first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Reminders {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext EntityManager em;
    @Inject NoticeWriter writer;
    @Inject NotificationSettings settings;
    @Inject ChannelStore channels;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.notifications.escalate-after")
    Duration escalateAfter;

    @Inject
    @ConfigProperty(name = "relink.notifications.digest-at")
    LocalTime digestAt;

    /**
     * Escalates every loss told at least {@code escalate-after} ago whose channel is still down.
     */
    public int escalate() {
        Instant now = clock.instant();
        // the first loss of each channel since it last recovered or was escalated
        List<Object[]> losses =
                em.createQuery(
                                "select n.workspaceId, n.channelId, min(n.occurredAt) from Notice n"
                                        + " where n.kind = :lost and n.status <> :cancelled"
                                        + " and n.occurredAt <= :before"
                                        + " and not exists (select r.id from Notice r"
                                        + "   where r.channelId = n.channelId"
                                        + "   and r.kind in :closing and r.occurredAt >= n.occurredAt)"
                                        + " group by n.workspaceId, n.channelId",
                                Object[].class)
                        .setParameter("lost", NoticeKind.LOST)
                        .setParameter("cancelled", Notice.Status.CANCELLED)
                        .setParameter("before", now.minus(escalateAfter))
                        .setParameter(
                                "closing", List.of(NoticeKind.RECOVERED, NoticeKind.ESCALATED))
                        .setMaxResults(100)
                        .getResultList();
        int escalated = 0;
        for (Object[] loss : losses) {
            UUID workspaceId = (UUID) loss[0];
            UUID channelId = (UUID) loss[1];
            Instant since = (Instant) loss[2];
            ChannelView channel;
            try {
                channel = channels.view(workspaceId, channelId);
            } catch (ProblemException gone) {
                continue; // removed since
            }
            if (channel.state() != ChannelState.DISCONNECTED) {
                continue;
            }
            List<Recipient> owners =
                    settings.recipients(workspaceId, channelId, NoticeKind.ESCALATED);
            writer.write(
                    NoticeKind.ESCALATED,
                    workspaceId,
                    owners,
                    new Notice.About(
                            channelId,
                            channel.name(),
                            channel.network().displayName(),
                            "Disconnected since "
                                    + WHEN.format(since)
                                    + ". "
                                    + (channel.causeText() == null ? "" : channel.causeText() + " ")
                                    + told(channelId, since),
                            channel.nextStep(),
                            null),
                    now,
                    "escalated:" + channelId + ":" + since);
            escalated++;
        }
        return escalated;
    }

    /** Who was told of the loss, and when (or that it still waits for the mail server). */
    private String told(UUID channelId, Instant since) {
        Map<String, String> told = new LinkedHashMap<>();
        em.createQuery(
                        "select n from Notice n where n.channelId = :c and n.kind = :lost"
                                + " and n.occurredAt >= :since order by n.occurredAt",
                        Notice.class)
                .setParameter("c", channelId)
                .setParameter("lost", NoticeKind.LOST)
                .setParameter("since", since)
                .getResultStream()
                .forEach(
                        n ->
                                told.putIfAbsent(
                                        n.address(),
                                        n.sentAt() != null
                                                ? n.address() + " (" + WHEN.format(n.sentAt()) + ")"
                                                : n.address()
                                                        + " (not sent yet: "
                                                        + n.status()
                                                        + ")"));
        return told.isEmpty()
                ? "Nobody was told: nobody in the workspace chose to get losses."
                : "Told: " + told.values().stream().collect(Collectors.joining(", ")) + ".";
    }

    /**
     * Writes today's digest for every person who chose it, once the day's digest time has passed;
     * answers how many were written.
     */
    public int digest() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (now.isBefore(today.atTime(digestAt).toInstant(ZoneOffset.UTC))) {
            return 0;
        }
        List<UUID> workspaces =
                em.createQuery(
                                "select distinct c.workspaceId from Choice c"
                                        + " where c.kinds like :digest",
                                UUID.class)
                        .setParameter("digest", "%" + NoticeKind.DIGEST.key() + "%")
                        .getResultList();
        int written = 0;
        for (UUID workspaceId : workspaces) {
            long troubled =
                    channels.linked(workspaceId).stream()
                            .filter(c -> c.state() != ChannelState.CONNECTED)
                            .count();
            if (troubled == 0) {
                continue;
            }
            List<Recipient> readers = settings.recipients(workspaceId, null, NoticeKind.DIGEST);
            writer.write(
                    NoticeKind.DIGEST,
                    workspaceId,
                    readers,
                    new Notice.About(
                            null, null, null, troubled + " channels need attention", null, null),
                    now,
                    "digest:" + workspaceId + ":" + today);
            written += readers.size();
        }
        return written;
    }
}
