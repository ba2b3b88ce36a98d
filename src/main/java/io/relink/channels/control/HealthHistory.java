package io.relink.channels.control;

import io.relink.audit.entity.Action;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.Identity;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The health of one workspace through time, read from the history: the healthy share day by day
 * ({@link HealthTrend}), the time to reconnect ({@link ReconnectTimes}) and the repeat offenders
 * ({@link RepeatOffenders}), over the last {@link HealthTrend#DAYS} days.
 *
 * <p>Counted by the database on the {@code channel.state-changed} and {@code token.died} entries
 * (their states are columns, V19; index {@code (workspace_id, action, occurred_at)}): sums per UTC
 * day and pair of states, counts per channel and identity, never the entries themselves. The one
 * read that grows with the workspace is the time to reconnect: one pair of instants per recovery of
 * the period, each with its loss found on the index {@code (channel_id, occurred_at)}, kept as
 * seconds (8 bytes a recovery) for the percentiles.
 */
@Stateless
public class HealthHistory {

    /** How many channels and identities the repeat offenders name. */
    public static final int OFFENDERS = 5;

    /** A UTC day as days since 1970-01-01, in HQL. */
    private static final String DAY = "floor(extract(epoch from %s) / 86400)";

    private static final String CHANGED = Action.CHANNEL_STATE_CHANGED.key();
    private static final String LOST = ChannelState.DISCONNECTED.name();

    /** States in which a token works: leaving {@code DISCONNECTED} for one is a recovery. */
    private static final List<String> WORKING =
            List.of(
                    ChannelState.CONNECTED.name(),
                    ChannelState.EXPIRING.name(),
                    ChannelState.DEGRADED.name());

    private static final List<String> HEALTHY_NAMES =
            SummaryView.HEALTHY.stream().map(Enum::name).toList();

    @PersistenceContext EntityManager em;

    /** The healthy share at the end of each of the last 90 days. */
    public List<HealthTrend.Point> trend(UUID ws, Instant now, long total, long healthy) {
        Instant since = HealthTrend.since(now);
        List<HealthTrend.Changes> changes =
                em.createQuery(
                                "select "
                                        + day("a.occurredAt")
                                        + " as d, a.stateFrom, a.stateTo, count(a) from"
                                        + " AuditEntry a where a.workspaceId = :ws and a.action ="
                                        + " :changed and a.occurredAt >= :since and a.stateFrom is"
                                        + " not null and a.stateTo is not null group by d,"
                                        + " a.stateFrom, a.stateTo",
                                Object[].class)
                        .setParameter("ws", ws)
                        .setParameter("changed", CHANGED)
                        .setParameter("since", since)
                        .getResultStream()
                        .map(
                                r ->
                                        new HealthTrend.Changes(
                                                number(r[0]),
                                                (String) r[1],
                                                (String) r[2],
                                                number(r[3])))
                        .toList();
        List<HealthTrend.DayCount> created = perDay("createdAt", "", ws, since);
        List<HealthTrend.DayCount> unlinked = perDay("unlinkedAt", "", ws, since);
        List<HealthTrend.DayCount> createdHealthy =
                perDay(
                        "createdAt",
                        """
                        and (exists (select 1 from AuditEntry a where a.channelId = c.id
                                and a.action = :changed and a.stateFrom in :healthyNames
                                and not exists (select 1 from AuditEntry b
                                    where b.channelId = c.id and b.action = :changed
                                      and b.stateFrom is not null and b.occurredAt < a.occurredAt))
                              or (not exists (select 1 from AuditEntry a where a.channelId = c.id
                                    and a.action = :changed and a.stateFrom is not null)
                                  and c.state in :healthy))""",
                        ws,
                        since);
        return HealthTrend.of(now, total, healthy, changes, created, unlinked, createdHealthy);
    }

    /** Median and 90th percentile of loss to recovery, for the recoveries since {@code since}. */
    public ReconnectTimes.ReconnectTime reconnectTime(UUID ws, Instant since) {
        long[] seconds = new long[64];
        int count = 0;
        var rows =
                em.createQuery(
                                """
                        select a.occurredAt,
                               (select max(l.occurredAt) from AuditEntry l
                                 where l.channelId = a.channelId and l.workspaceId = :ws
                                   and l.action = :changed and l.stateTo = :lost
                                   and l.occurredAt <= a.occurredAt)
                        from AuditEntry a
                        where a.workspaceId = :ws and a.action = :changed and a.occurredAt >= :since
                          and a.stateFrom = :lost and a.stateTo in :working""",
                                Object[].class)
                        .setParameter("ws", ws)
                        .setParameter("changed", CHANGED)
                        .setParameter("lost", LOST)
                        .setParameter("working", WORKING)
                        .setParameter("since", since)
                        .getResultStream()
                        .iterator();
        while (rows.hasNext()) {
            Object[] row = rows.next();
            if (row[1] != null) {
                if (count == seconds.length) {
                    seconds = Arrays.copyOf(seconds, count * 2);
                }
                seconds[count++] = ReconnectTimes.seconds((Instant) row[1], (Instant) row[0]);
            }
        }
        return ReconnectTimes.of(since, seconds, count);
    }

    /** The channels lost most often and the identities whose tokens died most often. */
    public RepeatOffenders offenders(UUID ws, Instant since) {
        List<Object[]> lostMost =
                em.createQuery(
                                """
                        select a.channelId, count(a) as losses from AuditEntry a
                        where a.workspaceId = :ws and a.action = :changed and a.occurredAt >= :since
                          and a.stateTo = :lost and a.channelId is not null
                        group by a.channelId
                        order by losses desc, a.channelId""",
                                Object[].class)
                        .setParameter("ws", ws)
                        .setParameter("changed", CHANGED)
                        .setParameter("lost", LOST)
                        .setParameter("since", since)
                        .setMaxResults(OFFENDERS)
                        .getResultList();
        Map<UUID, Channel> channels =
                byId(
                        Channel.class,
                        "select c from Channel c where c.workspace.id = :ws and c.id in :ids",
                        ws,
                        lostMost.stream().map(r -> (UUID) r[0]).toList(),
                        Channel::id);
        List<RepeatOffenders.ChannelOffender> channelOffenders =
                lostMost.stream()
                        .filter(r -> channels.containsKey((UUID) r[0]))
                        .map(
                                r -> {
                                    Channel c = channels.get((UUID) r[0]);
                                    return new RepeatOffenders.ChannelOffender(
                                            c.id(),
                                            c.name(),
                                            c.network(),
                                            c.isUnlinked()
                                                    ? ChannelState.UNLINKED.name()
                                                    : String.valueOf(c.state()),
                                            number(r[1]));
                                })
                        .toList();
        List<Object[]> diedMost =
                em.createQuery(
                                "select t.identity.id, count(distinct "
                                        + day("a.occurredAt")
                                        + ") as days, count(a) as deaths, count(distinct"
                                        + " a.channelId) from AuditEntry a, AccessToken t where"
                                        + " t.id = a.tokenId and a.workspaceId = :ws and a.action"
                                        + " = :died and a.occurredAt >= :since group by"
                                        + " t.identity.id order by days desc, deaths desc,"
                                        + " t.identity.id",
                                Object[].class)
                        .setParameter("ws", ws)
                        .setParameter("died", Action.TOKEN_DIED.key())
                        .setParameter("since", since)
                        .setMaxResults(OFFENDERS)
                        .getResultList();
        Map<UUID, Identity> identities =
                byId(
                        Identity.class,
                        "select i from Identity i where i.workspace.id = :ws and i.id in :ids",
                        ws,
                        diedMost.stream().map(r -> (UUID) r[0]).toList(),
                        Identity::id);
        List<RepeatOffenders.IdentityOffender> identityOffenders =
                diedMost.stream()
                        .filter(r -> identities.containsKey((UUID) r[0]))
                        .map(
                                r -> {
                                    Identity i = identities.get((UUID) r[0]);
                                    return new RepeatOffenders.IdentityOffender(
                                            i.id(),
                                            i.displayName(),
                                            i.network(),
                                            number(r[1]),
                                            number(r[2]),
                                            number(r[3]));
                                })
                        .toList();
        return new RepeatOffenders(since, channelOffenders, identityOffenders);
    }

    private List<HealthTrend.DayCount> perDay(String column, String more, UUID ws, Instant since) {
        var query =
                em.createQuery(
                                "select "
                                        + day("c." + column)
                                        + " as d, count(c) from Channel c where c.workspace.id ="
                                        + " :ws and c."
                                        + column
                                        + " >= :since "
                                        + more
                                        + " group by d",
                                Object[].class)
                        .setParameter("ws", ws)
                        .setParameter("since", since);
        if (!more.isEmpty()) {
            query.setParameter("changed", CHANGED)
                    .setParameter("healthyNames", HEALTHY_NAMES)
                    .setParameter("healthy", SummaryView.HEALTHY);
        }
        return query.getResultStream()
                .map(r -> new HealthTrend.DayCount(number(r[0]), number(r[1])))
                .toList();
    }

    private <T> Map<UUID, T> byId(
            Class<T> type, String query, UUID ws, Collection<UUID> ids, Function<T, UUID> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(query, type)
                .setParameter("ws", ws)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(id, t -> t));
    }

    private static String day(String path) {
        return DAY.formatted(path);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
