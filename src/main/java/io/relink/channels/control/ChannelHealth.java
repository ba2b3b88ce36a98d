package io.relink.channels.control;

import io.relink.workspaces.control.WorkspaceHealth;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Counts every workspace's linked channels by their stored state, in one grouped query. */
@Stateless
public class ChannelHealth implements WorkspaceHealth {

    @PersistenceContext EntityManager em;

    @Override
    public Map<UUID, Map<String, Long>> channelStates() {
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row :
                em.createQuery(
                                "select c.workspace.id, c.state, count(c) from Channel c"
                                        + " where c.unlinkedAt is null and c.state is not null"
                                        + " group by c.workspace.id, c.state",
                                Object[].class)
                        .getResultList()) {
            counts.computeIfAbsent((UUID) row[0], w -> new TreeMap<>())
                    .put(row[1].toString(), (Long) row[2]);
        }
        return counts;
    }
}
