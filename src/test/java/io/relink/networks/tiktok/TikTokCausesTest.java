package io.relink.networks.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TikTok's codes become Relink's causes (or transient kinds) as src/docs/networks.md, section
 * TikTok, says, raw code kept.
 */
class TikTokCausesTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "api {0}/{1} -> {2}")
    @CsvSource({
        "401, access_token_invalid,    UNKNOWN",
        "401, scope_not_authorized,    SCOPE_MISSING",
        "403, scope_permission_missed, SCOPE_MISSING",
        "401, something_new,           UNKNOWN",
        "403, ,                        UNKNOWN",
    })
    void each_dead_code_of_the_api_has_its_cause(int status, String code, Cause cause) {
        assertThat(TikTokCauses.api(status, code, "msg", null, NOW))
                .isEqualTo(
                        new Verdict.Dead(
                                cause,
                                code == null ? String.valueOf(status) : status + "/" + code,
                                "msg"));
    }

    @ParameterizedTest(name = "api {0}/{1} -> transient {2}")
    @CsvSource({
        "429, rate_limit_exceeded, RATE_LIMITED",
        "500, internal_error,      SERVER_ERROR",
        "400, invalid_params,      MALFORMED_ANSWER",
        "400, invalid_file_upload, MALFORMED_ANSWER",
    })
    void codes_that_say_nothing_about_the_token_are_transient(int status, String code, Kind kind) {
        assertThat(TikTokCauses.api(status, code, "msg", null, NOW))
                .isEqualTo(new Verdict.Transient(kind, null, status + "/" + code));
    }

    @Test
    void an_invalid_access_token_past_its_known_expiry_ended_its_lifespan() {
        assertThat(
                        ((Verdict.Dead)
                                        TikTokCauses.api(
                                                401, "access_token_invalid", null, NOW, NOW))
                                .cause())
                .isEqualTo(Cause.LIFESPAN_ENDED);
        assertThat(
                        ((Verdict.Dead)
                                        TikTokCauses.api(
                                                401,
                                                "access_token_invalid",
                                                null,
                                                NOW.minusSeconds(1),
                                                NOW))
                                .cause())
                .isEqualTo(Cause.LIFESPAN_ENDED);
        assertThat(
                        ((Verdict.Dead)
                                        TikTokCauses.api(
                                                401,
                                                "access_token_invalid",
                                                null,
                                                NOW.plusSeconds(1),
                                                NOW))
                                .cause())
                .isEqualTo(Cause.UNKNOWN);
    }

    @ParameterizedTest(name = "oauth {0} (refresh {1}) -> {2}")
    @CsvSource({
        "invalid_grant,             true,  REFRESH_FAILED",
        "invalid_grant,             false, UNKNOWN",
        "invalid_client,            true,  APP_PROBLEM",
        "invalid_client,            false, APP_PROBLEM",
        "unauthorized_client,       true,  APP_PROBLEM",
        "unsupported_grant_type,    true,  APP_PROBLEM",
        "unsupported_response_type, false, APP_PROBLEM",
        "invalid_scope,             false, APP_PROBLEM",
        "invalid_request,           true,  UNKNOWN",
        "access_denied,             false, UNKNOWN",
        "something_new,             true,  UNKNOWN",
        ",                          false, UNKNOWN",
    })
    void each_dead_code_of_the_oauth_endpoints_has_its_cause(
            String error, boolean refreshing, Cause cause) {
        assertThat(TikTokCauses.oauth(400, error, "desc", refreshing, null, NOW))
                .isEqualTo(new Verdict.Dead(cause, error == null ? "400" : "400/" + error, "desc"));
    }

    @ParameterizedTest(name = "oauth {1} -> transient {2}")
    @CsvSource({
        "503, server_error,            SERVER_ERROR",
        "503, temporarily_unavailable, SERVER_ERROR",
        "429, rate_limit_exceeded,     RATE_LIMITED",
    })
    void transient_oauth_codes_never_kill(int status, String error, Kind kind) {
        assertThat(TikTokCauses.oauth(status, error, null, true, null, NOW))
                .isEqualTo(new Verdict.Transient(kind, null, status + "/" + error));
    }

    @Test
    void a_refused_refresh_past_the_refresh_tokens_known_expiry_ended_its_lifespan() {
        assertThat(
                        ((Verdict.Dead)
                                        TikTokCauses.oauth(
                                                400,
                                                "invalid_grant",
                                                null,
                                                true,
                                                NOW.minusSeconds(60),
                                                NOW))
                                .cause())
                .isEqualTo(Cause.LIFESPAN_ENDED);
        assertThat(
                        ((Verdict.Dead)
                                        TikTokCauses.oauth(
                                                400,
                                                "invalid_grant",
                                                null,
                                                true,
                                                NOW.plusSeconds(60),
                                                NOW))
                                .cause())
                .isEqualTo(Cause.REFRESH_FAILED);
    }

    @ParameterizedTest(name = "authorization.removed reason {0} -> {1}")
    @CsvSource({
        "0,   UNKNOWN",
        "1,   REVOKED_BY_USER",
        "2,   ACCOUNT_UNAVAILABLE",
        "3,   ACCOUNT_UNAVAILABLE",
        "4,   ACCOUNT_UNAVAILABLE",
        "5,   APP_PROBLEM",
        "6,   UNKNOWN",
        "-1,  UNKNOWN",
        ",    UNKNOWN",
    })
    void each_removal_reason_has_its_cause_and_a_sentence(Integer reason, Cause cause) {
        assertThat(TikTokCauses.removal(reason)).isEqualTo(cause);
        assertThat(TikTokCauses.removalMessage(reason)).isNotBlank();
    }

    @Test
    void each_known_reason_has_its_own_sentence() {
        assertThat(
                        java.util.stream.IntStream.rangeClosed(0, 5)
                                .mapToObj(TikTokCauses::removalMessage)
                                .distinct())
                .hasSize(6);
    }
}
