package io.relink.networks.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.meta.GraphCauses;
import io.relink.networks.meta.GraphError;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Graph code src/docs/networks.md lists in its section Facebook has its cause or transient
 * kind, raw code and message kept.
 */
class FacebookCausesTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Instant LATER = NOW.plusSeconds(86_400);

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
        "190, 458, REVOKED_BY_USER",
        "190, 459, SECURITY_CHECKPOINT",
        "190, 460, PASSWORD_CHANGED",
        "190, 463, LIFESPAN_ENDED",
        "190, 464, SECURITY_CHECKPOINT",
        "190, 467, UNKNOWN",
        "190, 492, ADMIN_ROLE_LOST",
        "190, 452, PASSWORD_CHANGED",
        "190, 461, UNKNOWN",
        "190, 465, ACCOUNT_UNAVAILABLE",
        "190, 466, UNKNOWN",
        "190, 468, LIFESPAN_ENDED",
        "190, 999, UNKNOWN",
        "102, 460, PASSWORD_CHANGED",
        "102, 458, REVOKED_BY_USER",
        "10,    , SCOPE_MISSING",
        "200,   , SCOPE_MISSING",
        "250,   , SCOPE_MISSING",
        "299,   , SCOPE_MISSING",
        "3,     , SCOPE_MISSING",
        "368,   , SECURITY_CHECKPOINT",
        "100,   , UNKNOWN",
        "300,   , UNKNOWN",
        "12345, , UNKNOWN",
    })
    void each_definitive_code_has_its_cause_and_keeps_raw_code_and_message(
            int code, Integer subcode, Cause cause) {
        Verdict verdict =
                FacebookCauses.of(
                        new GraphError(code, subcode, "OAuthException", "the network's words"),
                        LATER,
                        NOW);
        assertThat(verdict)
                .isEqualTo(
                        new Verdict.Dead(
                                cause,
                                subcode == null ? String.valueOf(code) : code + "/" + subcode,
                                "the network's words"));
    }

    @ParameterizedTest(name = "{0} -> transient {1}")
    @CsvSource({
        "4,     RATE_LIMITED",
        "17,    RATE_LIMITED",
        "32,    RATE_LIMITED",
        "613,   RATE_LIMITED",
        "341,   RATE_LIMITED",
        "80000, RATE_LIMITED",
        "80001, RATE_LIMITED",
        "80002, RATE_LIMITED",
        "80014, RATE_LIMITED",
        "1,     SERVER_ERROR",
        "2,     SERVER_ERROR",
    })
    void rate_limits_and_outages_are_transient_never_a_death(int code, Kind kind) {
        Verdict verdict =
                FacebookCauses.of(
                        new GraphError(code, null, "OAuthException", "later"), LATER, NOW);
        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Transient.class,
                        trouble -> {
                            assertThat(trouble.kind()).isEqualTo(kind);
                            assertThat(trouble.rawCode()).isEqualTo(String.valueOf(code));
                            assertThat(trouble.retryAfter())
                                    .isEqualTo(
                                            kind == Kind.RATE_LIMITED
                                                    ? GraphCauses.RATE_LIMIT_PAUSE
                                                    : null);
                        });
    }

    @Test
    void
            a_bare_190_past_the_expiry_is_the_end_of_the_lifespan_and_before_it_or_without_one_unknown() {
        GraphError bare =
                new GraphError(190, null, "OAuthException", "Error validating access token");
        assertThat(cause(FacebookCauses.of(bare, NOW.minusSeconds(1), NOW)))
                .isEqualTo(Cause.LIFESPAN_ENDED);
        assertThat(cause(FacebookCauses.of(bare, NOW, NOW))).isEqualTo(Cause.LIFESPAN_ENDED);
        assertThat(cause(FacebookCauses.of(bare, LATER, NOW))).isEqualTo(Cause.UNKNOWN);
        assertThat(cause(FacebookCauses.of(bare, null, NOW))).isEqualTo(Cause.UNKNOWN);
        assertThat(
                        cause(
                                FacebookCauses.of(
                                        new GraphError(102, null, null, null),
                                        NOW.minusSeconds(1),
                                        NOW)))
                .isEqualTo(Cause.LIFESPAN_ENDED);
    }

    @ParameterizedTest(name = "app token {0}/{1} -> {2}")
    @CsvSource({
        "190,    , APP_PROBLEM",
        "190, 460, APP_PROBLEM",
        "102,    , APP_PROBLEM",
        "101,    , APP_PROBLEM",
        "100,    , UNKNOWN",
        "10,     , SCOPE_MISSING",
    })
    void a_refused_app_token_hits_the_whole_app(int code, Integer subcode, Cause cause) {
        assertThat(
                        cause(
                                FacebookCauses.ofAppToken(
                                        new GraphError(code, subcode, "OAuthException", "m"), NOW)))
                .isEqualTo(cause);
    }

    @Test
    void a_rate_limit_on_the_app_token_is_still_transient() {
        assertThat(FacebookCauses.ofAppToken(new GraphError(4, null, null, null), NOW))
                .isInstanceOf(Verdict.Transient.class);
    }

    private static Cause cause(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Dead.class);
        return ((Verdict.Dead) verdict).cause();
    }
}
