package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.problems.ProblemException;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failure report is read strictly: bad input is a 400 naming the field, before anything is looked
 * up or changed.
 *
 * <p>Proves rules checks R9 (numbered in the component's package-info).
 */
class FailureReportTest {

    static final String TOKEN = "5f0c6a1e-8d3b-4c55-9a57-2b1f3e9d7c10";

    @Test
    void a_full_report_keeps_the_networks_body_as_it_came() {
        String network = "{\"error\":{\"code\":190,\"error_subcode\":460}}";
        FailureReport report =
                FailureReport.parse(
                        Json.createObjectBuilder()
                                .add("tokenId", TOKEN)
                                .add("httpStatus", 400)
                                .add("body", network)
                                .add("somethingNew", true)
                                .build()
                                .toString());
        assertThat(report).isEqualTo(new FailureReport(UUID.fromString(TOKEN), 400, network));
    }

    @Test
    void without_a_token_the_channels_best_working_token_is_meant() {
        assertThat(FailureReport.parse("{\"httpStatus\": 401, \"body\": \"{}\"}").tokenId())
                .isNull();
        assertThat(
                        FailureReport.parse(
                                        "{\"tokenId\": null, \"httpStatus\": 401, \"body\": \"{}\"}")
                                .tokenId())
                .isNull();
    }

    @Test
    void a_network_that_sent_no_body_is_reported_without_one() {
        assertThat(FailureReport.parse("{\"httpStatus\": 401}").body()).isEmpty();
        assertThat(FailureReport.parse("{\"httpStatus\": 401, \"body\": null}").body()).isEmpty();
        assertThat(FailureReport.parse("{\"httpStatus\": 401, \"body\": \"\"}").body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "not json",
                "[1, 2]",
                "\"a string\"",
                "{\"httpStatus\": 401",
                "42"
            })
    void a_body_that_is_not_a_json_object_is_malformed(String body) {
        assertProblem(body, "malformed-body", null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"httpStatus\": null}",
                "{\"httpStatus\": \"401\"}",
                "{\"httpStatus\": 401.5}",
                "{\"httpStatus\": true}",
                "{\"httpStatus\": [401]}",
                "{\"httpStatus\": 99}",
                "{\"httpStatus\": 600}",
                "{\"httpStatus\": -401}",
                "{\"httpStatus\": 1e30}"
            })
    void the_status_must_be_a_whole_number_from_100_to_599(String body) {
        assertProblem(body, "invalid-parameter", "httpStatus");
    }

    @Test
    void the_status_bounds_are_taken() {
        assertThat(FailureReport.parse("{\"httpStatus\": 100}").httpStatus()).isEqualTo(100);
        assertThat(FailureReport.parse("{\"httpStatus\": 599}").httpStatus()).isEqualTo(599);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"httpStatus\": 401, \"body\": {\"error\": 1}}",
                "{\"httpStatus\": 401, \"body\": 42}",
                "{\"httpStatus\": 401, \"body\": [\"x\"]}",
                "{\"httpStatus\": 401, \"body\": false}"
            })
    void the_body_must_be_the_networks_answer_as_a_string(String body) {
        assertProblem(body, "invalid-parameter", "body");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"tokenId\": \"not-an-id\", \"httpStatus\": 401}",
                "{\"tokenId\": 42, \"httpStatus\": 401}",
                "{\"tokenId\": \"1-1-1-1-1\", \"httpStatus\": 401}",
                "{\"tokenId\": {}, \"httpStatus\": 401}"
            })
    void a_token_id_must_be_a_whole_uuid(String body) {
        assertProblem(body, "invalid-parameter", "tokenId");
    }

    @Test
    void a_body_of_64_kib_is_taken_and_one_byte_more_is_refused() {
        String limit = "x".repeat(FailureReport.MAX_BODY_BYTES);
        assertThat(FailureReport.parse(report(limit)).body()).hasSize(FailureReport.MAX_BODY_BYTES);
        assertProblem(report(limit + "x"), "invalid-parameter", "body");
    }

    @Test
    void the_limit_counts_bytes_not_characters() {
        // 'é' is two bytes in UTF-8: 32 Ki of them fill the limit, one more passes it.
        String limit = "é".repeat(FailureReport.MAX_BODY_BYTES / 2);
        assertThat(FailureReport.parse(report(limit)).body()).isEqualTo(limit);
        assertProblem(report(limit + "é"), "invalid-parameter", "body");
    }

    @Test
    void a_huge_request_is_refused_before_it_is_parsed() {
        assertProblem(
                "{\"httpStatus\": 401, \"body\": \""
                        + "x".repeat(FailureReport.MAX_REQUEST_CHARS)
                        + "\"}",
                "invalid-parameter",
                "body");
    }

    @Test
    void its_text_leaves_the_networks_body_out() {
        assertThat(new FailureReport(null, 401, "{\"error\":\"secret-ish\"}").toString())
                .doesNotContain("secret-ish")
                .contains("401");
    }

    private static String report(String body) {
        return Json.createObjectBuilder()
                .add("httpStatus", 401)
                .add("body", body)
                .build()
                .toString();
    }

    private static void assertProblem(String body, String type, String parameter) {
        assertThatThrownBy(() -> FailureReport.parse(body))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> {
                            assertThat(problem.status()).isEqualTo(400);
                            assertThat(problem.type()).isEqualTo(type);
                            if (parameter != null) {
                                assertThat(problem.extensions())
                                        .containsEntry("parameter", parameter);
                            }
                        });
    }
}
