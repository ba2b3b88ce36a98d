package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ChannelStates.Derivation;
import io.relink.channels.control.Explanations.Explanation;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plain words of src/docs/architecture.md ("Causes"): a sentence and a next step for every
 * cause and state.
 *
 * <p>Proves rules channels R6 (numbered in the component's package-info).
 */
class ExplanationsTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final String WHO = "Jane Doe";
    static final String NET = "Facebook";

    final ChannelStates states = new ChannelStates(Duration.ofDays(14));

    // ---- causes ------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Cause.class)
    void every_cause_has_a_sentence_naming_the_identity_or_the_network(Cause cause) {
        String sentence = Explanations.sentence(cause, WHO, NET);

        assertThat(sentence).isNotBlank();
        assertThat(sentence.contains(WHO) || sentence.contains(NET))
                .as("'%s' names %s or %s", sentence, WHO, NET)
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void every_cause_has_a_next_step_naming_the_identity_or_the_network(Cause cause) {
        String nextStep = Explanations.nextStep(cause, WHO, NET);

        assertThat(nextStep).isNotBlank();
        assertThat(nextStep.contains(WHO) || nextStep.contains(NET))
                .as("'%s' names %s or %s", nextStep, WHO, NET)
                .isTrue();
    }

    @Test
    void every_cause_has_its_own_sentence() {
        List<String> sentences =
                Arrays.stream(Cause.values()).map(c -> Explanations.sentence(c, WHO, NET)).toList();

        assertThat(sentences).doesNotHaveDuplicates();
    }

    @Test
    void a_changed_password_is_told_as_in_the_design() {
        assertThat(Explanations.sentence(Cause.PASSWORD_CHANGED, WHO, NET))
                .contains("Jane Doe changed their Facebook password");
    }

    @Test
    void a_missing_cause_still_gets_a_sentence_and_a_next_step() {
        assertThat(Explanations.sentence(null, WHO, NET)).isNotBlank().contains(WHO);
        assertThat(Explanations.nextStep(null, WHO, NET)).isNotBlank().contains(WHO);
    }

    // ---- expiresIn ---------------------------------------------------------------------------

    @Test
    void no_expiry_never_expires() {
        assertThat(Explanations.expiresIn(null, NOW)).isEqualTo("never expires");
    }

    @ParameterizedTest(name = "{0} from now -> {1}")
    @CsvSource({
        "P5D,    expires in 5 days",
        "P1D,    expires in 1 day",
        "PT3H,   expires in 3 hours",
        "PT1H,   expires in 1 hour",
        "PT30M,  expires in 30 minutes",
        "-P2D,   expired 2 days ago",
        "-PT3H,  expired 3 hours ago",
    })
    void expiry_is_told_in_whole_units(Duration fromNow, String expected) {
        assertThat(Explanations.expiresIn(NOW.plus(fromNow), NOW)).isEqualTo(expected);
    }

    // ---- of(...)
    // ---------------------------------------------------------------------------------

    static TokenFacts valid(String who, Instant expiresAt) {
        return new TokenFacts(
                UUID.randomUUID(), TokenStatus.VALID, null, expiresAt, false, null, null, NOW, who);
    }

    static TokenFacts dead(String who, Cause cause, Instant diedAt) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.INVALID,
                cause,
                null,
                false,
                null,
                diedAt,
                diedAt,
                who);
    }

    Explanation explain(boolean unlinked, TokenFacts... tokens) {
        Derivation d = states.derive(unlinked, List.of(tokens), NOW);
        return Explanations.of(d, NetworkType.FACEBOOK, NOW);
    }

    @Test
    void a_connected_channel_needs_no_words() {
        Explanation e = explain(false, valid(WHO, NOW.plus(Duration.ofDays(60))));

        assertThat(e.text()).isNull();
        assertThat(e.nextStep()).isNull();
    }

    @Test
    void an_unlinked_channel_needs_no_words() {
        Explanation e = explain(true, dead(WHO, Cause.PASSWORD_CHANGED, NOW.minusSeconds(60)));

        assertThat(e.text()).isNull();
        assertThat(e.nextStep()).isNull();
    }

    @Test
    void a_degraded_channel_counts_its_lost_tokens_and_tells_the_cause() {
        Explanation e =
                explain(
                        false,
                        valid("Bob Roe", NOW.plus(Duration.ofDays(60))),
                        dead(WHO, Cause.PASSWORD_CHANGED, NOW.minus(Duration.ofDays(1))));

        assertThat(e.text())
                .startsWith("1 of 2 tokens lost.")
                .contains("Jane Doe changed their Facebook password");
        assertThat(e.nextStep()).isNotBlank().contains(WHO);
    }

    @Test
    void a_disconnected_channel_without_tokens_says_it_has_no_access_token_left() {
        Explanation e = explain(false);

        assertThat(e.text()).isEqualTo("This channel has no access token left.");
        assertThat(e.nextStep()).isNotBlank();
    }

    @Test
    void a_disconnected_channel_tells_the_cause_of_its_latest_death() {
        Explanation e =
                explain(
                        false,
                        dead("Bob Roe", Cause.REVOKED_BY_USER, NOW.minus(Duration.ofDays(9))),
                        dead(WHO, Cause.SECURITY_CHECKPOINT, NOW.minus(Duration.ofDays(1))));

        assertThat(e.text()).isEqualTo(Explanations.sentence(Cause.SECURITY_CHECKPOINT, WHO, NET));
        assertThat(e.nextStep())
                .isEqualTo(Explanations.nextStep(Cause.SECURITY_CHECKPOINT, WHO, NET));
    }

    @Test
    void an_expiring_channel_tells_who_and_when() {
        Explanation e = explain(false, valid(WHO, NOW.plus(Duration.ofDays(5))));

        assertThat(e.text()).isEqualTo("Jane Doe's Facebook access expires in 5 days.");
        assertThat(e.nextStep()).contains(WHO);
    }

    // ---- data access and withdrawn scopes (issue 13) ------------------------------------------

    static TokenFacts dataAccessEnds(String who, Instant expiresAt, Instant dataAccess) {
        return new TokenFacts(
                UUID.randomUUID(),
                TokenStatus.VALID,
                null,
                expiresAt,
                false,
                null,
                null,
                NOW,
                who,
                null,
                0,
                dataAccess,
                null);
    }

    @Test
    void a_data_access_window_ending_inside_the_warning_window_makes_the_channel_expiring() {
        TokenFacts token =
                dataAccessEnds(WHO, NOW.plus(Duration.ofDays(50)), NOW.plus(Duration.ofDays(5)));

        Derivation d = states.derive(false, List.of(token), NOW);
        Explanation e = Explanations.of(d, NetworkType.FACEBOOK, NOW);

        assertThat(d.state()).isEqualTo(ChannelState.EXPIRING);
        assertThat(e.text())
                .isEqualTo(
                        "Jane Doe's Facebook data access lapses in 5 days (the token itself stays valid, but reads nothing after that).");
        assertThat(e.nextStep()).contains("renews data access");
    }

    @Test
    void a_token_expiring_before_its_data_access_ends_says_the_token_expires() {
        TokenFacts token =
                dataAccessEnds(WHO, NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(60)));

        Explanation e = explain(false, token);

        assertThat(e.text()).isEqualTo("Jane Doe's Facebook access expires in 5 days.");
    }

    @Test
    void a_data_access_window_far_away_leaves_the_channel_connected() {
        TokenFacts token =
                dataAccessEnds(WHO, NOW.plus(Duration.ofDays(50)), NOW.plus(Duration.ofDays(40)));

        assertThat(states.derive(false, List.of(token), NOW).state())
                .isEqualTo(ChannelState.CONNECTED);
    }

    @Test
    void a_passed_data_access_window_disconnects_with_a_withdrawn_permission() {
        TokenFacts token =
                dataAccessEnds(WHO, NOW.plus(Duration.ofDays(50)), NOW.minus(Duration.ofHours(1)));

        Derivation d = states.derive(false, List.of(token), NOW);

        assertThat(d.state()).isEqualTo(ChannelState.DISCONNECTED);
        assertThat(d.cause()).isEqualTo(Cause.SCOPE_MISSING);
        assertThat(Explanations.of(d, NetworkType.FACEBOOK, NOW).text())
                .contains("data access lapsed");
    }

    @Test
    void a_withdrawn_scope_is_named_in_the_explanation() {
        TokenFacts token =
                new TokenFacts(
                        UUID.randomUUID(),
                        TokenStatus.INVALID,
                        Cause.SCOPE_MISSING,
                        null,
                        false,
                        null,
                        NOW,
                        NOW,
                        WHO,
                        null,
                        0,
                        null,
                        "scope_missing:pages_manage_posts,publish_video");

        Explanation e = explain(false, token);

        assertThat(e.text())
                .isEqualTo(
                        "Jane Doe's Facebook grant no longer includes pages_manage_posts, publish_video, which Relink needs.");
        assertThat(e.nextStep()).contains("grant every permission");
    }
}
