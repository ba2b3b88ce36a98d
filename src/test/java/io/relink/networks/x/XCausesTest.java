package io.relink.networks.x;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * X's error codes become Relink's causes as src/docs/networks.md, section X, says, the raw code
 * kept; rate limits stay transient.
 */
class XCausesTest {

    @ParameterizedTest(name = "{0} {1} {2}/{3} -> {4} ({5})")
    @CsvSource({
        // status, v1.1 code, problem type, reason, cause, raw code
        "401, 89,  ,                  ,                    UNKNOWN,             401/89",
        "401, 32,  ,                  ,                    UNKNOWN,             401/32",
        "400, 215, ,                  ,                    UNKNOWN,             400/215",
        "403, 64,  ,                  ,                    ACCOUNT_UNAVAILABLE, 403/64",
        "403, 63,  ,                  ,                    ACCOUNT_UNAVAILABLE, 403/63",
        "403, 326, ,                  ,                    SECURITY_CHECKPOINT, 403/326",
        "401, 416, ,                  ,                    APP_PROBLEM,         401/416",
        "403, 261, ,                  ,                    APP_PROBLEM,         403/261",
        "403,    , client-forbidden,  client-not-enrolled, APP_PROBLEM,         403/client-forbidden/client-not-enrolled",
        "403,    , client-forbidden,  ,                    SCOPE_MISSING,       403/client-forbidden",
        "403,    , client-forbidden,  something-new,       SCOPE_MISSING,       403/client-forbidden/something-new",
        "401,    , ,                  ,                    UNKNOWN,             401",
        "403,    , ,                  ,                    UNKNOWN,             403",
        "403,    , not-authorized-for-resource, ,          UNKNOWN,             403/not-authorized-for-resource",
        "401, 999, ,                  ,                    UNKNOWN,             401/999",
    })
    void each_definitive_code_has_its_cause_and_keeps_its_raw_code(
            int status, Integer code, String type, String reason, Cause cause, String raw) {
        assertThat(XCauses.ofApi(status, code, type, reason, "the network's words"))
                .isEqualTo(new Verdict.Dead(cause, raw, "the network's words"));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "429, 88,  ,                    RATE_LIMITED,        429/88",
        "400, 88,  ,                    RATE_LIMITED,        400/88",
        "429,    , rate-limit-exceeded, RATE_LIMITED,        429/rate-limit-exceeded",
        "429,    , usage-capped,        RATE_LIMITED,        429/usage-capped",
        "401, 135, ,                    NETWORK_UNAVAILABLE, 401/135",
        "400,    , invalid-request,     MALFORMED_ANSWER,    400/invalid-request",
    })
    void rate_limits_and_answers_that_say_nothing_about_the_token_are_transient(
            int status, Integer code, String type, Kind kind, String raw) {
        assertThat(XCauses.ofApi(status, code, type, null, "m"))
                .isEqualTo(new Verdict.Transient(kind, null, raw));
    }

    @ParameterizedTest(name = "refresh {0} {1} -> {2}")
    @CsvSource({
        "400, invalid_request,     REFRESH_FAILED",
        "400, invalid_grant,       REFRESH_FAILED",
        "400, something_new,       REFRESH_FAILED",
        "401, unauthorized_client, APP_PROBLEM",
        "401, invalid_client,      APP_PROBLEM",
    })
    void a_refused_refresh_failed_unless_the_client_itself_was_refused(
            int status, String error, Cause cause) {
        assertThat(XCauses.ofToken(status, error, "m", true))
                .isEqualTo(new Verdict.Dead(cause, status + "/" + error, "m"));
    }

    @ParameterizedTest(name = "exchange {0} {1} -> {2}")
    @CsvSource({
        "400, invalid_request,     UNKNOWN",
        "400, invalid_grant,       UNKNOWN",
        "401, unauthorized_client, APP_PROBLEM",
    })
    void a_refused_code_exchange_says_nothing_of_a_token_unless_the_client_was_refused(
            int status, String error, Cause cause) {
        assertThat(XCauses.ofToken(status, error, null, false))
                .isEqualTo(new Verdict.Dead(cause, status + "/" + error, null));
    }

    @Test
    void a_token_endpoint_that_is_down_is_trouble() {
        assertThat(XCauses.ofToken(400, "temporarily_unavailable", null, true))
                .isEqualTo(
                        new Verdict.Transient(
                                Kind.SERVER_ERROR, null, "400/temporarily_unavailable"));
    }
}
