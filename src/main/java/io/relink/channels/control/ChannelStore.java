package io.relink.channels.control;

import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.Channel;
import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import io.relink.platform.Page;
import io.relink.problems.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads channels of one workspace as {@link ChannelView}s, their state derived on the way out.
 *
 * <p>Filters and paging run in SQL, the state filter on the state {@link ChannelLedger} stores in
 * the channel row with every change. A state that changes by time alone (a token entering its
 * warning window) is stored again by the next sweep, so a state filter is at most one sweep behind
 * the clock, while each channel's view is always derived now.
 */
@Stateless
public class ChannelStore {

    @PersistenceContext EntityManager em;

    @Inject
    @ConfigProperty(name = "relink.tokens.expiring-window")
    Duration expiringWindow;

    @Inject Clock clock;

    @Inject LargeWorkspaces large;

    private ChannelStates states;

    @PostConstruct
    void init() {
        states = new ChannelStates(expiringWindow);
    }

    /** The page of the workspace's channels the API's list asks for. */
    public Page<ChannelView> list(UUID workspaceId, ChannelQuery query) {
        Page<ChannelView> read = page(workspaceId, query, query.offset(), query.size());
        // the page asked for, also one far past the end (whose offset stops at the largest int)
        return Page.of(read.items(), query.page(), query.size(), read.totalItems());
    }

    /**
     * How many linked channels the workspace has in each stored state (see {@link ChannelLedger}),
     * counted by the database; states without channels are left out.
     */
    public Map<ChannelState, Long> counts(UUID workspaceId) {
        return counts(workspaceId, ChannelQuery.filters(null, null, null, null));
    }

    /**
     * As {@link #counts(UUID)}, of the linked channels the query's network, text and identity find
     * (its state and order do not matter).
     */
    public Map<ChannelState, Long> counts(UUID workspaceId, ChannelQuery query) {
        Map<ChannelState, Long> counts = new EnumMap<>(ChannelState.class);
        if (query.text() == null && query.identity() == null) {
            linkedCounts(workspaceId).entrySet().stream()
                    .filter(n -> query.network() == null || n.getKey() == query.network())
                    .forEach(n -> n.getValue().forEach((s, c) -> counts.merge(s, c, Long::sum)));
            return counts;
        }
        filtered(
                        workspaceId,
                        ChannelQuery.filters(null, query.network(), query.text(), query.identity()),
                        "select c.state, count(c)",
                        Object[].class,
                        " group by c.state")
                .getResultList()
                .forEach(row -> counts.put((ChannelState) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * How many linked channels the workspace has per network and stored state, counted by the
     * database in one query; states and networks without channels are left out. A large workspace's
     * counts are at most {@link LargeWorkspaces#COUNTS_FRESH} old (see {@link LargeWorkspaces}):
     * the list's every page and the summary need them, and counting 100,000 rows per request is
     * what made them slow.
     */
    public Map<NetworkType, Map<ChannelState, Long>> linkedCounts(UUID workspaceId) {
        return large.counts.get(
                workspaceId,
                clock.instant(),
                () -> {
                    Map<NetworkType, Map<ChannelState, Long>> counts =
                            new EnumMap<>(NetworkType.class);
                    for (Object[] row :
                            em.createQuery(
                                            """
                                    select c.network, c.state, count(c) from Channel c
                                    where c.workspace.id = :ws and c.unlinkedAt is null
                                    group by c.network, c.state""",
                                            Object[].class)
                                    .setParameter("ws", workspaceId)
                                    .getResultList()) {
                        counts.computeIfAbsent(
                                        (NetworkType) row[0],
                                        n -> new EnumMap<>(ChannelState.class))
                                .put((ChannelState) row[1], (Long) row[2]);
                    }
                    // shared by the requests of the next seconds: read-only
                    counts.replaceAll((n, states) -> Collections.unmodifiableMap(states));
                    return Collections.unmodifiableMap(counts);
                },
                counts -> LargeWorkspaces.total(counts) >= LargeWorkspaces.LARGE);
    }

    /**
     * A page of the channels the query's filters find, in its order, starting at row {@code first}
     * (from 0): the API's list and the Connection Center's table. By name or network it is one
     * query on an index; by state (most urgent first, by name within a state) it is read one state
     * after the other, each by the index on workspace, state and name, never by sorting the whole
     * workspace: either costs the same with ten channels or a hundred thousand.
     */
    public Page<ChannelView> page(UUID workspaceId, ChannelQuery query, long first, int size) {
        int page = (int) Math.min(first / Math.max(1, size) + 1, Integer.MAX_VALUE);
        if (query.order().column() != ChannelOrder.Column.STATE
                || query.state() == ChannelState.UNLINKED) {
            ChannelOrder order =
                    query.order().column() == ChannelOrder.Column.STATE
                            ? ChannelOrder.NAME
                            : query.order();
            long total =
                    query.text() == null && query.state() != ChannelState.UNLINKED
                            ? counts(workspaceId, query).entrySet().stream()
                                    .filter(
                                            e ->
                                                    query.state() == null
                                                            || e.getKey() == query.state())
                                    .mapToLong(Map.Entry::getValue)
                                    .sum()
                            : filtered(workspaceId, query, "select count(c)", Long.class, "")
                                    .getSingleResult();
            List<Channel> rows =
                    first >= total
                            ? List.of()
                            : filtered(workspaceId, query, "select c", Channel.class, order.jpql())
                                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                                    .setFirstResult((int) first)
                                    .setMaxResults(size)
                                    .getResultList();
            return Page.of(views(rows, clock.instant()), page, size, total);
        }
        Map<ChannelState, Long> counts = counts(workspaceId, query);
        if (query.state() != null) {
            counts.keySet().retainAll(Set.of(query.state()));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Channel> rows = new ArrayList<>();
        String within =
                query.order().descending()
                        ? " order by c.name desc, c.id desc"
                        : " order by c.name, c.id";
        for (UrgencyPages.Slice slice :
                UrgencyPages.slices(counts, first, size, query.order().descending())) {
            rows.addAll(
                    filtered(
                                    workspaceId,
                                    ChannelQuery.filters(
                                            slice.state(),
                                            query.network(),
                                            query.text(),
                                            query.identity()),
                                    "select c",
                                    Channel.class,
                                    within)
                            .setHint(HibernateHints.HINT_READ_ONLY, true)
                            .setFirstResult((int) slice.offset())
                            .setMaxResults(slice.limit())
                            .getResultList());
        }
        return Page.of(views(rows, clock.instant()), page, size, total);
    }

    /** Every channel still linked, most urgent first: the Connection Center's table. */
    public List<ChannelView> linked(UUID workspaceId) {
        List<Channel> channels =
                em.createQuery(
                                "select c from Channel c where c.workspace.id = :ws and c.unlinkedAt is null order by c.name, c.id",
                                Channel.class)
                        .setParameter("ws", workspaceId)
                        .getResultList();
        return views(channels, clock.instant()).stream()
                .sorted(
                        Comparator.comparing((ChannelView v) -> UrgencyPages.urgency(v.state()))
                                .thenComparing(ChannelView::name))
                .toList();
    }

    public ChannelView view(UUID workspaceId, UUID channelId) {
        return views(List.of(owned(workspaceId, channelId)), clock.instant()).get(0);
    }

    /**
     * The linked channels of the workspace among these ids, by name, in two queries however many
     * they are (the Identities page shows the tokens of every channel its identities reach); ids of
     * other workspaces, unlinked or unknown ones are left out.
     */
    public List<ChannelView> views(UUID workspaceId, Collection<UUID> channelIds) {
        if (channelIds.isEmpty()) {
            return List.of();
        }
        List<Channel> found =
                em.createQuery(
                                "select c from Channel c where c.workspace.id = :ws and c.unlinkedAt is null and c.id in :ids order by c.name, c.id",
                                Channel.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("ids", Set.copyOf(channelIds))
                        .getResultList();
        return views(found, clock.instant());
    }

    /** Will the channel still work at {@code at}? See {@link Preflight}. */
    public PreflightView preflight(UUID workspaceId, UUID channelId, Instant at) {
        Channel channel = owned(workspaceId, channelId);
        List<AccessToken> tokens =
                em.createQuery(
                                "select t from AccessToken t join fetch t.identity where t.channel.id = :id",
                                AccessToken.class)
                        .setParameter("id", channelId)
                        .getResultList();
        Instant now = clock.instant();
        ChannelStates.Derivation current = derive(channel, tokens, now);
        Map<UUID, AccessToken> byId =
                tokens.stream().collect(Collectors.toMap(AccessToken::id, t -> t));
        Map<UUID, Instant> dataAccessEnds = new HashMap<>();
        tokens.stream()
                .filter(t -> t.dataAccessExpiresAt() != null)
                .forEach(t -> dataAccessEnds.put(t.id(), t.dataAccessExpiresAt()));
        Preflight.Verdict verdict =
                Preflight.check(current, dataAccessEnds, channel.network(), at, now);
        List<PreflightView.TokenOutlook> outlooks =
                verdict.tokens().stream()
                        .map(
                                o -> {
                                    AccessToken token = byId.get(o.token().id());
                                    return new PreflightView.TokenOutlook(
                                            token.id(),
                                            new ChannelView.IdentityRef(
                                                    token.identity().id(),
                                                    token.identity().displayName()),
                                            o.works(),
                                            o.lapse() == null ? null : o.lapse().at(),
                                            o.lapse() == null ? null : o.lapse().limit());
                                })
                        .toList();
        return new PreflightView(
                channel.id(),
                at,
                verdict.ok(),
                verdict.reason(),
                current.state(),
                verdict.worksUntil(),
                outlooks);
    }

    /**
     * The channel, if it belongs to the workspace; an id of another workspace is as unknown as a
     * made-up one.
     */
    private Channel owned(UUID workspaceId, UUID channelId) {
        Channel channel = em.find(Channel.class, channelId);
        if (channel == null || !channel.workspace().id().equals(workspaceId)) {
            throw ProblemException.notFound("channel", channelId);
        }
        return channel;
    }

    /**
     * A channel of the workspace that integrations may still use: unknown, another workspace's or
     * unlinked is a 404 problem (an unlinked channel has no secrets left to use).
     */
    public Channel linked(UUID workspaceId, UUID channelId) {
        Channel channel = em.find(Channel.class, channelId);
        if (channel == null
                || !channel.workspace().id().equals(workspaceId)
                || channel.isUnlinked()) {
            throw ProblemException.notFound("channel", channelId);
        }
        return channel;
    }

    /**
     * The token a downstream product should use now (failover): the best working token of a linked
     * channel, in the ranking its state is derived by ({@link ChannelStates#best}); empty when none
     * works. Its identity is fetched with it.
     */
    public Optional<AccessToken> bestToken(UUID workspaceId, UUID channelId) {
        linked(workspaceId, channelId);
        // In a stable order, so that equally good tokens always yield the same one.
        Map<UUID, AccessToken> usable =
                em.createQuery(
                                "select t from AccessToken t join fetch t.identity where t.channel.id = :c order by t.createdAt, t.id",
                                AccessToken.class)
                        .setParameter("c", channelId)
                        .getResultStream()
                        .filter(
                                t ->
                                        t.sealedAccess()
                                                != null) // an erased token has nothing to hand out
                        .collect(
                                Collectors.toMap(
                                        AccessToken::id,
                                        t -> t,
                                        (first, same) -> first,
                                        LinkedHashMap::new));
        return states.best(usable.values().stream().map(TokenFacts::of).toList(), clock.instant())
                .map(best -> usable.get(best.id()));
    }

    private <T> TypedQuery<T> filtered(
            UUID workspaceId, ChannelQuery query, String select, Class<T> type, String tail) {
        StringBuilder jpql =
                new StringBuilder(select).append(" from Channel c where c.workspace.id = :ws");
        Map<String, Object> parameters = new HashMap<>(Map.of("ws", workspaceId));
        jpql.append(
                query.state() == ChannelState.UNLINKED
                        ? " and c.unlinkedAt is not null"
                        : " and c.unlinkedAt is null");
        if (query.state() != null && query.state() != ChannelState.UNLINKED) {
            // The state the aggregate's writer stored at the channel's last change (see
            // ChannelLedger).
            jpql.append(" and c.state = :state");
            parameters.put("state", query.state());
        }
        if (query.network() != null) {
            jpql.append(" and c.network = :network");
            parameters.put("network", query.network());
        }
        if (query.identity() != null) {
            // a channel the identity holds a token of (tokens are removed, never kept unlinked)
            jpql.append(
                    " and exists (select t.id from AccessToken t where t.channel = c and t.identity.id = :identity)");
            parameters.put("identity", query.identity());
        }
        if (query.text() != null) {
            jpql.append(
                    " and (lower(c.name) like :text escape '\\' or lower(c.externalId) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        jpql.append(tail);
        TypedQuery<T> typed = em.createQuery(jpql.toString(), type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    private List<ChannelView> views(List<Channel> channels, Instant now) {
        if (channels.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TokenRow>> tokens =
                em.createQuery(
                                TokenRow.SELECT + " where c.id in :ids order by t.createdAt",
                                Object[].class)
                        .setParameter("ids", channels.stream().map(Channel::id).toList())
                        .getResultStream()
                        .map(TokenRow::of)
                        .collect(Collectors.groupingBy(TokenRow::channelId));
        return channels.stream()
                .map(c -> view(c, tokens.getOrDefault(c.id(), List.of()), now))
                .toList();
    }

    private ChannelView view(Channel channel, List<TokenRow> tokens, Instant now) {
        Map<UUID, TokenRow> byId = tokens.stream().collect(Collectors.toMap(TokenRow::id, t -> t));
        ChannelStates.Derivation derivation =
                states.derive(
                        channel.isUnlinked(), tokens.stream().map(TokenRow::facts).toList(), now);
        Explanations.Explanation explanation = Explanations.of(derivation, channel.network(), now);
        List<ChannelView.TokenView> tokenViews =
                derivation.tokens().stream()
                        .map(
                                f -> {
                                    TokenRow token = byId.get(f.id());
                                    return new ChannelView.TokenView(
                                            f.id(),
                                            new ChannelView.IdentityRef(
                                                    token.identityId(), token.identityName()),
                                            f.status(),
                                            f.cause(),
                                            token.facts().rawCode(),
                                            token.facts().expiresAt(),
                                            token.facts().lastCheckedAt(),
                                            token.checks(),
                                            f.status().isDead() ? null : token.nextCheckAt(),
                                            f.refreshable(),
                                            f.status().isDead()
                                                    ? null
                                                    : Optional.ofNullable(
                                                                    Lapse.of(
                                                                            f,
                                                                            token.facts()
                                                                                    .dataAccessExpiresAt()))
                                                            .map(Lapse::at)
                                                            .orElse(null));
                                })
                        .toList();
        Instant lastChecked =
                tokens.stream()
                        .map(t -> t.facts().lastCheckedAt())
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null);
        return new ChannelView(
                channel.id(),
                channel.network(),
                channel.externalId(),
                channel.name(),
                channel.kind(),
                derivation.state(),
                derivation.cause(),
                explanation.text(),
                explanation.nextStep(),
                lastChecked,
                tokenViews);
    }

    /**
     * Linked channels whose stored state may no longer be what their tokens give: past {@code
     * state_until} (rows never derived were made due by migration V18). At most {@code max}, read
     * from the index on {@code state_until}: each tick of the sweep asks, whatever the number of
     * channels.
     */
    public List<UUID> staleStates(Instant now, int max) {
        return em.createQuery(
                        "select c.id from Channel c where c.stateUntil <= :now and c.unlinkedAt is null "
                                + "order by c.stateUntil",
                        UUID.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** The one derivation of channel states, with the configured warning window. */
    public ChannelStates states() {
        return states;
    }

    /** The channel's state at {@code now}, derived from its tokens (all of them). */
    public ChannelStates.Derivation derive(Channel channel, List<AccessToken> tokens, Instant now) {
        return states.derive(
                channel.isUnlinked(), tokens.stream().map(TokenFacts::of).toList(), now);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
