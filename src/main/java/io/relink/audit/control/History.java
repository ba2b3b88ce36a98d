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
        return of(workspaceId, channelId, null, page, size);
    }

    /**
     * The channel's history, newest first, of one action only ({@code token.died}, say) or of all
     * when {@code action} is null.
     */
    public Page<Entry> of(UUID workspaceId, UUID channelId, String action, int page, int size) {
        String which =
                "from AuditEntry a where a.workspaceId = :ws and a.channelId = :c"
                        + (action == null ? "" : " and a.action = :action");
        var count =
                em.createQuery("select count(a) " + which, Long.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("c", channelId);
        var read =
                em.createQuery(
                                "select a " + which + " order by a.occurredAt desc, a.id",
                                AuditEntry.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("c", channelId);
        if (action != null) {
            count.setParameter("action", action);
            read.setParameter("action", action);
        }
        long total = count.getSingleResult();
        List<Entry> entries =
                read.setFirstResult(Page.offset(page, size))
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

    /** The actions the channel's history holds, in the order of their keys. */
    public List<String> actions(UUID workspaceId, UUID channelId) {
        return em.createQuery(
                        "select distinct a.action from AuditEntry a where a.workspaceId = :ws"
                                + " and a.channelId = :c order by a.action",
                        String.class)
                .setParameter("ws", workspaceId)
                .setParameter("c", channelId)
                .getResultList();
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
