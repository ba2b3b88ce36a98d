package io.relink.networks.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.linkedin.LinkedInCauses.Step;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LinkedIn's codes become Relink's causes as src/docs/networks.md, section LinkedIn, says, raw code
 * kept; rate limits and outages stay transient.
 */
class LinkedInCausesTest {

    @ParameterizedTest(name = "API {0} {1}/{2} -> {3}")
    @CsvSource({
        "401, REVOKED_ACCESS_TOKEN, 65601, REVOKED_BY_USER,  401/REVOKED_ACCESS_TOKEN/65601",
        "401,                     , 65601, REVOKED_BY_USER,  401/65601",
        "401, EXPIRED_ACCESS_TOKEN, 65602, LIFESPAN_ENDED,   401/EXPIRED_ACCESS_TOKEN/65602",
        "401, EXPIRED_ACCESS_TOKEN,      , LIFESPAN_ENDED,   401/EXPIRED_ACCESS_TOKEN",
        "401, INVALID_ACCESS_TOKEN, 65600, UNKNOWN,          401/INVALID_ACCESS_TOKEN/65600",
        "401,                     , 65600, UNKNOWN,          401/65600",
        "403, ACCESS_DENIED,          100, SCOPE_MISSING,    403/ACCESS_DENIED/100",
        "403,                     ,   100, SCOPE_MISSING,    403/100",
        "403, SOMETHING_NEW,             , UNKNOWN,          403/SOMETHING_NEW",
        "400, ILLEGAL_ARGUMENT,          , UNKNOWN,          400/ILLEGAL_ARGUMENT",
    })
    void each_api_error_has_its_cause_and_raw_code(
            int status, String code, Integer service, Cause cause, String raw) {
        assertThat(LinkedInCauses.ofApiError(status, code, service, "words"))
                .isEqualTo(new Verdict.Dead(cause, raw, "words"));
    }

    @ParameterizedTest(name = "API {0} -> transient {2}")
    @CsvSource({
        "429,     , RATE_LIMITED, 429",
        "500, 65603, SERVER_ERROR, 500/65603",
        "503,     , SERVER_ERROR, 503",
        "504,     , TIMEOUT,      504",
    })
    void rate_limits_and_server_errors_are_transient_never_a_cause(
            int status, Integer service, Kind kind, String raw) {
        assertThat(LinkedInCauses.ofApiError(status, null, service, "Internal Server Error"))
                .isEqualTo(new Verdict.Transient(kind, null, raw));
    }

    @ParameterizedTest(name = "introspection status {0} -> {1}")
    @CsvSource({
        "revoked, REVOKED_BY_USER, 200/revoked",
        "REVOKED, REVOKED_BY_USER, 200/revoked",
        "expired, LIFESPAN_ENDED,  200/expired",
        "       , UNKNOWN,         200/inactive",
        "banana,  UNKNOWN,         200/banana",
    })
    void an_inactive_introspection_has_the_cause_of_its_status(
            String status, Cause cause, String raw) {
        assertThat(LinkedInCauses.ofIntrospection(status, "m"))
                .isEqualTo(new Verdict.Dead(cause, raw, "m"));
    }

    @ParameterizedTest(name = "OAuth {0} {1} at {3} -> {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "401 | invalid_client      | Client authentication failed              | CHECK    | APP_PROBLEM",
                "401 |                     |                                           | CHECK    | APP_PROBLEM",
                "400 | invalid_client      | Client authentication failed              | EXCHANGE | APP_PROBLEM",
                "400 | unauthorized_client | The client is not authorized              | REFRESH  | APP_PROBLEM",
                "400 | invalid_request     | The provided token is invalid             | CHECK    | UNKNOWN",
                "400 | invalid_request     | Unable to retrieve access token: expired  | EXCHANGE | UNKNOWN",
                "400 | invalid_grant       |                                           | EXCHANGE | UNKNOWN",
                "400 | invalid_request     | The provided refresh token is invalid     | REFRESH  | REFRESH_FAILED",
                "400 | invalid_grant       |                                           | REFRESH  | REFRESH_FAILED",
                "400 | invalid_request     | The refresh token has been revoked        | REFRESH  | REVOKED_BY_USER",
                "400 | invalid_request     | The refresh token has Expired             | REFRESH  | LIFESPAN_ENDED",
            })
    void an_oauth_error_is_read_for_the_call_it_answered(
            int status, String error, String description, Step step, Cause cause) {
        Verdict.Dead dead = LinkedInCauses.ofOAuthError(status, error, description, step);
        assertThat(dead.cause()).isEqualTo(cause);
        assertThat(dead.rawCode())
                .isEqualTo(error == null ? String.valueOf(status) : status + "/" + error);
        assertThat(dead.rawMessage()).isEqualTo(description);
    }

    @Test
    void after_a_429_linkedin_is_left_alone_for_its_retry_after_or_until_midnight_utc() {
        Instant noon = Instant.parse("2026-11-22T12:00:00Z");
        assertThat(LinkedInLimits.resumeAt(Duration.ofSeconds(90), noon))
                .isEqualTo(Instant.parse("2026-11-22T12:01:30Z"));
        assertThat(LinkedInLimits.resumeAt(null, noon))
                .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(LinkedInLimits.resumeAt(null, Instant.parse("2026-12-31T23:59:59Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(LinkedInLimits.resumeAt(null, Instant.parse("2026-11-23T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }
}
