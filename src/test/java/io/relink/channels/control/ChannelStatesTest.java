package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ChannelStates.Derivation;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The channel state table of src/docs/architecture.md ("Channel states"), row by row, as derived by
 * {@link ChannelStates}.
 *
 * <p>Proves rules channels R1–R5 (numbered in the component's package-info).
 */
class ChannelStatesTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Duration WINDOW = Duration.ofDays(14);

    final ChannelStates states = new ChannelStates(WINDOW);

    // ---- token builders -------------------------------------------------------------------

    static Instant days(long n) {
        return NOW.plus(Duration.ofDays(n));
    }

    /**
     * A stored VALID token that cannot be refreshed and whose access token lapses at {@code
     * expiresAt}.
     */
    static TokenFacts valid(String who, Instant expiresAt) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.VALID,
                null,
                expiresAt,
                false,
                null,
                null,
                NOW.minusSeconds(60),
                who);
    }

    /** A stored VALID token that Relink can refresh itself until {@code refreshExpiresAt}. */
    static TokenFacts refreshable(String who, Instant expiresAt, Instant refreshExpiresAt) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.VALID,
                null,
                expiresAt,
                true,
                refreshExpiresAt,
                null,
                NOW.minusSeconds(60),
                who);
    }

    static TokenFacts dead(String who, TokenStatus status, Cause cause, Instant diedAt) {
        return new TokenFacts(
                UUID.randomUUID(), status, cause, days(30), false, null, diedAt, diedAt, who);
    }

    static TokenFacts unverified(String who) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.UNVERIFIED,
                null,
                days(60),
                false,
                null,
                null,
                days(-10),
                who);
    }

    Derivation derive(TokenFacts... tokens) {
        return states.derive(false, List.of(tokens), NOW);
    }

    // ---- CONNECTED --------------------------------------------------------------------------

    @Nested
    class Connected {

        @Test
        void one_valid_token_far_from_expiry_is_connected() {
            TokenFacts jane = valid("Jane", days(60));

            Derivation d = derive(jane);

            assertThat(d.state()).isEqualTo(ChannelState.CONNECTED);
            assertThat(d.decisive().id()).isEqualTo(jane.id());
            assertThat(d.cause()).isNull();
            assertThat(d.working()).isEqualTo(1);
            assertThat(d.dead()).isZero();
        }

        @Test
        void a_valid_token_that_never_expires_is_connected() {
            assertThat(derive(valid("Jane", null)).state()).isEqualTo(ChannelState.CONNECTED);
        }

        @Test
        void
                a_refreshable_token_whose_access_token_has_passed_but_whose_refresh_token_lives_still_works() {
            TokenFacts jane = refreshable("Jane", days(-1), days(60));

            assertThat(states.effective(jane, NOW).status()).isEqualTo(TokenStatus.VALID);
            assertThat(derive(jane).state()).isEqualTo(ChannelState.CONNECTED);
        }
    }

    // ---- EXPIRING ---------------------------------------------------------------------------

    @Nested
    class Expiring {

        @Test
        void best_token_lapsing_inside_the_window_that_cannot_be_refreshed_is_expiring() {
            TokenFacts jane = valid("Jane", days(5));

            Derivation d = derive(jane);

            assertThat(d.state()).isEqualTo(ChannelState.EXPIRING);
            assertThat(d.decisive().id()).isEqualTo(jane.id());
            assertThat(d.decisive().status()).isEqualTo(TokenStatus.EXPIRING);
            assertThat(d.cause()).isNull();
            assertThat(d.working()).isEqualTo(1);
        }

        @Test
        void
                refreshable_token_whose_refresh_token_is_far_away_is_not_expiring_even_if_its_access_token_expires_soon() {
            TokenFacts jane = refreshable("Jane", NOW.plus(Duration.ofHours(1)), days(90));

            assertThat(states.effective(jane, NOW).status()).isEqualTo(TokenStatus.VALID);
            assertThat(derive(jane).state()).isEqualTo(ChannelState.CONNECTED);
        }

        @Test
        void refreshable_token_whose_refresh_token_never_expires_is_not_expiring() {
            TokenFacts jane = refreshable("Jane", NOW.plus(Duration.ofHours(1)), null);

            assertThat(derive(jane).state()).isEqualTo(ChannelState.CONNECTED);
        }

        @Test
        void refreshable_token_whose_refresh_token_lapses_inside_the_window_is_expiring() {
            TokenFacts jane = refreshable("Jane", days(60), days(3));

            assertThat(states.effective(jane, NOW).status()).isEqualTo(TokenStatus.EXPIRING);
            assertThat(derive(jane).state()).isEqualTo(ChannelState.EXPIRING);
        }

        @ParameterizedTest(name = "lapse at now {0} -> {1}")
        @CsvSource({
            // offset from now   expected channel state
            "P100D,              CONNECTED",
            "PT336H0.001S,       CONNECTED", // 1 ms outside the 14-day window
            "PT336H,             EXPIRING", // exactly at the window edge: inside the window
            "PT335H59M59S,       EXPIRING",
            "PT1S,               EXPIRING",
            "PT0S,               DISCONNECTED", // lapsing right now is lapsed
            "-PT1S,              DISCONNECTED",
        })
        void the_window_edge_belongs_to_the_window_and_a_lapse_at_now_is_a_lapse(
                Duration offset, ChannelState expected) {
            assertThat(derive(valid("Jane", NOW.plus(offset))).state()).isEqualTo(expected);
        }
    }

    // ---- DEGRADED ---------------------------------------------------------------------------

    @Nested
    class Degraded {

        @Test
        void one_working_and_one_dead_token_is_degraded_and_explained_by_the_dead_one() {
            TokenFacts jane = valid("Jane", days(60));
            TokenFacts bob = dead("Bob", TokenStatus.INVALID, Cause.PASSWORD_CHANGED, days(-1));

            Derivation d = derive(jane, bob);

            assertThat(d.state()).isEqualTo(ChannelState.DEGRADED);
            assertThat(d.decisive().id()).isEqualTo(bob.id());
            assertThat(d.cause()).isEqualTo(Cause.PASSWORD_CHANGED);
            assertThat(d.working()).isEqualTo(1);
            assertThat(d.dead()).isEqualTo(1);
        }

        @Test
        void the_decisive_token_of_a_degraded_channel_is_the_latest_death() {
            TokenFacts jane = valid("Jane", days(60));
            TokenFacts older = dead("Bob", TokenStatus.REVOKED, Cause.REVOKED_BY_USER, days(-5));
            TokenFacts latest = dead("Ann", TokenStatus.INVALID, Cause.ADMIN_ROLE_LOST, days(-1));
            TokenFacts oldest = dead("Cy", TokenStatus.EXPIRED, Cause.LIFESPAN_ENDED, days(-20));

            Derivation d = derive(older, jane, oldest, latest);

            assertThat(d.state()).isEqualTo(ChannelState.DEGRADED);
            assertThat(d.decisive().id()).isEqualTo(latest.id());
            assertThat(d.cause()).isEqualTo(Cause.ADMIN_ROLE_LOST);
            assertThat(d.working()).isEqualTo(1);
            assertThat(d.dead()).isEqualTo(3);
        }

        @Test
        void a_dead_token_beside_an_expiring_one_is_degraded_not_expiring() {
            Derivation d =
                    derive(
                            valid("Jane", days(3)),
                            dead("Bob", TokenStatus.REVOKED, Cause.REVOKED_BY_USER, days(-2)));

            assertThat(d.state()).isEqualTo(ChannelState.DEGRADED);
            assertThat(d.cause()).isEqualTo(Cause.REVOKED_BY_USER);
        }

        @Test
        void a_lapsed_valid_token_beside_a_working_one_is_degraded_with_lifespan_ended() {
            TokenFacts lapsed = valid("Bob", days(-2));

            Derivation d = derive(valid("Jane", days(60)), lapsed);

            assertThat(d.state()).isEqualTo(ChannelState.DEGRADED);
            assertThat(d.decisive().id()).isEqualTo(lapsed.id());
            assertThat(d.cause()).isEqualTo(Cause.LIFESPAN_ENDED);
            assertThat(d.working()).isEqualTo(1);
            assertThat(d.dead()).isEqualTo(1);
        }
    }

    // ---- failover and best() ---------------------------------------------------------------

    @Nested
    class Failover {

        @Test
        void a_valid_token_beside_an_expiring_one_keeps_the_channel_connected() {
            TokenFacts valid = valid("Jane", days(60));
            TokenFacts expiring = valid("Bob", days(3));

            Derivation d = derive(expiring, valid);

            assertThat(d.state()).isEqualTo(ChannelState.CONNECTED);
            assertThat(d.decisive().id()).isEqualTo(valid.id());
            assertThat(d.working()).isEqualTo(2);
        }

        @Test
        void best_returns_the_valid_token_rather_than_an_expiring_one() {
            TokenFacts valid = valid("Jane", days(60));
            TokenFacts expiring = valid("Bob", days(3));

            assertThat(states.best(List.of(expiring, valid), NOW))
                    .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(valid.id()));
        }

        @Test
        void best_prefers_the_later_lapse() {
            TokenFacts sooner = valid("Jane", days(30));
            TokenFacts later = valid("Bob", days(90));

            assertThat(states.best(List.of(sooner, later), NOW))
                    .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(later.id()));
            assertThat(states.best(List.of(later, sooner), NOW))
                    .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(later.id()));
        }

        @Test
        void best_prefers_the_later_lapse_among_expiring_tokens() {
            TokenFacts sooner = valid("Jane", days(2));
            TokenFacts later = valid("Bob", days(9));

            assertThat(states.best(List.of(sooner, later), NOW))
                    .hasValueSatisfying(
                            t -> {
                                assertThat(t.id()).isEqualTo(later.id());
                                assertThat(t.status()).isEqualTo(TokenStatus.EXPIRING);
                            });
        }

        @Test
        void best_treats_a_null_lapse_as_never_expiring_and_thus_best() {
            TokenFacts far = valid("Jane", days(3650));
            TokenFacts never = valid("Bob", null);

            assertThat(states.best(List.of(far, never), NOW))
                    .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(never.id()));
            assertThat(states.best(List.of(never, far), NOW))
                    .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(never.id()));
        }

        @Test
        void best_never_hands_out_a_lapsed_token() {
            TokenFacts lapsed = valid("Jane", days(-1));
            TokenFacts working = valid("Bob", days(40));

            assertThat(states.best(List.of(lapsed, working), NOW))
                    .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(working.id()));
        }

        @Test
        void best_is_empty_when_no_token_works() {
            List<TokenFacts> none =
                    List.of(
                            dead("Jane", TokenStatus.REVOKED, Cause.REVOKED_BY_USER, days(-1)),
                            unverified("Bob"),
                            valid("Ann", days(-3)));

            assertThat(states.best(none, NOW)).isEmpty();
            assertThat(states.best(List.of(), NOW)).isEmpty();
        }

        @Test
        void derived_tokens_are_listed_best_first() {
            TokenFacts deadOne = dead("Dee", TokenStatus.INVALID, Cause.UNKNOWN, days(-1));
            TokenFacts unverified = unverified("Una");
            TokenFacts expiring = valid("Eve", days(4));
            TokenFacts validOne = valid("Val", days(80));

            Derivation d = derive(deadOne, unverified, expiring, validOne);

            assertThat(d.tokens())
                    .extracting(TokenFacts::id)
                    .containsExactly(validOne.id(), expiring.id(), unverified.id(), deadOne.id());
        }
    }

    // ---- DISCONNECTED -----------------------------------------------------------------------

    @Nested
    class Disconnected {

        @Test
        void all_tokens_dead_is_disconnected_with_the_cause_of_the_latest_death() {
            TokenFacts older = dead("Jane", TokenStatus.REVOKED, Cause.REVOKED_BY_USER, days(-9));
            TokenFacts latest =
                    dead("Bob", TokenStatus.INVALID, Cause.SECURITY_CHECKPOINT, days(-1));

            Derivation d = derive(latest, older);

            assertThat(d.state()).isEqualTo(ChannelState.DISCONNECTED);
            assertThat(d.decisive().id()).isEqualTo(latest.id());
            assertThat(d.cause()).isEqualTo(Cause.SECURITY_CHECKPOINT);
            assertThat(d.working()).isZero();
            assertThat(d.dead()).isEqualTo(2);
        }

        @Test
        void no_tokens_at_all_is_disconnected_without_decisive_token_or_cause() {
            Derivation d = derive();

            assertThat(d.state()).isEqualTo(ChannelState.DISCONNECTED);
            assertThat(d.decisive()).isNull();
            assertThat(d.cause()).isNull();
            assertThat(d.working()).isZero();
            assertThat(d.dead()).isZero();
        }

        @Test
        void dead_and_unverified_tokens_with_none_working_is_disconnected() {
            TokenFacts deadOne =
                    dead("Jane", TokenStatus.INVALID, Cause.ACCOUNT_UNAVAILABLE, days(-2));

            Derivation d = derive(unverified("Bob"), deadOne);

            assertThat(d.state()).isEqualTo(ChannelState.DISCONNECTED);
            assertThat(d.decisive().id()).isEqualTo(deadOne.id());
            assertThat(d.cause()).isEqualTo(Cause.ACCOUNT_UNAVAILABLE);
            assertThat(d.dead()).isEqualTo(1);
        }

        @Test
        void
                a_channel_whose_only_token_is_a_lapsed_valid_one_is_disconnected_with_lifespan_ended() {
            TokenFacts lapsed = valid("Jane", days(-2));

            Derivation d = derive(lapsed);

            assertThat(d.state()).isEqualTo(ChannelState.DISCONNECTED);
            assertThat(d.decisive().id()).isEqualTo(lapsed.id());
            assertThat(d.cause()).isEqualTo(Cause.LIFESPAN_ENDED);
            assertThat(d.dead()).isEqualTo(1);
        }
    }

    // ---- passed expiry (effective) -----------------------------------------------------------

    @Nested
    class PassedExpiry {

        @Test
        void a_valid_token_whose_expiry_has_passed_counts_as_expired_with_lifespan_ended() {
            Instant expiredAt = days(-2);

            TokenFacts now = states.effective(valid("Jane", expiredAt), NOW);

            assertThat(now.status()).isEqualTo(TokenStatus.EXPIRED);
            assertThat(now.cause()).isEqualTo(Cause.LIFESPAN_ENDED);
            assertThat(now.diedAt()).isEqualTo(expiredAt);
        }

        @Test
        void
                a_refreshable_token_whose_refresh_token_has_passed_counts_as_expired_with_lifespan_ended() {
            TokenFacts now = states.effective(refreshable("Jane", days(-10), days(-1)), NOW);

            assertThat(now.status()).isEqualTo(TokenStatus.EXPIRED);
            assertThat(now.cause()).isEqualTo(Cause.LIFESPAN_ENDED);
        }

        @Test
        void a_dead_token_keeps_its_own_cause_even_when_its_expiry_has_passed() {
            TokenFacts revoked =
                    new TokenFacts(
                            UUID.randomUUID(),
                            TokenStatus.REVOKED,
                            Cause.REVOKED_BY_USER,
                            days(-1),
                            false,
                            null,
                            days(-5),
                            days(-5),
                            "Jane");

            TokenFacts now = states.effective(revoked, NOW);

            assertThat(now.status()).isEqualTo(TokenStatus.REVOKED);
            assertThat(now.cause()).isEqualTo(Cause.REVOKED_BY_USER);
            assertThat(now.diedAt()).isEqualTo(days(-5));
        }

        /**
         * Javadoc rule 2 and DESIGN: "a passed expiry time" turns a token dead, whatever a check
         * said.
         */
        @Test
        void an_unverified_token_whose_expiry_has_passed_counts_as_expired_with_lifespan_ended() {
            TokenFacts lapsedUnverified =
                    new TokenFacts(
                            UUID.randomUUID(),
                            TokenStatus.UNVERIFIED,
                            null,
                            days(-2),
                            false,
                            null,
                            null,
                            days(-10),
                            "Jane");

            assertThat(states.effective(lapsedUnverified, NOW).status())
                    .isEqualTo(TokenStatus.EXPIRED);
            Derivation d = derive(lapsedUnverified);
            assertThat(d.state()).isEqualTo(ChannelState.DISCONNECTED);
            assertThat(d.cause()).isEqualTo(Cause.LIFESPAN_ENDED);
        }
    }

    // ---- UNVERIFIED ---------------------------------------------------------------------------

    @Nested
    class Unverified {

        @Test
        void only_unverified_tokens_is_unverified() {
            Derivation d = derive(unverified("Jane"), unverified("Bob"));

            assertThat(d.state()).isEqualTo(ChannelState.UNVERIFIED);
            assertThat(d.decisive()).isNotNull();
            assertThat(d.cause()).isNull();
            assertThat(d.working()).isZero();
            assertThat(d.dead()).isZero();
        }

        @Test
        void an_unverified_token_beside_a_valid_one_is_connected() {
            TokenFacts jane = valid("Jane", days(60));

            Derivation d = derive(unverified("Bob"), jane);

            assertThat(d.state()).isEqualTo(ChannelState.CONNECTED);
            assertThat(d.decisive().id()).isEqualTo(jane.id());
        }
    }

    // ---- UNLINKED -----------------------------------------------------------------------------

    static Stream<Arguments> anyTokens() {
        return Stream.of(
                Arguments.of("no tokens", List.of()),
                Arguments.of("a valid token", List.of(valid("Jane", days(60)))),
                Arguments.of("an expiring token", List.of(valid("Jane", days(2)))),
                Arguments.of(
                        "a dead token",
                        List.of(
                                dead(
                                        "Jane",
                                        TokenStatus.REVOKED,
                                        Cause.REVOKED_BY_USER,
                                        days(-1)))),
                Arguments.of("an unverified token", List.of(unverified("Jane"))),
                Arguments.of(
                        "working and dead tokens",
                        List.of(
                                valid("Jane", days(60)),
                                dead("Bob", TokenStatus.INVALID, Cause.UNKNOWN, days(-1)))));
    }

    @ParameterizedTest(name = "unlinked with {0}")
    @MethodSource("anyTokens")
    void the_unlinked_flag_wins_over_everything(String label, List<TokenFacts> tokens) {
        Derivation d = states.derive(true, tokens, NOW);

        assertThat(d.state()).isEqualTo(ChannelState.UNLINKED);
        assertThat(d.decisive()).isNull();
        assertThat(d.cause()).isNull();
    }
}
