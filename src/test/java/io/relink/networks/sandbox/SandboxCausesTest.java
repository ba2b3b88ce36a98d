package io.relink.networks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox's error codes become Relink's causes as the contract's table says, raw code kept. */
class SandboxCausesTest {

    @ParameterizedTest(name = "check: {0} -> {1}")
    @CsvSource({
        "token_expired,    LIFESPAN_ENDED",
        "password_changed, PASSWORD_CHANGED",
        "app_revoked,      REVOKED_BY_USER",
        "checkpoint,       SECURITY_CHECKPOINT",
        "account_disabled, ACCOUNT_UNAVAILABLE",
        "not_page_admin,   ADMIN_ROLE_LOST",
        "scope_missing,    SCOPE_MISSING",
        "invalid_token,    UNKNOWN",
        "invalid_client,   APP_PROBLEM",
        "invalid_request,  UNKNOWN",
        "something_new,    UNKNOWN",
        ",                 UNKNOWN",
    })
    void each_code_of_a_check_has_its_cause(String code, Cause cause) {
        assertThat(SandboxCauses.ofCheck(code)).isEqualTo(cause);
    }

    @ParameterizedTest(name = "refresh: {0}/{1} -> {2}")
    @CsvSource({
        "invalid_grant,   invalid_token,    REFRESH_FAILED",
        "invalid_grant,   ,                 REFRESH_FAILED",
        "invalid_grant,   token_expired,    LIFESPAN_ENDED",
        "invalid_grant,   password_changed, PASSWORD_CHANGED",
        "invalid_grant,   app_revoked,      REVOKED_BY_USER",
        "invalid_grant,   checkpoint,       SECURITY_CHECKPOINT",
        "invalid_grant,   account_disabled, ACCOUNT_UNAVAILABLE",
        "invalid_grant,   scope_missing,    SCOPE_MISSING",
        "invalid_grant,   something_new,    UNKNOWN",
        "invalid_client,  ,                 APP_PROBLEM",
        "invalid_request, ,                 UNKNOWN",
    })
    void a_refused_refresh_takes_the_finer_reason_and_otherwise_simply_failed(
            String error, String reason, Cause cause) {
        assertThat(SandboxCauses.ofRefresh(error, reason)).isEqualTo(cause);
    }

    @Test
    void the_raw_code_keeps_the_http_status_and_every_code_present() {
        assertThat(
                        SandboxCauses.rejected(
                                401, "password_changed", "The user changed their password."))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.PASSWORD_CHANGED,
                                "401/password_changed",
                                "The user changed their password."));
        assertThat(SandboxCauses.refused(400, "invalid_grant", "token_expired", null))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.LIFESPAN_ENDED, "400/invalid_grant/token_expired", null));
        assertThat(SandboxCauses.refused(400, "invalid_grant", null, null).rawCode())
                .isEqualTo("400/invalid_grant");
    }
}
