package io.relink.channels.control;

import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sums up one workspace's linked channels as {@link SummaryView}. Two queries, whatever the
 * workspace's size: its linked channels, and their tokens. States are derived here at the moment of
 * the summary (the stored state would do for counting in SQL, at most one sweep behind).
 */
@Stateless
public class Summaries {

    @PersistenceContext EntityManager em;

    @Inject ChannelStore channels;
    @Inject Clock clock;

    public SummaryView summarize(UUID workspaceId) {
        Instant now = clock.instant();
        List<Channel> linked =
                em.createQuery(
                                "select c from Channel c where c.workspace.id = :ws and c.unlinkedAt is null",
                                Channel.class)
                        .setParameter("ws", workspaceId)
                        .getResultList();
        Map<UUID, List<AccessToken>> tokens =
                em.createQuery(
                                """
                        select t from AccessToken t join fetch t.identity
                        where t.channel.workspace.id = :ws and t.channel.unlinkedAt is null""",
                                AccessToken.class)
                        .setParameter("ws", workspaceId)
                        .getResultStream()
                        .collect(Collectors.groupingBy(t -> t.channel().id()));
        List<SummaryView.NetworkState> states = new ArrayList<>();
        List<Instant> lapses = new ArrayList<>();
        for (Channel channel : linked) {
            List<AccessToken> own = tokens.getOrDefault(channel.id(), List.of());
            Map<UUID, AccessToken> byId =
                    own.stream().collect(Collectors.toMap(AccessToken::id, t -> t));
            ChannelStates.Derivation derivation = channels.derive(channel, own, now);
            states.add(new SummaryView.NetworkState(channel.network(), derivation.state()));
            derivation.tokens().stream()
                    .filter(t -> !t.status().isDead())
                    .map(t -> Lapse.of(t, byId.get(t.id()).dataAccessExpiresAt()))
                    .filter(Objects::nonNull)
                    .forEach(lapse -> lapses.add(lapse.at()));
        }
        return SummaryView.of(states, lapses, now);
    }
}
