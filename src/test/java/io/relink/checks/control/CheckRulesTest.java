package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ChannelStates;
import io.relink.channels.control.CheckPolicy;
import io.relink.channels.control.TokenFacts;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.TokenStatus;
import io.relink.checks.control.CheckRules.Step;
import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a check does to a token: the step before the network, and the status and next check after a
 * verdict.
 *
 * <p>Proves rules checks R1–R6 (numbered in the component's package-info).
 */
class CheckRulesTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);

    final CheckSchedule schedule = CheckSchedule.defaults();
    final CheckRules rules = new CheckRules(schedule, Duration.ofMinutes(10));
    final SplittableRandom random = new SplittableRandom(42);

    static TokenFacts plain(Instant expiresAt) {
        return token(TokenStatus.VALID, expiresAt, false, null, null, 0);
    }

    static TokenFacts refreshable(Instant expiresAt, Instant refreshExpiresAt) {
        return token(TokenStatus.VALID, expiresAt, true, refreshExpiresAt, null, 0);
    }

    // ---- before the network ----

    /**
     * expires in (minutes, -1 = never), refreshable, refresh token ends in (days, -1 = never) ->
     * step.
     */
    @ParameterizedTest(name = "expires in {0} min, refreshable {1}, refresh ends in {2} d -> {3}")
    @CsvSource({
        "-1,     false, -1,  INSPECT", // never expires: ask the network
        "600,    false, -1,  INSPECT",
        "0,      false, -1,  LIFESPAN_ENDED", // the lapse itself: dead, no call
        "-5,     false, -1,  LIFESPAN_ENDED",
        "600,    true,  30,  INSPECT", // access token far from its end
        "10,     true,  30,  REFRESH", // inside the refresh window
        "-30,    true,  30,  REFRESH", // access token already over, refresh token alive
        "600,    true,  0,   LIFESPAN_ENDED", // the refresh token ended: nothing can renew it
        "600,    true,  -1,  INSPECT", // a refresh token that never ends
    })
    void the_first_step_follows_the_lifespans(
            long expiresInMinutes,
            boolean canRefresh,
            long refreshEndsInDays,
            Step expected) { // R1, R2
        Instant expires =
                expiresInMinutes == -1 ? null : NOW.plus(Duration.ofMinutes(expiresInMinutes));
        Instant refreshEnds =
                refreshEndsInDays == -1 ? null : NOW.plus(Duration.ofDays(refreshEndsInDays));
        TokenFacts token = canRefresh ? refreshable(expires, refreshEnds) : plain(expires);
        assertThat(rules.firstStep(token, NOW)).isEqualTo(expected);
    }

    // ---- after the verdict ----

    @ParameterizedTest
    @EnumSource(Cause.class)
    void a_definitive_answer_kills_and_stops_the_checks_unless_the_cause_may_heal(
            Cause cause) { // R4, R12
        CheckPolicy.Plan outcome =
                rules.plan(plain(NOW.plus(DAY)), new Verdict.Dead(cause, "x", "y"), NOW, random);
        assertThat(outcome.status())
                .isEqualTo(
                        cause == Cause.LIFESPAN_ENDED
                                ? TokenStatus.EXPIRED
                                : cause == Cause.REVOKED_BY_USER
                                        ? TokenStatus.REVOKED
                                        : TokenStatus.INVALID);
        assertThat(outcome.status().isDead()).isTrue();
        assertThat(outcome.nextCheckAt())
                .as("a %s token is looked at again only when it may recover", cause)
                .isEqualTo(CheckRules.mayRecover(cause) ? NOW.plus(schedule.maxInterval()) : null);
    }

    @ParameterizedTest
    @CsvSource({
        "SECURITY_CHECKPOINT, true",
        "ACCOUNT_UNAVAILABLE, true",
        "ADMIN_ROLE_LOST, false",
        "SCOPE_MISSING, true",
        "APP_PROBLEM, true",
        "UNKNOWN, true",
        "LIFESPAN_ENDED, false",
        "PASSWORD_CHANGED, false",
        "REVOKED_BY_USER, false",
        "REFRESH_FAILED, false"
    })
    void only_deaths_a_network_may_take_back_are_checked_again(
            Cause cause, boolean recovers) { // R12
        assertThat(CheckRules.mayRecover(cause)).isEqualTo(recovers);
    }

    @Test
    void a_dead_token_checked_again_keeps_its_first_death_while_the_network_still_refuses() { // R12
        TokenFacts checkpointed =
                new TokenFacts(
                        UUID.randomUUID(),
                        TokenStatus.INVALID,
                        Cause.SECURITY_CHECKPOINT,
                        NOW.plus(Duration.ofDays(30)),
                        false,
                        null,
                        NOW.minus(DAY),
                        NOW.minus(DAY),
                        "Jane");

        CheckPolicy.Plan still =
                rules.plan(
                        checkpointed,
                        new Verdict.Dead(Cause.SECURITY_CHECKPOINT, "190/459", null),
                        NOW,
                        random);
        CheckPolicy.Plan worse =
                rules.plan(
                        checkpointed,
                        new Verdict.Dead(Cause.PASSWORD_CHANGED, "190/460", null),
                        NOW,
                        random);
        CheckPolicy.Plan back =
                rules.plan(checkpointed, new Verdict.Valid(null, null, Set.of()), NOW, random);

        assertThat(still.status()).isEqualTo(TokenStatus.INVALID);
        assertThat(still.nextCheckAt()).isEqualTo(NOW.plus(schedule.maxInterval()));
        assertThat(worse.nextCheckAt()).as("a final cause ends the checks").isNull();
        assertThat(back.status()).isEqualTo(TokenStatus.VALID);
        assertThat(back.nextCheckAt()).isNotNull();
    }

    @Test
    void a_final_death_stays_final_whatever_a_later_answer_says() {
        for (Cause cause :
                List.of(
                        Cause.ADMIN_ROLE_LOST,
                        Cause.PASSWORD_CHANGED,
                        Cause.REVOKED_BY_USER,
                        Cause.LIFESPAN_ENDED,
                        Cause.REFRESH_FAILED)) {
            TokenFacts dead =
                    new TokenFacts(
                            UUID.randomUUID(),
                            TokenStatus.INVALID,
                            cause,
                            NOW.plus(Duration.ofDays(30)),
                            false,
                            null,
                            NOW.minus(DAY),
                            NOW.minus(DAY),
                            "Tom");
            CheckPolicy.Plan valid =
                    rules.plan(dead, new Verdict.Valid(null, null, Set.of()), NOW, random);
            assertThat(valid.status()).as(cause.name()).isEqualTo(TokenStatus.INVALID);
            assertThat(valid.nextCheckAt()).as(cause.name()).isNull();
        }
    }

    @Test
    void a_passed_data_access_window_is_a_withdrawn_permission_not_an_ended_lifespan() {
        Instant dataAccess = NOW.minus(HOUR);
        TokenFacts token =
                new TokenFacts(
                        UUID.randomUUID(),
                        TokenStatus.VALID,
                        null,
                        NOW.plus(Duration.ofDays(30)),
                        false,
                        null,
                        null,
                        NOW.minus(DAY),
                        "Jane",
                        null,
                        0,
                        dataAccess,
                        null);

        assertThat(rules.firstStep(token, NOW)).isEqualTo(Step.LIFESPAN_ENDED);
        Verdict.Dead lapsed = CheckRules.lapsed(token);
        assertThat(lapsed.cause()).isEqualTo(Cause.SCOPE_MISSING);
        assertThat(lapsed.rawCode()).isEqualTo("data_access_expired");
        assertThat(lapsed.rawMessage()).contains(dataAccess.toString());
        assertThat(CheckRules.lapsed(plain(NOW.minus(HOUR))).cause())
                .isEqualTo(Cause.LIFESPAN_ENDED);
    }

    @Test
    void a_valid_answer_schedules_by_the_new_expiry_it_reports() {
        TokenFacts token = plain(NOW.plus(Duration.ofDays(2)));
        Instant newExpiry = NOW.plus(Duration.ofDays(60));
        CheckPolicy.Plan outcome =
                rules.plan(token, new Verdict.Valid(newExpiry, null, Set.of()), NOW, random);
        assertThat(outcome.status()).isEqualTo(TokenStatus.VALID);
        assertThat(outcome.nextCheckAt()).isEqualTo(NOW.plus(schedule.maxInterval()));
    }

    @Test
    void a_valid_answer_without_an_expiry_keeps_the_one_the_grant_gave() {
        TokenFacts token = refreshable(NOW.plus(HOUR), NOW.plus(Duration.ofDays(60)));
        CheckPolicy.Plan outcome =
                rules.plan(token, new Verdict.Valid(null, null, Set.of()), NOW, random);
        assertThat(outcome.nextCheckAt())
                .as("still renewed before the access token ends")
                .isEqualTo(NOW.plus(Duration.ofMinutes(50)));
    }

    @Test
    void a_refreshable_token_is_next_checked_when_its_access_token_needs_renewing() {
        TokenFacts token = refreshable(NOW.plus(HOUR), NOW.plus(Duration.ofDays(60)));
        CheckPolicy.Plan outcome =
                rules.plan(token, new Verdict.Valid(NOW.plus(HOUR), null, Set.of()), NOW, random);
        assertThat(outcome.nextCheckAt()).isEqualTo(NOW.plus(Duration.ofMinutes(50)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void transient_trouble_never_kills_and_backs_off(Kind kind) { // R4, R5
        TokenFacts token =
                token(
                        TokenStatus.VALID,
                        NOW.plus(Duration.ofDays(30)),
                        false,
                        null,
                        NOW.minus(HOUR),
                        3);
        CheckPolicy.Plan outcome =
                rules.plan(token, new Verdict.Transient(kind, null, "503"), NOW, random);
        assertThat(outcome.status()).isEqualTo(TokenStatus.VALID);
        assertThat(outcome.nextCheckAt())
                .isBetween(NOW.plus(Duration.ofMinutes(1)), NOW.plus(Duration.ofMinutes(8)));
    }

    @Test
    void transient_trouble_honours_the_networks_retry_after() { // R5
        TokenFacts token = plain(NOW.plus(Duration.ofDays(30)));
        CheckPolicy.Plan outcome =
                rules.plan(
                        token,
                        new Verdict.Transient(Kind.RATE_LIMITED, Duration.ofMinutes(15), "429"),
                        NOW,
                        random);
        assertThat(outcome.nextCheckAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    /**
     * hours of nothing but trouble so far -> status after one more transient answer (grace: 48 h).
     */
    @ParameterizedTest(name = "{0} h of trouble -> {1}")
    @CsvSource({"0, VALID", "1, VALID", "47, VALID", "48, UNVERIFIED", "100, UNVERIFIED"})
    void only_trouble_longer_than_the_grace_period_makes_a_token_unverified(
            long hoursOfTrouble, TokenStatus expected) { // R5
        Instant since = hoursOfTrouble == 0 ? null : NOW.minus(Duration.ofHours(hoursOfTrouble));
        TokenFacts token =
                token(
                        TokenStatus.VALID,
                        NOW.plus(Duration.ofDays(30)),
                        false,
                        null,
                        since,
                        hoursOfTrouble == 0 ? 0 : 5);
        assertThat(
                        rules.plan(
                                        token,
                                        new Verdict.Transient(Kind.SERVER_ERROR, null, "503"),
                                        NOW,
                                        random)
                                .status())
                .isEqualTo(expected);
    }

    @Test
    void an_unverified_token_recovers_on_the_first_valid_answer() {
        TokenFacts token =
                token(
                        TokenStatus.UNVERIFIED,
                        NOW.plus(Duration.ofDays(30)),
                        false,
                        null,
                        NOW.minus(Duration.ofDays(3)),
                        40);
        assertThat(
                        rules.plan(
                                        token,
                                        new Verdict.Valid(
                                                NOW.plus(Duration.ofDays(30)), null, Set.of()),
                                        NOW,
                                        random)
                                .status())
                .isEqualTo(TokenStatus.VALID);
    }

    @Test
    void a_long_backoff_still_wakes_at_the_lapse() { // R6
        TokenFacts token =
                token(
                        TokenStatus.VALID,
                        NOW.plus(Duration.ofMinutes(90)),
                        false,
                        null,
                        NOW.minus(DAY),
                        20);
        Instant next =
                rules.plan(
                                token,
                                new Verdict.Transient(Kind.TIMEOUT, Duration.ofHours(5), null),
                                NOW,
                                random)
                        .nextCheckAt();
        assertThat(next).isEqualTo(NOW.plus(Duration.ofMinutes(90)));
    }

    // ---- refresh once before believing a dead answer ----

    @Test
    void a_dead_answer_on_a_refreshable_token_gets_one_refresh_first() { // R3
        Verdict dead = new Verdict.Dead(Cause.UNKNOWN, "401/invalid_token", "no");
        assertThat(
                        rules.retriesWithRefresh(
                                refreshable(NOW.plus(HOUR), NOW.plus(DAY)), dead, false))
                .isTrue();
        assertThat(rules.retriesWithRefresh(refreshable(NOW.plus(HOUR), NOW.plus(DAY)), dead, true))
                .isFalse();
        assertThat(rules.retriesWithRefresh(plain(NOW.plus(HOUR)), dead, false)).isFalse();
        assertThat(
                        rules.retriesWithRefresh(
                                refreshable(NOW.plus(HOUR), NOW.plus(DAY)),
                                new Verdict.Transient(Kind.SERVER_ERROR, null, "503"),
                                false))
                .isFalse();
    }

    @Test
    void a_vague_refusal_keeps_the_finer_cause_of_the_inspection() {
        Verdict.Dead inspected =
                new Verdict.Dead(Cause.PASSWORD_CHANGED, "401/password_changed", "changed");
        Verdict.Dead vague = new Verdict.Dead(Cause.REFRESH_FAILED, "400/invalid_grant", "bad");
        Verdict.Dead fine =
                new Verdict.Dead(Cause.ACCOUNT_UNAVAILABLE, "400/account_disabled", "gone");
        assertThat(CheckRules.finer(inspected, vague)).isSameAs(inspected);
        assertThat(CheckRules.finer(inspected, fine)).isSameAs(fine);
        assertThat(CheckRules.finer(new Verdict.Dead(Cause.UNKNOWN, "401", "?"), vague))
                .isSameAs(vague);
    }

    // ---- verdicts through to the channel's state ----

    @Test
    void one_of_two_tokens_dying_degrades_the_channel_and_both_dying_disconnects_it() {
        ChannelStates states = new ChannelStates(Duration.ofDays(14));
        TokenFacts token = plain(NOW.plus(Duration.ofDays(40)));
        TokenStatus first =
                rules.plan(
                                token,
                                new Verdict.Dead(
                                        Cause.PASSWORD_CHANGED, "401/password_changed", "x"),
                                NOW,
                                random)
                        .status();
        TokenStatus second =
                rules.plan(
                                token,
                                new Verdict.Valid(NOW.plus(Duration.ofDays(40)), null, Set.of()),
                                NOW,
                                random)
                        .status();
        TokenStatus again =
                rules.plan(
                                token,
                                new Verdict.Dead(Cause.ADMIN_ROLE_LOST, "403/not_page_admin", "x"),
                                NOW,
                                random)
                        .status();

        assertThat(
                        states.derive(
                                        false,
                                        List.of(
                                                facts(first, Cause.PASSWORD_CHANGED),
                                                facts(second, null)),
                                        NOW)
                                .state())
                .isEqualTo(ChannelState.DEGRADED);
        ChannelStates.Derivation both =
                states.derive(
                        false,
                        List.of(
                                facts(first, Cause.PASSWORD_CHANGED),
                                facts(again, Cause.ADMIN_ROLE_LOST)),
                        NOW);
        assertThat(both.state()).isEqualTo(ChannelState.DISCONNECTED);
    }

    @Test
    void trouble_past_the_grace_period_makes_a_single_token_channel_unverified_not_disconnected() {
        ChannelStates states = new ChannelStates(Duration.ofDays(14));
        TokenFacts troubled =
                token(
                        TokenStatus.VALID,
                        NOW.plus(Duration.ofDays(40)),
                        false,
                        null,
                        NOW.minus(Duration.ofHours(49)),
                        30);
        TokenStatus status =
                rules.plan(
                                troubled,
                                new Verdict.Transient(Kind.SERVER_ERROR, null, "503"),
                                NOW,
                                random)
                        .status();
        assertThat(states.derive(false, List.of(facts(status, null)), NOW).state())
                .isEqualTo(ChannelState.UNVERIFIED);
    }

    private static TokenFacts facts(TokenStatus status, Cause cause) {
        return new TokenFacts(
                UUID.randomUUID(),
                status,
                cause,
                NOW.plus(Duration.ofDays(40)),
                false,
                null,
                status.isDead() ? NOW : null,
                NOW,
                "Ana");
    }

    /** A token as the check rules see it. */
    static TokenFacts token(
            TokenStatus status,
            Instant expiresAt,
            boolean refreshable,
            Instant refreshExpiresAt,
            Instant transientSince,
            int failedChecks) {
        return new TokenFacts(
                UUID.randomUUID(),
                status,
                null,
                expiresAt,
                refreshable,
                refreshExpiresAt,
                null,
                null,
                "Jane",
                transientSince,
                failedChecks);
    }
}
