package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.problems.ProblemException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch carries 1 to 50 tokens, in order; anything else is a 400 naming items. */
class BatchRequestTest {

    static String batch(int size) {
        return "{\"items\":["
                + IntStream.range(0, size)
                        .mapToObj(i -> "{\"token\":\"t" + i + "\",\"page\":\"p" + i + "\"}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    @Test
    void items_keep_their_order_and_an_absent_page_is_none() { // R9
        BatchRequest request =
                BatchRequest.parse(
                        "{\"items\":[{\"token\":\"a\",\"page\":\"p\"},{\"token\":\"b\"},{\"token\":\"c\",\"page\":null}]}");
        assertThat(request.items())
                .containsExactly(
                        new BatchRequest.Item("a", "p"),
                        new BatchRequest.Item("b", null),
                        new BatchRequest.Item("c", null));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void one_to_fifty_items_are_taken(int size) { // R9
        assertThat(BatchRequest.parse(batch(size)).items()).hasSize(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 51})
    void fewer_or_more_are_refused(int size) { // R9
        assertRefused(batch(size));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"items\":{}}",
                "{\"items\":[1]}",
                "{\"items\":[{}]}",
                "{\"items\":[{\"token\":\"\"}]}",
                "{\"items\":[{\"token\":5}]}",
                "{\"items\":[{\"token\":\"a\",\"page\":[]}]}"
            })
    void malformed_items_are_refused(String body) { // R9
        assertRefused(body);
    }

    @Test
    void a_body_that_is_not_json_is_a_malformed_body() { // R9
        assertThatThrownBy(() -> BatchRequest.parse("items=1"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(400));
    }

    @Test
    void an_item_never_prints_its_token() { // R3
        assertThat(new BatchRequest.Item("sbx_at_secret", "p").toString())
                .doesNotContain("sbx_at_secret");
    }

    static void assertRefused(String body) {
        assertThatThrownBy(() -> BatchRequest.parse(body))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> {
                            assertThat(problem.status()).isEqualTo(400);
                            assertThat(problem.extensions()).containsEntry("parameter", "items");
                        });
    }
}
