package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.checks.control.FailureReports.Finding;
import io.relink.checks.control.FailureReports.Finding.Outcome;
import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import org.junit.jupiter.api.Test;

/**
 * What a failure report's answer and history line say: the network's verdict, its raw code for
 * support, and what Relink did.
 *
 * <p>Proves rules checks R9 (numbered in the component's package-info).
 */
class FindingTest {

    @Test
    void a_death_keeps_its_cause_and_raw_code() {
        Finding finding =
                Finding.of(
                        new Verdict.Dead(Cause.PASSWORD_CHANGED, "190/460", "changed"),
                        "The token died.");
        assertThat(finding)
                .isEqualTo(
                        new Finding(
                                Outcome.DEAD,
                                Cause.PASSWORD_CHANGED,
                                "190/460",
                                "The token died."));
    }

    @Test
    void trouble_keeps_its_raw_code_and_has_no_cause() {
        Finding finding =
                Finding.of(new Verdict.Transient(Kind.RATE_LIMITED, null, "4"), "Nothing changed.");
        assertThat(finding)
                .isEqualTo(new Finding(Outcome.TRANSIENT, null, "4", "Nothing changed."));
    }

    @Test
    void an_error_that_says_nothing_about_the_token_is_ignored() {
        assertThat(Finding.of(null, "Nothing changed."))
                .isEqualTo(new Finding(Outcome.IGNORED, null, null, "Nothing changed."));
    }

    @Test
    void the_history_names_status_code_whose_token_and_outcome() {
        Finding finding =
                new Finding(Outcome.DEAD, Cause.PASSWORD_CHANGED, "190/460", "The token died.");
        assertThat(Finding.history(new FailureReport(null, 400, "{}"), "Jane Doe", finding))
                .isEqualTo(
                        "Reported HTTP 400 (190/460) with the token of Jane Doe: DEAD, PASSWORD_CHANGED. The token died.");
        assertThat(
                        Finding.history(
                                new FailureReport(null, 422, "{}"),
                                "Jane Doe",
                                new Finding(Outcome.IGNORED, null, null, "Nothing changed.")))
                .isEqualTo(
                        "Reported HTTP 422 with the token of Jane Doe: IGNORED. Nothing changed.");
    }
}
