package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ExpirationWeeks;
import io.relink.channels.control.HealthTrend;
import io.relink.channels.control.SummaryView;
import io.relink.networks.NetworkType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's Chart.js configurations and its figures in words. */
class DashboardChartsTest {

    static JsonObject json(String config) {
        return Json.createReader(new StringReader(config)).readObject();
    }

    @Test
    void the_trend_is_in_percent_with_a_gap_where_there_were_no_channels() {
        JsonObject config =
                json(
                        DashboardCharts.trend(
                                List.of(
                                        new HealthTrend.Point(
                                                LocalDate.parse("2026-06-01"), 0, 0, null),
                                        new HealthTrend.Point(
                                                LocalDate.parse("2026-06-02"), 7, 6, 0.857))));

        assertThat(config.getString("type")).isEqualTo("line");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(1))
                .isEqualTo("2 Jun");
        var data =
                config.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data");
        assertThat(data.isNull(0)).isTrue();
        assertThat(data.getJsonNumber(1).doubleValue()).isEqualTo(85.7);
        assertThat(config.getJsonObject("options").getBoolean("animation")).isFalse();
    }

    @Test
    void states_in_the_tiles_order_and_networks_stacked_by_state() {
        JsonObject states =
                json(
                        DashboardCharts.byState(
                                Map.of("CONNECTED", 3L, "DISCONNECTED", 1L, "EXPIRING", 2L)));
        assertThat(states.getJsonObject("data").getJsonArray("labels").toString())
                .isEqualTo(
                        "[\"Connected\",\"Expiring\",\"Degraded\",\"Disconnected\",\"Unverified\"]");
        assertThat(
                        states.getJsonObject("data")
                                .getJsonArray("datasets")
                                .getJsonObject(0)
                                .getJsonArray("data")
                                .toString())
                .isEqualTo("[3,2,0,1,0]");

        JsonObject networks =
                json(
                        DashboardCharts.byNetwork(
                                List.of(
                                        new SummaryView.NetworkCounts(
                                                NetworkType.FACEBOOK,
                                                3,
                                                Map.of("CONNECTED", 2L, "DEGRADED", 1L)))));
        assertThat(networks.getJsonObject("data").getJsonArray("datasets")).hasSize(5);
        assertThat(
                        networks.getJsonObject("options")
                                .getJsonObject("scales")
                                .getJsonObject("y")
                                .getBoolean("stacked"))
                .isTrue();
        assertThat(networks.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("Facebook");
    }

    @Test
    void expirations_per_week() {
        JsonObject config =
                json(
                        DashboardCharts.expirations(
                                List.of(
                                        new ExpirationWeeks.Week(
                                                LocalDate.parse("2026-06-01"), "2026-W23", 4))));
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("Week of 1 Jun");
    }

    @ParameterizedTest(name = "{0} s: {1}")
    @CsvSource({
        "0, 0 s",
        "59, 59 s",
        "60, 1 min",
        "3599, 59 min",
        "3600, 1 h",
        "5400, 1 h 30 min",
        "86400, 1 day",
        "187200, 2 days 4 h"
    })
    void durations_in_words(long seconds, String words) {
        assertThat(DashboardCharts.duration(seconds)).isEqualTo(words);
    }

    @Test
    void no_figure_and_shares_in_whole_percent() {
        assertThat(DashboardCharts.duration(null)).isEqualTo("none yet");
        assertThat(DashboardCharts.share(0.857)).isEqualTo("86%");
        assertThat(DashboardCharts.share(null)).isEqualTo("no channels");
    }
}
