package io.relink.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.networks.NetworkType;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonBodyTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                               | 400 | malformed-body",
                "{                                | 400 | malformed-body",
                "[1,2]                            | 400 | malformed-body",
                "\"text\"                         | 400 | malformed-body",
                "{\"name\":\"x\",\"admin\":true}  | 400 | invalid-parameter",
                "{\"name\":5}                     | 400 | invalid-parameter",
                "{\"name\":\"   \"}               | 400 | invalid-parameter",
                "{}                               | 400 | invalid-parameter",
            })
    void bad_bodies_are_a_problem_that_names_what_is_wrong(
            String body, int status, String type) { // R2
        assertThatThrownBy(() -> JsonBody.of(body, Set.of("name")).requiredText("name", 10))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        p -> {
                            assertThat(p.status()).isEqualTo(status);
                            assertThat(p.type()).isEqualTo(type);
                        });
    }

    @Test
    void a_body_over_64_kib_is_too_large() { // R2
        assertThatThrownBy(
                        () -> JsonBody.object("{\"a\":\"" + "x".repeat(JsonBody.MAX_CHARS) + "\"}"))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.status()).isEqualTo(413));
    }

    @Test
    void fields_are_read_by_type_with_limits() { // R2
        JsonBody body =
                JsonBody.of(
                        "{\"name\":\" Publisher \",\"scopes\":[\"a\",\"b\"],\"n\":7,\"network\":\"SANDBOX\",\"none\":null}",
                        Set.of("name", "scopes", "n", "network", "none"));
        assertThat(body.requiredText("name", 20)).isEqualTo("Publisher");
        assertThat(body.texts("scopes", 5, 10)).containsExactly("a", "b");
        assertThat(body.whole("n", 1, 10)).contains(7);
        assertThat(body.constant("network", NetworkType.class)).contains(NetworkType.SANDBOX);
        assertThat(body.text("none", 5)).isEmpty();
        assertThatThrownBy(() -> body.whole("n", 8, 10))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("between 8 and 10");
        assertThatThrownBy(() -> body.texts("scopes", 1, 10))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("at most 1");
        assertThatThrownBy(
                        () ->
                                JsonBody.of("{\"network\":\"MYSPACE\"}", Set.of("network"))
                                        .constant("network", NetworkType.class))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("SANDBOX");
    }
}
