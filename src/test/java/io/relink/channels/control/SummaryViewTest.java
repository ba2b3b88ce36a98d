package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.relink.channels.control.SummaryView.NetworkState;
import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers of a workspace: states per network, the healthy share, coming expirations. */
class SummaryViewTest {

    static final Instant NOW = Instant.parse("2026-06-03T12:00:00Z");

    static NetworkState fb(ChannelState state) {
        return new NetworkState(NetworkType.FACEBOOK, state);
    }

    static NetworkState li(ChannelState state) {
        return new NetworkState(NetworkType.LINKEDIN, state);
    }

    @Test
    void channels_are_counted_per_state_and_per_network_with_zeros_and_without_unlinked() {
        SummaryView summary =
                SummaryView.of(
                        List.of(
                                fb(ChannelState.CONNECTED),
                                fb(ChannelState.CONNECTED),
                                fb(ChannelState.DISCONNECTED),
                                li(ChannelState.EXPIRING),
                                li(ChannelState.UNLINKED)),
                        List.of(),
                        NOW);

        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.byState())
                .containsExactly(
                        entry("CONNECTED", 2L),
                        entry("EXPIRING", 1L),
                        entry("DEGRADED", 0L),
                        entry("DISCONNECTED", 1L),
                        entry("UNVERIFIED", 0L));
        assertThat(summary.networks())
                .extracting(SummaryView.NetworkCounts::network, SummaryView.NetworkCounts::total)
                .containsExactly(tuple(NetworkType.FACEBOOK, 3L), tuple(NetworkType.LINKEDIN, 1L));
        assertThat(summary.networks().get(1).byState())
                .containsEntry("EXPIRING", 1L)
                .containsEntry("CONNECTED", 0L)
                .doesNotContainKey("UNLINKED");
    }

    /** The states, then how many of them are healthy and the share. */
    @ParameterizedTest(name = "{0}: {1} healthy, share {2}")
    @CsvSource({
        "CONNECTED,                  1, 1.0",
        "EXPIRING,                   1, 1.0", // nothing lost yet; the lapse shows in the
        // expirations
        "DEGRADED,                   0, 0.0", // a token was lost
        "DISCONNECTED,               0, 0.0",
        "UNVERIFIED,                 0, 0.0", // nothing confirmed
        "CONNECTED EXPIRING DEGRADED, 2, 0.667",
        "CONNECTED UNLINKED,         1, 1.0", // unlinked channels are not counted at all
    })
    void healthy_means_connected_or_expiring(String states, long healthy, double share) {
        List<NetworkState> channels =
                Arrays.stream(states.split(" ")).map(s -> fb(ChannelState.valueOf(s))).toList();

        SummaryView summary = SummaryView.of(channels, List.of(), NOW);

        assertThat(summary.healthy()).isEqualTo(healthy);
        assertThat(summary.healthyShare()).isEqualTo(share);
    }

    @Test
    void without_channels_the_share_is_unknown_not_zero() {
        SummaryView summary = SummaryView.of(List.of(), List.of(), NOW);

        assertThat(summary.total()).isZero();
        assertThat(summary.healthyShare()).isNull();
        assertThat(summary.networks()).isEmpty();
        assertThat(summary.expirations().weeks())
                .isNotEmpty()
                .allSatisfy(w -> assertThat(w.tokens()).isZero());
    }

    @Test
    void expirations_count_the_lapses_inside_the_horizon() {
        SummaryView summary =
                SummaryView.of(
                        List.of(fb(ChannelState.CONNECTED)),
                        List.of(
                                NOW.plus(Duration.ofDays(3)),
                                NOW.plus(Duration.ofDays(59)),
                                NOW.plus(Duration.ofDays(61)),
                                NOW.minusSeconds(1)),
                        NOW);

        assertThat(summary.expirations().until()).isEqualTo(NOW.plus(Duration.ofDays(60)));
        assertThat(summary.expirations().tokens()).isEqualTo(2);
        assertThat(summary.at()).isEqualTo(NOW);
    }
}
