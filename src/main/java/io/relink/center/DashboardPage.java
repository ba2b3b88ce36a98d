package io.relink.center;

import io.relink.channels.control.ExpirationWeeks;
import io.relink.channels.control.HealthTrend;
import io.relink.channels.control.RepeatOffenders;
import io.relink.channels.control.Summaries;
import io.relink.channels.control.SummaryView;
import io.relink.channels.entity.ChannelState;
import io.relink.workspaces.boundary.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Backs the dashboard: the workspace's health now and over the last 90 days, the same numbers as
 * {@code GET /api/v1/summary} ({@link Summaries}), as charts with their numbers in tables beside
 * them. Read only: every member sees it, viewers too.
 */
@Named("dashboardPage")
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient Caller caller;
    @Inject transient Summaries summaries;

    private Figures figures;
    private Charts charts;
    private List<StateRow> states;
    private List<NetworkRow> networks;
    private List<WeekRow> weeks;
    private List<DayRow> days;
    private List<ChannelRow> channels;
    private List<IdentityRow> identities;

    /** The big numbers; the raw values too, as the API gives them. */
    public record Figures(
            String healthyShare,
            Double healthyShareValue,
            long healthy,
            long total,
            long lapsing,
            String median,
            Long medianSeconds,
            String p90,
            Long p90Seconds,
            long recoveries)
            implements Serializable {}

    /** Chart.js configurations (JSON), one per chart. */
    public record Charts(
            String trend,
            String byState,
            String byNetwork,
            String expirations,
            String trendLabel,
            String byStateLabel,
            String byNetworkLabel)
            implements Serializable {}

    public record StateRow(String state, String label, String colour, long channels)
            implements Serializable {}

    public record NetworkRow(String network, long total, List<Long> byState)
            implements Serializable {}

    public record WeekRow(String week, String label, long tokens) implements Serializable {}

    public record DayRow(String day, long total, long healthy, String share)
            implements Serializable {}

    public record ChannelRow(
            UUID id, String name, String network, String state, String colour, long losses)
            implements Serializable {}

    public record IdentityRow(
            UUID id, String name, String network, long losses, long tokenDeaths, long channels)
            implements Serializable {}

    @PostConstruct
    void load() {
        SummaryView s = summaries.summarize(caller.workspaceId());
        figures =
                new Figures(
                        DashboardCharts.share(s.healthyShare()),
                        s.healthyShare(),
                        s.healthy(),
                        s.total(),
                        s.expirations().tokens(),
                        DashboardCharts.duration(s.reconnectTime().medianSeconds()),
                        s.reconnectTime().medianSeconds(),
                        DashboardCharts.duration(s.reconnectTime().p90Seconds()),
                        s.reconnectTime().p90Seconds(),
                        s.reconnectTime().recoveries());
        List<HealthTrend.Point> trend = s.healthyTrend();
        charts =
                new Charts(
                        DashboardCharts.trend(trend),
                        DashboardCharts.byState(s.byState()),
                        DashboardCharts.byNetwork(s.networks()),
                        DashboardCharts.expirations(s.expirations().weeks()),
                        trendLabel(trend),
                        "Channels by state: "
                                + DashboardCharts.STATES.stream()
                                        .map(
                                                st ->
                                                        ChannelWords.label(st)
                                                                + " "
                                                                + s.byState()
                                                                        .getOrDefault(
                                                                                st.name(), 0L))
                                        .collect(java.util.stream.Collectors.joining(", "))
                                + ".",
                        "Channels by network, stacked by state: "
                                + (s.networks().isEmpty()
                                        ? "none"
                                        : s.networks().stream()
                                                .map(
                                                        n ->
                                                                n.network().displayName()
                                                                        + " "
                                                                        + n.total())
                                                .collect(java.util.stream.Collectors.joining(", ")))
                                + ". The table below the chart has every state.");
        states =
                DashboardCharts.STATES.stream()
                        .map(
                                st ->
                                        new StateRow(
                                                st.name(),
                                                ChannelWords.label(st),
                                                ChannelWords.colour(st),
                                                s.byState().getOrDefault(st.name(), 0L)))
                        .toList();
        networks =
                s.networks().stream()
                        .map(
                                n ->
                                        new NetworkRow(
                                                n.network().displayName(),
                                                n.total(),
                                                DashboardCharts.STATES.stream()
                                                        .map(
                                                                st ->
                                                                        n.byState()
                                                                                .getOrDefault(
                                                                                        st.name(),
                                                                                        0L))
                                                        .toList()))
                        .toList();
        weeks =
                s.expirations().weeks().stream()
                        .map(
                                (ExpirationWeeks.Week w) ->
                                        new WeekRow(
                                                w.week(), DashboardCharts.weekLabel(w), w.tokens()))
                        .toList();
        days =
                java.util.stream.IntStream.range(0, trend.size())
                        .mapToObj(i -> trend.get(trend.size() - 1 - i))
                        .map(
                                p ->
                                        new DayRow(
                                                p.day().toString(),
                                                p.total(),
                                                p.healthy(),
                                                DashboardCharts.share(p.healthyShare())))
                        .toList();
        RepeatOffenders offenders = s.repeatOffenders();
        channels =
                offenders.channels().stream()
                        .map(
                                c -> {
                                    ChannelState st = ChannelState.valueOf(c.state());
                                    return new ChannelRow(
                                            c.id(),
                                            c.name(),
                                            c.network().displayName(),
                                            ChannelWords.label(st),
                                            ChannelWords.colour(st),
                                            c.losses());
                                })
                        .toList();
        identities =
                offenders.identities().stream()
                        .map(
                                i ->
                                        new IdentityRow(
                                                i.id(),
                                                i.name(),
                                                i.network().displayName(),
                                                i.losses(),
                                                i.tokenDeaths(),
                                                i.channels()))
                        .toList();
    }

    /** The trend in one sentence, for those who do not see the chart. */
    static String trendLabel(List<HealthTrend.Point> trend) {
        if (trend.isEmpty()) {
            return "Healthy share over the last 90 days: no data.";
        }
        HealthTrend.Point first = trend.get(0);
        HealthTrend.Point last = trend.get(trend.size() - 1);
        Double lowest =
                trend.stream()
                        .map(HealthTrend.Point::healthyShare)
                        .filter(java.util.Objects::nonNull)
                        .min(Double::compare)
                        .orElse(null);
        return "Healthy share over the last 90 days: "
                + DashboardCharts.share(first.healthyShare())
                + " on "
                + first.day()
                + ", "
                + DashboardCharts.share(last.healthyShare())
                + " today, lowest "
                + DashboardCharts.share(lowest)
                + ". The table below the chart has every day.";
    }

    public Figures getFigures() {
        return figures;
    }

    public Charts getCharts() {
        return charts;
    }

    public List<StateRow> getStates() {
        return states;
    }

    public List<String> getStateLabels() {
        return states.stream().map(StateRow::label).toList();
    }

    public List<NetworkRow> getNetworks() {
        return networks;
    }

    public List<WeekRow> getWeeks() {
        return weeks;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public List<ChannelRow> getChannels() {
        return channels;
    }

    public List<IdentityRow> getIdentities() {
        return identities;
    }
}
