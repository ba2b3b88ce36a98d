package io.relink.networks.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.youtube.YouTubeCauses.Step;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Google's and YouTube's codes become Relink's causes as src/docs/networks.md, section YouTube,
 * says, raw code kept: what of invalid_grant's seven causes can be told apart is, the rest is a
 * failed refresh; quota and rate limits stay transient.
 */
class YouTubeCausesTest {

    static final Instant NOON_UTC = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "OAuth {1}/{2} \"{3}\" at {4} -> {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "400 | invalid_grant         |                       | Token has been expired or revoked.         | REFRESH  | REFRESH_FAILED",
                "400 | invalid_grant         |                       |                                            | REFRESH  | REFRESH_FAILED",
                "400 | invalid_grant         |                       | Bad Request                                | EXCHANGE | UNKNOWN",
                "400 | invalid_grant         |                       | Account has been deleted                   | REFRESH  | ACCOUNT_UNAVAILABLE",
                "400 | invalid_grant         |                       | The account has been deleted               | REFRESH  | ACCOUNT_UNAVAILABLE",
                "400 | invalid_grant         | invalid_rapt          | reauth related error (invalid_rapt)        | REFRESH  | LIFESPAN_ENDED",
                "400 | admin_policy_enforced |                       | blocked by the administrator               | REFRESH  | SCOPE_MISSING",
                "400 | invalid_grant         | admin_policy_enforced |                                            | REFRESH  | SCOPE_MISSING",
                "400 | admin_policy_enforced |                       |                                            | EXCHANGE | SCOPE_MISSING",
                "401 | invalid_client        |                       | The OAuth client was deleted.              | REFRESH  | APP_PROBLEM",
                "401 | invalid_client        |                       | Unauthorized                               | EXCHANGE | APP_PROBLEM",
                "400 | unauthorized_client   |                       | Unauthorized                               | REFRESH  | APP_PROBLEM",
                "401 |                       |                       |                                            | CHECK    | APP_PROBLEM",
                "400 | invalid_token         |                       | Invalid Value                              | CHECK    | UNKNOWN",
                "400 | invalid_request       |                       | Missing required parameter: refresh_token  | REFRESH  | UNKNOWN",
                "400 | redirect_uri_mismatch |                       | Bad Request                                | EXCHANGE | UNKNOWN",
            })
    void an_oauth_error_has_the_finest_cause_google_lets_tell(
            int status, String error, String subtype, String description, Step step, Cause cause) {
        Verdict.Dead dead = YouTubeCauses.ofOAuthError(status, error, subtype, description, step);
        assertThat(dead.cause()).isEqualTo(cause);
        assertThat(dead.rawMessage()).isEqualTo(description);
    }

    @Test
    void the_raw_code_keeps_status_error_and_subtype() {
        assertThat(
                        YouTubeCauses.ofOAuthError(
                                        400, "invalid_grant", "invalid_rapt", "x", Step.REFRESH)
                                .rawCode())
                .isEqualTo("400/invalid_grant/invalid_rapt");
        assertThat(
                        YouTubeCauses.ofOAuthError(400, "invalid_grant", null, "x", Step.REFRESH)
                                .rawCode())
                .isEqualTo("400/invalid_grant");
        assertThat(YouTubeCauses.ofOAuthError(401, null, null, null, Step.CHECK).rawCode())
                .isEqualTo("401");
    }

    @ParameterizedTest(name = "API {0} {1} -> {2}")
    @CsvSource({
        "401, authError,                       UNKNOWN",
        "401, ,                                UNKNOWN",
        "403, insufficientPermissions,         SCOPE_MISSING",
        "403, ACCESS_TOKEN_SCOPE_INSUFFICIENT, SCOPE_MISSING",
        "403, accessNotConfigured,             APP_PROBLEM",
        "403, SERVICE_DISABLED,                APP_PROBLEM",
        "401, youtubeSignupRequired,           ACCOUNT_UNAVAILABLE",
        "403, channelClosed,                   ACCOUNT_UNAVAILABLE",
        "403, channelSuspended,                ACCOUNT_UNAVAILABLE",
        "403, forbidden,                       UNKNOWN",
        "404, channelNotFound,                 UNKNOWN",
        "400, invalid_request,                 UNKNOWN",
    })
    void each_api_error_has_its_cause_and_raw_code(int status, String reason, Cause cause) {
        assertThat(YouTubeCauses.ofApiError(status, reason, "words", NOON_UTC))
                .isEqualTo(
                        new Verdict.Dead(
                                cause,
                                reason == null ? String.valueOf(status) : status + "/" + reason,
                                "words"));
    }

    @Test
    void
            a_spent_daily_quota_waits_until_midnight_pacific_and_rate_limits_and_outages_are_only_transient() {
        // 12:00 UTC is 04:00 in Los Angeles (PST): the quota is back at 08:00 UTC the next day.
        assertThat(YouTubeCauses.ofApiError(403, "quotaExceeded", "m", NOON_UTC))
                .isEqualTo(
                        new Verdict.Transient(
                                Kind.RATE_LIMITED, Duration.ofHours(20), "403/quotaExceeded"));
        assertThat(YouTubeCauses.ofApiError(403, "dailyLimitExceeded", "m", NOON_UTC))
                .isEqualTo(
                        new Verdict.Transient(
                                Kind.RATE_LIMITED, Duration.ofHours(20), "403/dailyLimitExceeded"));
        assertThat(YouTubeCauses.ofApiError(403, "rateLimitExceeded", "m", NOON_UTC))
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, null, "403/rateLimitExceeded"));
        assertThat(YouTubeCauses.ofApiError(429, "userRateLimitExceeded", "m", NOON_UTC))
                .isEqualTo(
                        new Verdict.Transient(
                                Kind.RATE_LIMITED, null, "429/userRateLimitExceeded"));
        assertThat(YouTubeCauses.ofApiError(500, "backendError", "m", NOON_UTC))
                .isEqualTo(new Verdict.Transient(Kind.SERVER_ERROR, null, "500/backendError"));
        assertThat(YouTubeCauses.ofApiError(503, null, "m", NOON_UTC))
                .isEqualTo(new Verdict.Transient(Kind.SERVER_ERROR, null, "503"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-11-22T12:00:00Z, 2026-11-23T08:00:00Z", // PST, UTC-8
        "2026-11-23T07:59:59Z, 2026-11-23T08:00:00Z", // one second before the reset
        "2026-11-23T08:00:00Z, 2026-11-24T08:00:00Z", // at the reset: the next one
        "2026-07-01T12:00:00Z, 2026-07-02T07:00:00Z", // PDT, UTC-7
        "2026-03-08T09:00:00Z, 2026-03-09T07:00:00Z", // the day daylight saving time starts
    })
    void the_quota_comes_back_at_the_next_midnight_pacific_time(Instant now, Instant reset) {
        assertThat(YouTubeLimits.resetAfter(now)).isEqualTo(reset);
        assertThat(YouTubeLimits.untilReset(now)).isEqualTo(Duration.between(now, reset));
    }
}
