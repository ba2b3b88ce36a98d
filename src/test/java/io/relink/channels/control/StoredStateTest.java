package io.relink.channels.control;

import static io.relink.channels.control.ChannelStatesTest.NOW;
import static io.relink.channels.control.ChannelStatesTest.WINDOW;
import static io.relink.channels.control.ChannelStatesTest.days;
import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rule R1 of the channels component: the state stored with a change holds until {@link
 * ChannelStates#validUntil}, so a stored state that has not run out is the derivation's answer.
 *
 * <p>Proves rules channels R1 (numbered in the component's package-info).
 */
class StoredStateTest {

    final ChannelStates states = new ChannelStates(WINDOW);

    @Test
    void a_valid_token_holds_until_it_enters_the_warning_window_then_until_its_lapse() {
        TokenFacts token = ChannelStatesTest.valid("Jane", days(30));

        assertThat(states.validUntil(List.of(token), NOW)).isEqualTo(days(30).minus(WINDOW));
        assertThat(states.validUntil(List.of(token), days(20))).isEqualTo(days(30));
        assertThat(states.validUntil(List.of(token), days(31))).isNull();
    }

    @Test
    void dead_tokens_and_tokens_that_never_lapse_never_change_by_time() {
        TokenFacts dead =
                ChannelStatesTest.dead(
                        "Tom", TokenStatus.INVALID, Cause.PASSWORD_CHANGED, days(-1));
        TokenFacts forever = ChannelStatesTest.valid("Ana", null);

        assertThat(states.validUntil(List.of(dead, forever), NOW)).isNull();
        assertThat(states.validUntil(List.of(), NOW)).isNull();
    }

    @Test
    void the_first_change_of_several_tokens_counts() {
        TokenFacts soon = ChannelStatesTest.valid("Jane", days(20));
        TokenFacts later = ChannelStatesTest.refreshable("Tom", NOW.plusSeconds(3600), days(90));

        assertThat(states.validUntil(List.of(later, soon), NOW)).isEqualTo(days(20).minus(WINDOW));
    }

    /** Random channels: from now until validUntil, the derivation gives the state it gave now. */
    @Test
    void until_then_the_derivation_does_not_change() {
        Random random = new Random(20261204);
        for (int channel = 0; channel < 2_000; channel++) {
            List<TokenFacts> tokens = randomTokens(random);
            ChannelStates.Derivation now = states.derive(false, tokens, NOW);
            Instant until = states.validUntil(tokens, NOW);
            // The ledger asks with the tokens as the derivation made them stand now: the same
            // answer.
            assertThat(states.validUntil(now.tokens(), NOW)).isEqualTo(until);
            Instant horizon = until == null ? days(400) : until;
            for (int probe = 0; probe < 20; probe++) {
                long span = Duration.between(NOW, horizon).toSeconds();
                Instant at =
                        NOW.plusSeconds(span <= 1 ? 0 : (long) (random.nextDouble() * (span - 1)));
                ChannelStates.Derivation then = states.derive(false, tokens, at);
                assertThat(then.state())
                        .as("tokens %s at %s (valid until %s)", tokens, at, until)
                        .isEqualTo(now.state());
                assertThat(then.cause()).isEqualTo(now.cause());
            }
        }
    }

    @Test
    void at_the_moment_it_names_the_state_may_change() {
        TokenFacts token = ChannelStatesTest.valid("Jane", days(30));
        Instant until = states.validUntil(List.of(token), NOW);

        assertThat(states.derive(false, List.of(token), NOW).state())
                .isEqualTo(ChannelState.CONNECTED);
        assertThat(states.derive(false, List.of(token), until).state())
                .isEqualTo(ChannelState.EXPIRING);
    }

    private static List<TokenFacts> randomTokens(Random random) {
        List<TokenFacts> tokens = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Instant expires =
                    random.nextInt(5) == 0
                            ? null
                            : NOW.plusSeconds(random.nextInt(60 * 86_400) - 86_400);
            boolean refreshable = random.nextBoolean();
            Instant refreshEnds =
                    refreshable && random.nextInt(4) > 0
                            ? NOW.plusSeconds(random.nextInt(90 * 86_400))
                            : null;
            TokenStatus status = TokenStatus.values()[random.nextInt(TokenStatus.values().length)];
            if (status == TokenStatus.EXPIRING) {
                status = TokenStatus.VALID; // never stored
            }
            Cause cause =
                    status.isDead() ? Cause.values()[random.nextInt(Cause.values().length)] : null;
            Instant died = status.isDead() ? NOW.minusSeconds(random.nextInt(86_400)) : null;
            tokens.add(
                    new TokenFacts(
                            UUID.randomUUID(),
                            status,
                            cause,
                            expires,
                            refreshable,
                            refreshEnds,
                            died,
                            NOW.minusSeconds(60),
                            "p" + i));
        }
        return tokens;
    }
}
