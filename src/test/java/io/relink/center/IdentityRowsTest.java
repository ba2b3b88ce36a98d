package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ChannelView;
import io.relink.channels.control.IdentityView;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.NetworkType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityRowsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID PAGE_1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID PAGE_2 = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private static ChannelView.TokenView token(
            TokenStatus status, boolean renewsItself, Instant lapsesAt) {
        return new ChannelView.TokenView(
                UUID.randomUUID(),
                new ChannelView.IdentityRef(ANA, "Ana"),
                status,
                null,
                null,
                lapsesAt,
                NOW,
                1,
                NOW.plusSeconds(3600),
                renewsItself,
                lapsesAt);
    }

    @Test
    void the_blast_radius_and_the_reconnect_say_how_many_channels() {
        assertThat(IdentityRows.radius(0, 0))
                .isEqualTo("If this token dies, no channel goes dark.");
        assertThat(IdentityRows.radius(1, 0)).isEqualTo("If this token dies, 1 channel goes dark.");
        assertThat(IdentityRows.radius(14, 2))
                .isEqualTo("If this token dies, 14 channels go dark.");
        assertThat(IdentityRows.radius(0, 1))
                .isEqualTo("1 channel on this token is dark already: reconnect to bring it back.");
        assertThat(IdentityRows.radius(0, 3))
                .isEqualTo(
                        "3 channels on this token are dark already: reconnect to bring them back.");
        assertThat(IdentityRows.reconnectLabel(1)).isEqualTo("Reconnect its channel");
        assertThat(IdentityRows.reconnectLabel(3)).isEqualTo("Reconnect all 3 channels");
    }

    @Test
    void a_token_relink_renews_says_so_and_one_that_lapses_soon_says_when_in_amber() {
        assertThat(
                        IdentityRows.token(
                                List.of(
                                        token(
                                                TokenStatus.VALID,
                                                true,
                                                NOW.plus(Duration.ofDays(60)))),
                                NOW))
                .isEqualTo(new IdentityRows.Token("Works, renews itself", "green"));
        assertThat(
                        IdentityRows.token(
                                List.of(
                                        token(TokenStatus.VALID, false, null),
                                        token(
                                                TokenStatus.EXPIRING,
                                                false,
                                                NOW.plus(Duration.ofDays(5)))),
                                NOW))
                .isEqualTo(new IdentityRows.Token("Works, expires in 5 days", "amber"));
        assertThat(IdentityRows.token(List.of(token(TokenStatus.VALID, false, null)), NOW))
                .isEqualTo(new IdentityRows.Token("Works, never expires", "green"));
    }

    @Test
    void dead_tokens_say_how_they_died_and_a_partly_dead_grant_counts_its_dead_channels() {
        assertThat(IdentityRows.token(List.of(token(TokenStatus.REVOKED, false, null)), NOW))
                .isEqualTo(new IdentityRows.Token("Revoked", "red"));
        assertThat(
                        IdentityRows.token(
                                List.of(
                                        token(TokenStatus.INVALID, false, null),
                                        token(TokenStatus.VALID, false, null)),
                                NOW))
                .isEqualTo(
                        new IdentityRows.Token("Works, never expires; dead on 1 channel", "amber"));
        assertThat(IdentityRows.token(List.of(token(TokenStatus.UNVERIFIED, false, null)), NOW))
                .isEqualTo(new IdentityRows.Token("Not verified lately, never expires", "grey"));
        assertThat(IdentityRows.token(List.of(), NOW).colour()).isEqualTo("grey");
    }

    @Test
    void a_row_lists_the_channels_and_names_those_where_it_is_the_only_token() {
        IdentityView ana =
                new IdentityView(
                        ANA,
                        NetworkType.SANDBOX,
                        "ana-1",
                        "Ana",
                        List.of(
                                new IdentityView.ChannelLink(
                                        PAGE_1,
                                        "Bakery",
                                        NetworkType.SANDBOX,
                                        ChannelState.CONNECTED,
                                        true,
                                        false,
                                        true),
                                new IdentityView.ChannelLink(
                                        PAGE_2,
                                        "Cafe",
                                        NetworkType.SANDBOX,
                                        ChannelState.DISCONNECTED,
                                        false,
                                        false,
                                        false)),
                        1,
                        List.of(PAGE_1));
        IdentityRows.Row row =
                IdentityRows.row(
                        ana, List.of(token(TokenStatus.VALID, true, null)), List.of(), NOW);
        assertThat(row.network()).isEqualTo("Sandbox");
        assertThat(row.radius()).isEqualTo("If this token dies, 1 channel goes dark.");
        assertThat(row.singleText()).isEqualTo("Bakery");
        assertThat(row.reconnectLabel()).isEqualTo("Reconnect all 2 channels");
        assertThat(row.channels())
                .extracting(IdentityRows.Link::state, IdentityRows.Link::colour)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Connected", "green"),
                        org.assertj.core.groups.Tuple.tuple("Disconnected", "red"));
    }
}
