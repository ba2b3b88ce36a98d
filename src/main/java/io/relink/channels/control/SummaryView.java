package io.relink.channels.control;

import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers people look at, for one workspace: channels per state and per network, the share of
 * healthy channels, and the expirations of the coming weeks. Unlinked channels are left out.
 *
 * <p>Healthy means {@code CONNECTED} or {@code EXPIRING}: a token works and none is lost. An
 * expiring channel counts as healthy because nothing is lost yet; its coming lapse shows in {@link
 * #expirations}, and counting it twice would hide the difference between "will need a reconnect"
 * and "has lost something". {@code DEGRADED} (a token lost), {@code DISCONNECTED} and {@code
 * UNVERIFIED} (nothing confirmed) are not healthy.
 *
 * @param at when the states were derived
 * @param total how many linked channels the workspace has
 * @param healthyShare healthy divided by total, rounded to three decimals; null without channels
 * @param byState how many channels are in each state (every state but {@code UNLINKED}, zeros too)
 * @param networks per network that has channels: its total and its channels per state
 * @param healthyTrend the healthy share at the end of each of the last {@link HealthTrend#DAYS} UTC
 *     days, oldest first (the last one is today, as of {@code at})
 * @param reconnectTime how long lost channels took to work again, over the same days
 * @param repeatOffenders the channels lost most often and the identities whose tokens died most
 *     often, over the same days
 */
public record SummaryView(
        Instant at,
        long total,
        long healthy,
        Double healthyShare,
        Map<String, Long> byState,
        List<NetworkCounts> networks,
        Expirations expirations,
        List<HealthTrend.Point> healthyTrend,
        ReconnectTimes.ReconnectTime reconnectTime,
        RepeatOffenders repeatOffenders) {

    /** The states that count as healthy. */
    public static final List<ChannelState> HEALTHY =
            List.of(ChannelState.CONNECTED, ChannelState.EXPIRING);

    /** One network's channels. */
    public record NetworkCounts(NetworkType network, long total, Map<String, Long> byState) {}

    /**
     * Lapses in the coming {@link ExpirationWeeks#HORIZON}: tokens that stop working unless a
     * person acts (see {@link Lapse}), by ISO week.
     *
     * @param until the end of the horizon
     * @param tokens how many tokens lapse before it
     */
    public record Expirations(Instant until, long tokens, List<ExpirationWeeks.Week> weeks) {}

    /** One linked channel's network and state now. */
    public record NetworkState(NetworkType network, ChannelState state) {}

    /**
     * @param channels the workspace's linked channels (an unlinked one is ignored)
     * @param lapses the lapses of their tokens that are not dead
     */
    public static SummaryView of(
            List<NetworkState> channels, Collection<Instant> lapses, Instant now) {
        Map<NetworkType, Map<ChannelState, Long>> counts = new EnumMap<>(NetworkType.class);
        channels.forEach(
                c ->
                        counts.computeIfAbsent(c.network(), n -> new EnumMap<>(ChannelState.class))
                                .merge(c.state(), 1L, Long::sum));
        return counted(counts, lapses, now);
    }

    /**
     * @param counts how many channels each network has in each state (as the database counts them;
     *     unlinked ones are ignored)
     * @param lapses the lapses of their tokens that are not dead
     */
    public static SummaryView counted(
            Map<NetworkType, Map<ChannelState, Long>> counts,
            Collection<Instant> lapses,
            Instant now) {
        Map<ChannelState, Long> all = new EnumMap<>(ChannelState.class);
        List<NetworkCounts> networks = new ArrayList<>();
        new TreeMap<>(counts)
                .forEach(
                        (network, states) -> {
                            Map<ChannelState, Long> linked = new EnumMap<>(states);
                            linked.remove(ChannelState.UNLINKED);
                            long total = linked.values().stream().mapToLong(Long::longValue).sum();
                            if (total > 0) {
                                networks.add(new NetworkCounts(network, total, byState(linked)));
                                linked.forEach((state, n) -> all.merge(state, n, Long::sum));
                            }
                        });
        long total = all.values().stream().mapToLong(Long::longValue).sum();
        long healthy = HEALTHY.stream().mapToLong(s -> all.getOrDefault(s, 0L)).sum();
        Double share = total == 0 ? null : Math.round(healthy * 1000.0 / total) / 1000.0;
        List<ExpirationWeeks.Week> weeks = ExpirationWeeks.of(lapses, now, ExpirationWeeks.HORIZON);
        Expirations expirations =
                new Expirations(
                        now.plus(ExpirationWeeks.HORIZON),
                        weeks.stream().mapToLong(ExpirationWeeks.Week::tokens).sum(),
                        weeks);
        Instant since = HealthTrend.since(now);
        return new SummaryView(
                now,
                total,
                healthy,
                share,
                byState(all),
                networks,
                expirations,
                HealthTrend.of(now, total, healthy, List.of(), List.of(), List.of(), List.of()),
                ReconnectTimes.of(since, new long[0], 0),
                RepeatOffenders.none(since));
    }

    /** These numbers with what the history tells of the last days. */
    public SummaryView withHistory(
            List<HealthTrend.Point> trend,
            ReconnectTimes.ReconnectTime reconnect,
            RepeatOffenders offenders) {
        return new SummaryView(
                at,
                total,
                healthy,
                healthyShare,
                byState,
                networks,
                expirations,
                trend,
                reconnect,
                offenders);
    }

    private static Map<String, Long> byState(Map<ChannelState, Long> channels) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ChannelState state : ChannelState.values()) {
            if (state != ChannelState.UNLINKED) {
                counts.put(state.name(), channels.getOrDefault(state, 0L));
            }
        }
        return counts;
    }
}
