package io.relink.networks.pinterest;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pinterest's error answers become Relink's causes as src/docs/networks.md, section Pinterest,
 * says, the raw code kept; rate limits and malformed requests stay transient. The deactivation
 * wordings are [U].
 */
class PinterestCausesTest {

    @ParameterizedTest(name = "{0} code {1} \"{2}\" -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "401 | 2 | Authentication failed.                                         | UNKNOWN             | 401/2",
                "401 |   |                                                                | UNKNOWN             | 401",
                "401 | 2 | Authentication failed. The user account has been deactivated.  | ACCOUNT_UNAVAILABLE | 401/2",
                "401 | 2 | User is suspended.                                             | ACCOUNT_UNAVAILABLE | 401/2",
                "401 | 2 | Authentication failed. The app has been deactivated.           | APP_PROBLEM         | 401/2",
                "403 |   | Application disabled.                                          | APP_PROBLEM         | 403",
                "403 | 3 | Authorization failed.                                          | SCOPE_MISSING       | 403/3",
                "403 | 3 | Not authorized to access this resource with the scopes granted | SCOPE_MISSING       | 403/3",
                "403 | 3 | Your Trial access does not allow this request.                 | APP_PROBLEM         | 403/3",
                "404 | 4 | Not found.                                                     | UNKNOWN             | 404/4",
                "401 | 2 | Something disabled somewhere.                                  | UNKNOWN             | 401/2",
            })
    void each_api_answer_has_its_cause_and_keeps_its_raw_code(
            int status, Integer code, String message, Cause cause, String raw) {
        assertThat(PinterestCauses.ofApi(status, code, message))
                .isEqualTo(new Verdict.Dead(cause, raw, message));
    }

    @ParameterizedTest(name = "{0} code {1} \"{2}\" -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "400 | 1 | Invalid parameters.                      | MALFORMED_ANSWER | 400/1",
                "429 | 8 | Rate limit exceeded.                     | RATE_LIMITED     | 429/8",
                "403 | 8 | Too many requests: rate limit exceeded.  | RATE_LIMITED     | 403/8",
            })
    void answers_that_say_nothing_about_the_token_are_transient(
            int status, Integer code, String message, Kind kind, String raw) {
        assertThat(PinterestCauses.ofApi(status, code, message))
                .isEqualTo(new Verdict.Transient(kind, null, raw));
    }

    @ParameterizedTest(name = "refresh {0} {1} \"{2}\" -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "401 | 2                   | Authentication failed.                    | REFRESH_FAILED      | 401/2",
                "400 | invalid_grant       | Invalid refresh token.                    | REFRESH_FAILED      | 400/invalid_grant",
                "400 | 1                   | Refresh token expired.                    | LIFESPAN_ENDED      | 400/1",
                "401 | 2                   | The user account has been deactivated.    | ACCOUNT_UNAVAILABLE | 401/2",
                "401 | 2                   | The app has been deactivated.             | APP_PROBLEM         | 401/2",
                "401 | invalid_client      | Client authentication failed.             | APP_PROBLEM         | 401/invalid_client",
                "400 |                     |                                           | REFRESH_FAILED      | 400",
            })
    void a_refused_refresh_failed_unless_the_answer_says_more(
            int status, String error, String message, Cause cause, String raw) {
        assertThat(PinterestCauses.ofToken(status, error, message, true))
                .isEqualTo(new Verdict.Dead(cause, raw, message));
    }

    @ParameterizedTest(name = "exchange {0} {1} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "400 | 1 | Invalid authorization code. | UNKNOWN     | 400/1",
                "401 | 2 | Authentication failed.      | APP_PROBLEM | 401/2",
            })
    void a_refused_exchange_is_unknown_unless_the_client_itself_was_refused(
            int status, String error, String message, Cause cause, String raw) {
        assertThat(PinterestCauses.ofToken(status, error, message, false))
                .isEqualTo(new Verdict.Dead(cause, raw, message));
    }

    @ParameterizedTest(name = "token endpoint {0} {1} -> transient")
    @CsvSource(
            delimiter = '|',
            value = {
                "429 | 8 | Rate limit exceeded. | RATE_LIMITED",
                "400 | temporarily_unavailable | | SERVER_ERROR"
            })
    void a_token_endpoint_that_is_busy_or_down_is_trouble(
            int status, String error, String message, Kind kind) {
        assertThat(PinterestCauses.ofToken(status, error, message, true))
                .isEqualTo(new Verdict.Transient(kind, null, status + "/" + error));
    }
}
