package io.relink.audit.control;

import io.relink.audit.entity.AuditEntry;
import io.relink.platform.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads a channel's history, newest first, a page at a time. */
@Stateless
public class History {

    @PersistenceContext EntityManager em;

    public Page<Entry> of(UUID workspaceId, UUID channelId, int page, int size) {
        long total =
                em.createQuery(
                                "select count(a) from AuditEntry a where a.workspaceId = :ws and a.channelId = :c",
                                Long.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("c", channelId)
                        .getSingleResult();
        List<Entry> entries =
                em.createQuery(
                                "select a from AuditEntry a where a.workspaceId = :ws and a.channelId = :c "
                                        + "order by a.occurredAt desc, a.id",
                                AuditEntry.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("c", channelId)
                        .setFirstResult(Page.offset(page, size))
                        .setMaxResults(size)
                        .getResultStream()
                        .map(
                                a ->
                                        new Entry(
                                                a.id(),
                                                a.occurredAt(),
                                                a.actor(),
                                                a.action(),
                                                a.tokenId(),
                                                a.detail()))
                        .toList();
        return Page.of(entries, page, size, total);
    }

    /** One line of history as the API shows it. */
    public record Entry(
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            UUID tokenId,
            String detail) {}
}
