package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.BlastRadius.Reliance;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blast radius of one identity's death on one channel: "if Ana's token dies, 14 pages go dark".
 */
class BlastRadiusTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    final BlastRadius radius = new BlastRadius(new ChannelStates(Duration.ofDays(14)));

    /** A token and whether Ana granted it. */
    record Held(TokenFacts token, boolean ana) {}

    static Held ana(TokenStatus status) {
        return new Held(token("Ana", status, NOW.plus(Duration.ofDays(60))), true);
    }

    static Held bob(TokenStatus status) {
        return new Held(token("Bob", status, NOW.plus(Duration.ofDays(60))), false);
    }

    static TokenFacts token(String who, TokenStatus status, Instant expiresAt) {
        return new TokenFacts(
                UUID.randomUUID(),
                status,
                status.isDead() ? Cause.PASSWORD_CHANGED : null,
                expiresAt,
                false,
                null,
                status.isDead() ? NOW.minusSeconds(60) : null,
                NOW,
                who);
    }

    static final TokenStatus VALID = TokenStatus.VALID;
    static final TokenStatus DEAD = TokenStatus.INVALID;
    static final TokenStatus UNVERIFIED = TokenStatus.UNVERIFIED;

    /**
     * rule, the channel's tokens, then the expected reliance: state, tokenWorks, otherTokenWorks,
     * atRisk, onlyToken.
     */
    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        "Ana's token alone: at risk, the only token",
                        List.of(ana(VALID)),
                        ChannelState.CONNECTED,
                        true,
                        false,
                        true,
                        true),
                row(
                        "Ana's and Bob's working tokens: failover, not at risk",
                        List.of(ana(VALID), bob(VALID)),
                        ChannelState.CONNECTED,
                        true,
                        true,
                        false,
                        false),
                row(
                        "Bob's token is dead: Ana's is the only one left, and the channel hangs on it",
                        List.of(ana(VALID), bob(DEAD)),
                        ChannelState.DEGRADED,
                        true,
                        false,
                        true,
                        true),
                row(
                        "Bob's token is only unverified: no failover, so at risk, but Ana's is not the only live one",
                        List.of(ana(VALID), bob(UNVERIFIED)),
                        ChannelState.CONNECTED,
                        true,
                        false,
                        true,
                        false),
                row(
                        "Ana's token is dead and Bob's works: nothing hangs on Ana",
                        List.of(ana(DEAD), bob(VALID)),
                        ChannelState.DEGRADED,
                        false,
                        true,
                        false,
                        false),
                row(
                        "already dark: it cannot go dark again",
                        List.of(ana(DEAD)),
                        ChannelState.DISCONNECTED,
                        false,
                        false,
                        false,
                        false),
                row(
                        "Ana's token unverified alone: would turn from grey to red",
                        List.of(ana(UNVERIFIED)),
                        ChannelState.UNVERIFIED,
                        false,
                        false,
                        true,
                        true),
                row(
                        "two tokens, both Ana's: they die together",
                        List.of(ana(VALID), ana(VALID)),
                        ChannelState.CONNECTED,
                        true,
                        false,
                        true,
                        true),
                row(
                        "Ana's token past its expiry is dead whatever was stored",
                        List.of(
                                new Held(token("Ana", VALID, NOW.minusSeconds(1)), true),
                                bob(VALID)),
                        ChannelState.DEGRADED,
                        false,
                        true,
                        false,
                        false),
                row(
                        "Ana's expiring token alone: at risk",
                        List.of(new Held(token("Ana", VALID, NOW.plus(Duration.ofDays(5))), true)),
                        ChannelState.EXPIRING,
                        true,
                        false,
                        true,
                        true));
    }

    static Arguments row(
            String rule,
            List<Held> tokens,
            ChannelState state,
            boolean tokenWorks,
            boolean otherTokenWorks,
            boolean atRisk,
            boolean onlyToken) {
        return Arguments.of(
                Named.of(rule, tokens),
                new Reliance(state, tokenWorks, otherTokenWorks, atRisk, onlyToken));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void relies_by_the_rules(List<Held> tokens, Reliance expected) {
        Set<UUID> anas =
                tokens.stream()
                        .filter(Held::ana)
                        .map(h -> h.token().id())
                        .collect(Collectors.toSet());

        assertThat(radius.of(tokens.stream().map(Held::token).toList(), anas, NOW))
                .isEqualTo(expected);
    }
}
