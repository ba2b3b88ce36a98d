package io.relink.center;

import io.relink.channels.control.ExpirationWeeks;
import io.relink.channels.control.HealthTrend;
import io.relink.channels.control.SummaryView;
import io.relink.channels.entity.ChannelState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's charts as Chart.js configurations (JSON, which PrimeFaces' {@code p:chart} hands
 * to the Chart.js it ships: no script of Relink's own, nothing from elsewhere), and its figures in
 * words. Pure.
 *
 * <p>Colours keep 3:1 against white (WCAG 1.4.11) and follow the states' colours on the other
 * pages; animation is off, so a chart is drawn at once and a screenshot shows it whole.
 */
final class DashboardCharts {

    /** The states a linked channel can be in, in the tiles' order. */
    static final List<ChannelState> STATES =
            List.of(
                    ChannelState.CONNECTED,
                    ChannelState.EXPIRING,
                    ChannelState.DEGRADED,
                    ChannelState.DISCONNECTED,
                    ChannelState.UNVERIFIED);

    private static final Map<ChannelState, String> COLOURS =
            Map.of(
                    ChannelState.CONNECTED, "#1b7a43",
                    ChannelState.EXPIRING, "#975a16",
                    ChannelState.DEGRADED, "#c05621",
                    ChannelState.DISCONNECTED, "#c53030",
                    ChannelState.UNVERIFIED, "#4a5568");

    private static final String ACTION = "#1558b0";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DashboardCharts() {}

    /** The healthy share in percent at the end of each day, a gap where there were no channels. */
    static String trend(List<HealthTrend.Point> points) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (HealthTrend.Point p : points) {
            labels.add(DAY.format(p.day()));
            if (p.healthyShare() == null) {
                data.addNull();
            } else {
                data.add(percent(p.healthyShare()));
            }
        }
        JsonObject dataset =
                Json.createObjectBuilder()
                        .add("label", "Healthy share (%)")
                        .add("data", data)
                        .add("borderColor", ACTION)
                        .add("backgroundColor", ACTION)
                        .add("borderWidth", 2)
                        .add("pointRadius", 2)
                        .add("spanGaps", false)
                        .build();
        return config(
                "line",
                labels,
                Json.createArrayBuilder().add(dataset),
                Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("ticks", ticks(8)))
                        .add(
                                "y",
                                Json.createObjectBuilder()
                                        .add("min", 0)
                                        .add("max", 100)
                                        .add(
                                                "title",
                                                Json.createObjectBuilder()
                                                        .add("display", true)
                                                        .add("text", "% healthy"))),
                false);
    }

    /** The linked channels per state. */
    static String byState(Map<String, Long> byState) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (ChannelState state : STATES) {
            labels.add(ChannelWords.label(state));
            data.add(byState.getOrDefault(state.name(), 0L));
            colours.add(COLOURS.get(state));
        }
        JsonObject dataset =
                Json.createObjectBuilder()
                        .add("label", "Channels")
                        .add("data", data)
                        .add("backgroundColor", colours)
                        .add("borderColor", "#ffffff")
                        .add("borderWidth", 2)
                        .build();
        return config("doughnut", labels, Json.createArrayBuilder().add(dataset), null, true);
    }

    /** The linked channels of each network, stacked by state. */
    static String byNetwork(List<SummaryView.NetworkCounts> networks) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        networks.forEach(n -> labels.add(n.network().displayName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (ChannelState state : STATES) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            networks.forEach(n -> data.add(n.byState().getOrDefault(state.name(), 0L)));
            datasets.add(
                    Json.createObjectBuilder()
                            .add("label", ChannelWords.label(state))
                            .add("data", data)
                            .add("backgroundColor", COLOURS.get(state)));
        }
        return config(
                "bar",
                labels,
                datasets,
                Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add(
                                "y",
                                Json.createObjectBuilder()
                                        .add("stacked", true)
                                        .add("beginAtZero", true)
                                        .add(
                                                "ticks",
                                                Json.createObjectBuilder().add("precision", 0))),
                true);
    }

    /** Tokens that lapse unless a person acts, per ISO week of the coming 60 days. */
    static String expirations(List<ExpirationWeeks.Week> weeks) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ExpirationWeeks.Week w : weeks) {
            labels.add(weekLabel(w));
            data.add(w.tokens());
        }
        JsonObject dataset =
                Json.createObjectBuilder()
                        .add("label", "Tokens lapsing")
                        .add("data", data)
                        .add("backgroundColor", COLOURS.get(ChannelState.EXPIRING))
                        .build();
        return config(
                "bar",
                labels,
                Json.createArrayBuilder().add(dataset),
                Json.createObjectBuilder()
                        .add(
                                "y",
                                Json.createObjectBuilder()
                                        .add("beginAtZero", true)
                                        .add(
                                                "ticks",
                                                Json.createObjectBuilder().add("precision", 0))),
                false);
    }

    /** "Week of 1 Jun". */
    static String weekLabel(ExpirationWeeks.Week week) {
        return "Week of " + DAY.format(week.weekStart());
    }

    /** A share as a whole percent: 0.857 is "86%"; none is "no channels". */
    static String share(Double share) {
        return share == null ? "no channels" : Math.round(share * 100) + "%";
    }

    /**
     * A duration in words a person reads at a glance: "45 s", "12 min", "3 h 20 min", "2 days 4 h".
     */
    static String duration(Long seconds) {
        if (seconds == null) {
            return "none yet";
        }
        long s = seconds;
        if (s < 60) {
            return s + " s";
        }
        long minutes = s / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long days = hours / 24;
        return days
                + (days == 1 ? " day" : " days")
                + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static JsonObjectBuilder ticks(int limit) {
        return Json.createObjectBuilder().add("maxTicksLimit", limit).add("autoSkip", true);
    }

    private static String config(
            String type,
            JsonArrayBuilder labels,
            JsonArrayBuilder datasets,
            JsonObjectBuilder scales,
            boolean legend) {
        JsonObjectBuilder options =
                Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add(
                                "plugins",
                                Json.createObjectBuilder()
                                        .add(
                                                "legend",
                                                Json.createObjectBuilder()
                                                        .add("display", legend)
                                                        .add("position", "bottom")));
        if (scales != null) {
            options.add("scales", scales);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}
