package io.relink.networks.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Graph errors are read in each of the shapes Meta sends them in. */
class GraphErrorTest {

    @Test
    void a_graph_error_answer_with_its_subcode() {
        assertThat(
                        GraphError.in(
                                json(
                                        """
                {"error":{"message":"m","type":"OAuthException","code":190,"error_subcode":460,"fbtrace_id":"x"}}""")))
                .isEqualTo(new GraphError(190, 460, "OAuthException", "m"));
    }

    @Test
    void debug_tokens_error_names_its_subcode_subcode_and_codes_may_come_as_strings() {
        assertThat(GraphError.of(json("{\"code\":190,\"message\":\"m\",\"subcode\":458}")))
                .isEqualTo(new GraphError(190, 458, null, "m"));
        assertThat(GraphError.of(json("{\"code\":\"190\"}")).rawCode()).isEqualTo("190");
    }

    @Test
    void instagrams_flat_oauth_error() {
        assertThat(
                        GraphError.in(
                                json(
                                        "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Invalid authorization code\"}")))
                .isEqualTo(
                        new GraphError(400, null, "OAuthException", "Invalid authorization code"));
    }

    @Test
    void an_answer_without_an_error_is_not_an_error() {
        assertThatThrownBy(() -> GraphError.in(json("{\"data\":[]}")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> GraphError.in(json("{\"error\":{\"message\":\"no code\"}}")))
                .isInstanceOf(RuntimeException.class);
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
