package io.relink.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared edge's pure parts: what a status means, how bodies are encoded, how answers are read.
 */
class NetworkHttpTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "429, RATE_LIMITED",
        "500, SERVER_ERROR",
        "502, SERVER_ERROR",
        "503, SERVER_ERROR",
        "504, TIMEOUT",
        "599, SERVER_ERROR"
    })
    void statuses_that_say_nothing_about_the_token_are_trouble(int status, Kind kind) {
        assertThat(NetworkHttp.troubleOf(status)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} is an answer")
    @CsvSource({"200", "204", "302", "400", "401", "403", "404", "600"})
    void other_statuses_are_answers_for_the_adapter_to_read(int status) {
        assertThat(NetworkHttp.troubleOf(status)).isNull();
    }

    @Test
    void form_fields_are_percent_encoded_in_order_and_null_values_left_out() {
        assertThat(
                        NetworkHttp.encode(
                                "scope",
                                "read publish",
                                "page",
                                null,
                                "redirect_uri",
                                "https://r.example/cb?a=1&b=é",
                                "x",
                                "+/"))
                .isEqualTo(
                        "scope=read%20publish&redirect_uri=https%3A%2F%2Fr.example%2Fcb%3Fa%3D1%26b%3D%C3%A9&x=%2B%2F");
        assertThatThrownBy(() -> NetworkHttp.encode("lonely"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_query_is_the_encoded_pairs_added_to_the_uri_in_the_order_given() {
        assertThat(
                        NetworkHttp.withQuery(
                                URI.create("https://example.test/oauth/authorize"),
                                "b",
                                "x y",
                                "skipped",
                                null,
                                "a",
                                "1"))
                .hasToString("https://example.test/oauth/authorize?b=x%20y&a=1");
        assertThat(
                        NetworkHttp.withQuery(
                                URI.create("https://graph.test/me?fields=id"), "access_token", "t"))
                .hasToString("https://graph.test/me?fields=id&access_token=t");
        assertThat(NetworkHttp.withQuery(URI.create("https://graph.test/me"), "after", null))
                .hasToString("https://graph.test/me");
    }

    @Test
    void basic_authentication_joins_id_and_secret() {
        String header = NetworkHttp.basic("relink-sandbox", "s3cr:et");
        assertThat(header).startsWith("Basic ");
        assertThat(
                        new String(
                                Base64.getDecoder().decode(header.substring(6)),
                                StandardCharsets.UTF_8))
                .isEqualTo("relink-sandbox:s3cr:et");
        assertThat(NetworkHttp.bearer("abc")).isEqualTo("Bearer abc");
    }

    @Test
    void a_body_the_reader_trips_over_is_a_malformed_answer_with_the_status_kept() {
        for (String body :
                new String[] {
                    "<html>oops</html>", "[1,2]", "{\"other\":1}", "{\"active\":\"yes\"}", ""
                }) {
            NetworkHttp.Answer answer =
                    new NetworkHttp.Answer("Sandbox POST /x", 200, headers(), body);
            assertThatThrownBy(() -> answer.json(json -> json.getBoolean("active")))
                    .isInstanceOfSatisfying(
                            NetworkTrouble.class,
                            trouble ->
                                    assertThat(trouble.verdict())
                                            .isEqualTo(
                                                    new Verdict.Transient(
                                                            Kind.MALFORMED_ANSWER, null, "200")));
        }
    }

    @Test
    void a_batch_item_the_reader_trips_over_is_malformed_alone() {
        assertThat(
                        NetworkHttp.item(
                                Json.createValue("not an object"),
                                item -> new Verdict.Valid(null, null, java.util.Set.of())))
                .isEqualTo(new Verdict.Transient(Kind.MALFORMED_ANSWER, null, "item"));
    }

    @Test
    void an_answer_never_prints_its_body() {
        NetworkHttp.Answer answer =
                new NetworkHttp.Answer(
                        "Sandbox POST /oauth/token",
                        200,
                        headers(),
                        "{\"access_token\":\"sbx_at_SECRET\"}");
        assertThat(answer.toString()).doesNotContain("SECRET").contains("200");
    }

    private static HttpHeaders headers() {
        return HttpHeaders.of(Map.of(), (name, value) -> true);
    }
}
