package io.relink.audit.control;

import io.relink.audit.entity.AuditEntry;
import io.relink.channels.entity.ChannelStateChanged;
import io.relink.channels.entity.TokenExpiring;
import io.relink.channels.entity.TokenStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the history: every change a check or a person makes becomes an audit entry in the same
 * transaction as the change, so that the history holds exactly what was committed. Observes the
 * change events synchronously (in the transaction), unlike observers that act outside it.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext EntityManager em;

    void tokenStatusChanged(@Observes TokenStatusChanged change) {
        String what = change.to().isDead()
                ? "Token of " + change.identityName() + " died: " + change.cause() + (change.rawCode() == null ? "" : " (" + change.rawCode() + ")")
                : "Token of " + change.identityName() + " is " + change.to() + " (was " + change.from() + ")";
        String action = change.to().isDead() ? "token.died"
                : switch (change.to()) {
                    case UNVERIFIED -> "token.unverified";
                    default -> "token.recovered";
                };
        write(change.workspaceId(), change.channelId(), change.tokenId(), change.actor(), action, what, change.at());
    }

    void channelStateChanged(@Observes ChannelStateChanged change) {
        write(change.workspaceId(), change.channelId(), null, change.actor(), "channel.state-changed",
                change.channelName() + ": " + change.from() + " -> " + change.to() + (change.cause() == null ? "" : " (" + change.cause() + ")"),
                change.at());
    }

    void tokenExpiring(@Observes TokenExpiring expiring) {
        write(expiring.workspaceId(), expiring.channelId(), expiring.tokenId(), "relink", "token.expiring",
                "Token of " + expiring.identityName() + " lapses at " + expiring.lapsesAt() + ": inside the " + span(expiring.threshold())
                        + " warning",
                expiring.at());
    }

    private static String span(Duration threshold) {
        long days = threshold.toDays();
        return days >= 1 && threshold.equals(Duration.ofDays(days)) ? days + "-day" : threshold.toString();
    }

    /** An entry for a change no event tells of (a renewal, a person's action). */
    public void write(UUID workspaceId, UUID channelId, UUID tokenId, String actor, String action, String detail, Instant at) {
        em.persist(new AuditEntry(workspaceId, channelId, tokenId, at, actor, action, detail));
    }
}
