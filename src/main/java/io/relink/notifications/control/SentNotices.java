package io.relink.notifications.control;

import io.relink.notifications.entity.Notice;
import io.relink.platform.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.UUID;

/** What was told to whom, and where each notice stands: newest first. */
@Stateless
public class SentNotices {

    @PersistenceContext EntityManager em;

    /**
     * One page of the workspace's notices.
     *
     * @param channelId only those about this channel, when given
     */
    public Page<Notice> of(UUID workspaceId, UUID channelId, int page, int size) {
        String where =
                " from Notice n where n.workspaceId = :ws"
                        + (channelId == null ? "" : " and n.channelId = :c");
        TypedQuery<Long> count = em.createQuery("select count(n)" + where, Long.class);
        TypedQuery<Notice> list =
                em.createQuery(
                        "select n" + where + " order by n.occurredAt desc, n.address",
                        Notice.class);
        count.setParameter("ws", workspaceId);
        list.setParameter("ws", workspaceId);
        if (channelId != null) {
            count.setParameter("c", channelId);
            list.setParameter("c", channelId);
        }
        return Page.of(
                list.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList(),
                page,
                size,
                count.getSingleResult());
    }
}
