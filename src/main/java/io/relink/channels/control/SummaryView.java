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
 */
public record SummaryView(
        Instant at,
        long total,
        long healthy,
        Double healthyShare,
        Map<String, Long> byState,
        List<NetworkCounts> networks,
        Expirations expirations) {

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
        List<NetworkState> linked =
                channels.stream().filter(c -> c.state() != ChannelState.UNLINKED).toList();
        Map<NetworkType, List<NetworkState>> perNetwork = new EnumMap<>(NetworkType.class);
        linked.forEach(c -> perNetwork.computeIfAbsent(c.network(), n -> new ArrayList<>()).add(c));
        List<NetworkCounts> networks =
                perNetwork.entrySet().stream()
                        .map(
                                e ->
                                        new NetworkCounts(
                                                e.getKey(),
                                                e.getValue().size(),
                                                byState(e.getValue())))
                        .toList();
        long healthy = linked.stream().filter(c -> HEALTHY.contains(c.state())).count();
        Double share =
                linked.isEmpty() ? null : Math.round(healthy * 1000.0 / linked.size()) / 1000.0;
        List<ExpirationWeeks.Week> weeks = ExpirationWeeks.of(lapses, now, ExpirationWeeks.HORIZON);
        Expirations expirations =
                new Expirations(
                        now.plus(ExpirationWeeks.HORIZON),
                        weeks.stream().mapToLong(ExpirationWeeks.Week::tokens).sum(),
                        weeks);
        return new SummaryView(
                now, linked.size(), healthy, share, byState(linked), networks, expirations);
    }

    private static Map<String, Long> byState(List<NetworkState> channels) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ChannelState state : ChannelState.values()) {
            if (state != ChannelState.UNLINKED) {
                counts.put(state.name(), channels.stream().filter(c -> c.state() == state).count());
            }
        }
        return counts;
    }
}
