package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import io.relink.problems.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Will this channel still work at time T?", rule by rule, as answered by {@link Preflight}.
 *
 * <p>Proves rules channels R7 (numbered in the component's package-info).
 */
class PreflightTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant BEFORE_AT = Instant.parse("2026-11-28T00:00:00Z");
    static final Instant AFTER_AT = Instant.parse("2027-01-15T00:00:00Z");

    static final ChannelStates STATES = new ChannelStates(Duration.ofDays(14));

    /**
     * One channel: its tokens as stored, the data-access windows by token, and whether it is
     * unlinked.
     */
    record Channel(boolean unlinked, List<TokenFacts> tokens, Map<UUID, Instant> dataAccess) {

        static Channel of(TokenFacts... tokens) {
            return new Channel(false, List.of(tokens), Map.of());
        }

        Channel dataAccess(TokenFacts token, Instant end) {
            Map<UUID, Instant> ends = new HashMap<>(dataAccess);
            ends.put(token.id(), end);
            return new Channel(unlinked, tokens, ends);
        }

        Channel unlink() {
            return new Channel(true, tokens, dataAccess);
        }

        Preflight.Verdict ask(Instant at) {
            return Preflight.check(
                    STATES.derive(unlinked, tokens, NOW),
                    dataAccess,
                    NetworkType.FACEBOOK,
                    at,
                    NOW);
        }
    }

    static TokenFacts valid(String who, Instant expiresAt) {
        return new TokenFacts(
                UUID.randomUUID(), TokenStatus.VALID, null, expiresAt, false, null, null, NOW, who);
    }

    static TokenFacts refreshable(String who, Instant expiresAt, Instant refreshExpiresAt) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.VALID,
                null,
                expiresAt,
                true,
                refreshExpiresAt,
                null,
                NOW,
                who);
    }

    static TokenFacts dead(String who, Cause cause) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.INVALID,
                cause,
                AFTER_AT,
                false,
                null,
                NOW.minusSeconds(3600),
                NOW,
                who);
    }

    static TokenFacts unverified(String who) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.UNVERIFIED,
                null,
                AFTER_AT,
                false,
                null,
                null,
                NOW,
                who);
    }

    static final TokenFacts ANA_NEVER_EXPIRES = valid("Ana Sandbox", null);

    /** rule, channel, expected ok, expected worksUntil, the reason exactly or a part of it. */
    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        "a token that expires after T works at T",
                        Channel.of(valid("Ana Sandbox", AFTER_AT)),
                        true,
                        AFTER_AT,
                        "Ana Sandbox's token works until 2027-01-15."),
                row(
                        "the only token expiring before T: not ok, and who must reconnect",
                        Channel.of(valid("Ana Sandbox", BEFORE_AT)),
                        false,
                        BEFORE_AT,
                        "The only working token, Ana Sandbox's, expires on 2026-11-28; reconnect with Ana Sandbox's account before then, "
                                + "or add a token from another admin."),
                row(
                        "a token lapsing exactly at T no longer works at T",
                        Channel.of(valid("Ana Sandbox", AT)),
                        false,
                        AT,
                        "expires on 2026-12-01 at 09:00 UTC"),
                row(
                        "a token that never expires works at T",
                        Channel.of(valid("Ana Sandbox", null)),
                        true,
                        null,
                        "Ana Sandbox's token works then: it has no end date."),
                row(
                        "refreshable: an access token expiring before T does not matter while the refresh token outlives T",
                        Channel.of(
                                refreshable(
                                        "Ana Sandbox", NOW.plus(Duration.ofHours(1)), AFTER_AT)),
                        true,
                        AFTER_AT,
                        "Ana Sandbox's token works until 2027-01-15 (Relink renews it by itself until its refresh token ends)."),
                row(
                        "refreshable with a refresh token that never ends works at T",
                        Channel.of(refreshable("Ana Sandbox", NOW.plus(Duration.ofHours(1)), null)),
                        true,
                        null,
                        "Relink renews it by itself and it has no end date."),
                row(
                        "refreshable whose refresh token ends before T: not ok",
                        Channel.of(
                                refreshable(
                                        "Ana Sandbox", NOW.plus(Duration.ofHours(1)), BEFORE_AT)),
                        false,
                        BEFORE_AT,
                        "can be renewed only until 2026-11-28, when its refresh token ends"),
                row(
                        "the data-access window closing before T stops a token that never expires",
                        Channel.of(ANA_NEVER_EXPIRES).dataAccess(ANA_NEVER_EXPIRES, BEFORE_AT),
                        false,
                        BEFORE_AT,
                        "loses its Facebook data access on 2026-11-28"),
                row(
                        "a data-access window closing after T does not stop it",
                        Channel.of(ANA_NEVER_EXPIRES).dataAccess(ANA_NEVER_EXPIRES, AFTER_AT),
                        true,
                        AFTER_AT,
                        "works until 2027-01-15, when its Facebook data-access window closes."),
                row(
                        "failover: one token lasting past T is enough",
                        Channel.of(valid("Bob Roe", BEFORE_AT), valid("Ana Sandbox", AFTER_AT)),
                        true,
                        AFTER_AT,
                        "Ana Sandbox's token works until 2027-01-15. 1 other token lapses before then."),
                row(
                        "failover: several tokens lasting past T are counted",
                        Channel.of(
                                valid("Bob Roe", AFTER_AT.plus(Duration.ofDays(3))),
                                valid("Ana Sandbox", AFTER_AT)),
                        true,
                        AFTER_AT.plus(Duration.ofDays(3)),
                        "Bob Roe's token works until 2027-01-18. 1 more token works then too."),
                row(
                        "every working token lapsing before T: not ok, naming the last",
                        Channel.of(
                                valid("Bob Roe", BEFORE_AT.minus(Duration.ofDays(5))),
                                valid("Ana Sandbox", BEFORE_AT)),
                        false,
                        BEFORE_AT,
                        "All 2 working tokens lapse before then; the last, Ana Sandbox's, expires on 2026-11-28; reconnect before then."),
                row(
                        "degraded now but a working token outlives T: ok",
                        Channel.of(
                                dead("Bob Roe", Cause.PASSWORD_CHANGED),
                                valid("Ana Sandbox", AFTER_AT)),
                        true,
                        AFTER_AT,
                        "Ana Sandbox's token works until 2027-01-15."),
                row(
                        "disconnected now: not ok, with the cause and the next step",
                        Channel.of(dead("Ana Sandbox", Cause.PASSWORD_CHANGED)),
                        false,
                        null,
                        "This channel does not work now. Ana Sandbox changed their Facebook password"),
                row(
                        "a passed expiry is disconnected now, whatever was stored",
                        Channel.of(valid("Ana Sandbox", NOW.minusSeconds(60))),
                        false,
                        null,
                        "This channel does not work now. Ana Sandbox's Facebook access reached the end of its lifespan."),
                row(
                        "no token at all: not ok",
                        Channel.of(),
                        false,
                        null,
                        "This channel does not work now. This channel has no access token left."),
                row(
                        "unverified only: no token confirmed to work, so not ok",
                        Channel.of(unverified("Ana Sandbox")),
                        false,
                        null,
                        "No token of this channel is confirmed to work now"),
                row(
                        "unlinked: not ok",
                        Channel.of(valid("Ana Sandbox", AFTER_AT)).unlink(),
                        false,
                        null,
                        "This channel was unlinked; Relink holds no access to it."));
    }

    static Arguments row(
            String rule, Channel channel, boolean ok, Instant worksUntil, String reason) {
        return Arguments.of(Named.of(rule, channel), ok, worksUntil, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void answers_by_the_rules(Channel channel, boolean ok, Instant worksUntil, String reason) {
        Preflight.Verdict verdict = channel.ask(AT);

        assertThat(verdict.ok()).isEqualTo(ok);
        assertThat(verdict.worksUntil()).isEqualTo(worksUntil);
        assertThat(verdict.reason()).isNotBlank().contains(reason);
    }

    @Test
    void the_outlook_lists_every_working_token_with_its_lapse_and_what_ends_it() {
        TokenFacts bob = valid("Bob Roe", BEFORE_AT);
        TokenFacts ana = refreshable("Ana Sandbox", NOW.plus(Duration.ofHours(1)), AFTER_AT);
        TokenFacts gone = dead("Eve", Cause.REVOKED_BY_USER);

        Preflight.Verdict verdict =
                Channel.of(bob, ana, gone)
                        .dataAccess(bob, BEFORE_AT.minus(Duration.ofDays(1)))
                        .ask(AT);

        assertThat(verdict.tokens())
                .extracting(o -> o.token().id(), Preflight.Outlook::works, Preflight.Outlook::lapse)
                .containsExactlyInAnyOrder(
                        tuple(ana.id(), true, new Lapse(AFTER_AT, Lapse.Limit.REFRESH_TOKEN)),
                        tuple(
                                bob.id(),
                                false,
                                new Lapse(
                                        BEFORE_AT.minus(Duration.ofDays(1)),
                                        Lapse.Limit.DATA_ACCESS)));
    }

    @Test
    void the_state_now_comes_from_the_same_derivation_as_everywhere() {
        ChannelStates.Derivation now =
                STATES.derive(
                        false, List.of(valid("Ana Sandbox", NOW.plus(Duration.ofDays(3)))), NOW);

        assertThat(now.state()).isEqualTo(ChannelState.EXPIRING);
        assertThat(Preflight.check(now, Map.of(), NetworkType.FACEBOOK, AT, NOW).ok()).isFalse();
        assertThat(
                        Preflight.check(
                                        now,
                                        Map.of(),
                                        NetworkType.FACEBOOK,
                                        NOW.plus(Duration.ofDays(2)),
                                        NOW)
                                .ok())
                .isTrue();
    }

    // ---- the moment asked about ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void no_moment_means_now(String raw) {
        assertThat(Preflight.moment(raw, NOW)).isEqualTo(NOW);
        assertThat(Preflight.moment(null, NOW)).isEqualTo(NOW);
    }

    @Test
    void a_moment_may_be_given_in_utc_or_with_an_offset() {
        assertThat(Preflight.moment("2026-12-01T09:00:00Z", NOW)).isEqualTo(AT);
        assertThat(Preflight.moment("2026-12-01T10:00:00+01:00", NOW)).isEqualTo(AT);
    }

    @Test
    void a_moment_less_than_a_minute_ago_still_counts_as_now() {
        assertThat(Preflight.moment(NOW.minusSeconds(59).toString(), NOW))
                .isEqualTo(NOW.minusSeconds(59));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tomorrow",
                "2026-12-01",
                "2026-12-01T09:00:00",
                "2026-13-01T09:00:00Z",
                "1764579600"
            })
    void an_unparsable_moment_is_a_400_naming_at(String raw) {
        ProblemException problem =
                catchThrowableOfType(ProblemException.class, () -> Preflight.moment(raw, NOW));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.extensions()).containsEntry("parameter", "at");
        assertThat(problem.getMessage()).contains(raw);
    }

    @Test
    void a_plus_sign_turned_into_a_space_by_the_url_gets_a_hint() {
        ProblemException problem =
                catchThrowableOfType(
                        ProblemException.class,
                        () -> Preflight.moment("2026-12-01T10:00:00 01:00", NOW));

        assertThat(problem.getMessage()).contains("%2B");
    }

    @Test
    void a_moment_more_than_a_minute_ago_is_a_400_naming_at() {
        ProblemException problem =
                catchThrowableOfType(
                        ProblemException.class,
                        () -> Preflight.moment(NOW.minusSeconds(61).toString(), NOW));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.extensions()).containsEntry("parameter", "at");
        assertThat(problem.getMessage()).contains("past");
    }
}
