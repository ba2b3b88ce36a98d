package io.relink.audit.control;

import io.relink.audit.entity.Action;
import io.relink.audit.entity.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the history: one entry per committed change a check or a person makes, inside the
 * transaction of that change (or, for a caller outside any, in one of its own), so that the history
 * holds exactly what was committed.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext EntityManager em;

    public void write(
            UUID workspaceId,
            UUID channelId,
            UUID tokenId,
            String actor,
            Action action,
            String detail,
            Instant at) {
        em.persist(new AuditEntry(workspaceId, channelId, tokenId, at, actor, action, detail));
    }

    /**
     * A channel's change of state ({@code channel.state-changed}), its states kept as columns too,
     * so that the history can be counted by state in SQL (the health dashboard).
     */
    public void writeStateChange(
            UUID workspaceId,
            UUID channelId,
            String actor,
            String detail,
            String from,
            String to,
            Instant at) {
        em.persist(AuditEntry.stateChange(workspaceId, channelId, at, actor, detail, from, to));
    }
}
