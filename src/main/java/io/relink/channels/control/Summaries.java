package io.relink.channels.control;

import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.NetworkType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Sums up one workspace's linked channels as {@link SummaryView}, counted by the database: two
 * queries whatever the workspace's size, and nothing held in memory but the counts and the lapses
 * of the coming weeks.
 *
 * <p>What the history tells (the healthy share day by day, the time to reconnect, the repeat
 * offenders) is read by {@link HealthHistory}, also counted by the database.
 *
 * <ul>
 *   <li>Channels per network and state: the state {@link ChannelLedger} stores with every change,
 *       as the list's {@code state} filter uses it (a state that changes by time alone, a token
 *       entering its warning window, is stored again by the next sweep: at most one sweep behind).
 *   <li>Lapses: the tokens of linked channels, not dead, whose grant or data access ends before the
 *       horizon ({@link ExpirationWeeks#HORIZON}); their lapse is computed as everywhere else
 *       ({@link Lapse}).
 * </ul>
 */
@Stateless
public class Summaries {

    /** The statuses of tokens that still work or may (not dead). */
    private static final List<TokenStatus> ALIVE =
            Arrays.stream(TokenStatus.values()).filter(s -> !s.isDead()).toList();

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    @Inject HealthHistory history;

    @Inject ChannelStore channels;

    @Inject LargeWorkspaces large;

    /**
     * The workspace's summary; a large workspace's (see {@link LargeWorkspaces}) is at most {@link
     * LargeWorkspaces#SUMMARY_FRESH} old, as its {@code at} tells.
     */
    public SummaryView summarize(UUID workspaceId) {
        return large.summaries.get(
                workspaceId,
                clock.instant(),
                () -> count(workspaceId),
                summary -> summary.total() >= LargeWorkspaces.LARGE);
    }

    private SummaryView count(UUID workspaceId) {
        Instant now = clock.instant();
        Map<NetworkType, Map<ChannelState, Long>> counts = channels.linkedCounts(workspaceId);
        Instant horizon = now.plus(ExpirationWeeks.HORIZON);
        List<Instant> lapses =
                em.createQuery(
                                """
                        select t from AccessToken t
                        where t.channel.workspace.id = :ws and t.channel.unlinkedAt is null
                          and t.status in :alive
                          and (t.expiresAt < :horizon or t.refreshExpiresAt < :horizon
                               or t.dataAccessExpiresAt < :horizon)""",
                                AccessToken.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("alive", ALIVE)
                        .setParameter("horizon", horizon)
                        .getResultStream()
                        .map(t -> Lapse.of(TokenFacts.of(t), t.dataAccessExpiresAt()))
                        .filter(Objects::nonNull)
                        .map(Lapse::at)
                        .toList();
        SummaryView summary = SummaryView.counted(counts, lapses, now);
        Instant since = HealthTrend.since(now);
        return summary.withHistory(
                history.trend(workspaceId, now, summary.total(), summary.healthy()),
                history.reconnectTime(workspaceId, since),
                history.offenders(workspaceId, since));
    }
}
