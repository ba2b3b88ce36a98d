package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ChannelView;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelWordsTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static ChannelView.TokenView token(TokenStatus status, boolean renewsItself, Instant lapsesAt) {
        return new ChannelView.TokenView(
                UUID.randomUUID(),
                new ChannelView.IdentityRef(UUID.randomUUID(), "Ann"),
                status,
                null,
                null,
                lapsesAt,
                null,
                0,
                null,
                renewsItself,
                lapsesAt);
    }

    @Test
    void a_token_relink_renews_needs_nobody_until_its_refresh_token_nears_its_end() {
        assertThat(ChannelWords.expiry(token(TokenStatus.VALID, true, null), NOW))
                .isEqualTo("renews itself");
        assertThat(
                        ChannelWords.expiry(
                                token(TokenStatus.VALID, true, NOW.plus(Duration.ofDays(60))), NOW))
                .isEqualTo("renews itself");
        assertThat(
                        ChannelWords.expiry(
                                token(TokenStatus.EXPIRING, true, NOW.plus(Duration.ofDays(5))),
                                NOW))
                .isEqualTo("expires in 5 days");
    }

    @Test
    void other_tokens_say_when_they_lapse() {
        assertThat(
                        ChannelWords.expiry(
                                token(TokenStatus.VALID, false, NOW.plus(Duration.ofDays(5))), NOW))
                .isEqualTo("expires in 5 days");
        assertThat(
                        ChannelWords.expiry(
                                token(TokenStatus.VALID, false, NOW.minus(Duration.ofDays(2))),
                                NOW))
                .isEqualTo("expired 2 days ago");
        assertThat(ChannelWords.expiry(token(TokenStatus.VALID, false, null), NOW))
                .isEqualTo("never expires");
    }

    @Test
    void states_and_tokens_have_a_colour_and_a_word() {
        assertThat(ChannelWords.colour(ChannelState.DISCONNECTED)).isEqualTo("red");
        assertThat(ChannelWords.colour(ChannelState.UNLINKED)).isEqualTo("grey");
        assertThat(ChannelWords.label(ChannelState.DEGRADED)).isEqualTo("Degraded");
        assertThat(ChannelWords.colour(TokenStatus.REVOKED)).isEqualTo("red");
        assertThat(ChannelWords.colour(TokenStatus.EXPIRING)).isEqualTo("amber");
        assertThat(ChannelWords.colour(TokenStatus.UNVERIFIED)).isEqualTo("grey");
        assertThat(ChannelWords.colour(TokenStatus.VALID)).isEqualTo("green");
        assertThat(ChannelWords.display("PASSWORD_CHANGED")).isEqualTo("password changed");
        assertThat(ChannelWords.display(null)).isEmpty();
    }

    @Test
    void history_says_who_did_what_in_words() {
        assertThat(ChannelWords.actor("member:ann@example.com")).isEqualTo("ann@example.com");
        assertThat(ChannelWords.actor("api-key:scheduler")).isEqualTo("API key scheduler");
        assertThat(ChannelWords.actor("relink")).isEqualTo("Relink");
        assertThat(ChannelWords.actor(null)).isEmpty();
        assertThat(ChannelWords.action("token.died")).isEqualTo("Token died");
        assertThat(ChannelWords.action("reconnect-request.sent"))
                .isEqualTo("Reconnect request sent");
        assertThat(ChannelWords.action("something.new")).isEqualTo("something.new");
    }

    @Test
    void an_unlinked_channel_says_when_and_by_whom() {
        assertThat(ChannelWords.unlinked("2025-03-01 10:15", "member:ann@example.com"))
                .isEqualTo("Unlinked on 2025-03-01 10:15 by ann@example.com.");
        assertThat(ChannelWords.unlinked("2025-03-01 10:15", null))
                .isEqualTo("Unlinked on 2025-03-01 10:15.");
    }
}
