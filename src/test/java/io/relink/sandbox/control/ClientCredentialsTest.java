package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The client authenticates with HTTP Basic or form fields; only the exact id and secret pass. */
class ClientCredentialsTest {

    static String basic(String userPass) {
        return "Basic "
                + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basic_credentials_are_read_and_url_decoded() { // R8
        assertThat(ClientCredentials.from(basic("relink-sandbox:sandbox-demo-secret"), null, null))
                .contains(new ClientCredentials("relink-sandbox", "sandbox-demo-secret"));
        assertThat(ClientCredentials.from(basic("a%3Ab:s%2Bt"), null, null))
                .contains(new ClientCredentials("a:b", "s+t"));
        assertThat(ClientCredentials.from("basic " + basic("x:y").substring(6), null, null))
                .as("scheme is case-insensitive")
                .isPresent();
    }

    @Test
    void form_fields_are_taken_when_there_is_no_basic_header() { // R8
        assertThat(ClientCredentials.from(null, "relink-sandbox", "s"))
                .contains(new ClientCredentials("relink-sandbox", "s"));
        assertThat(ClientCredentials.from(basic("a:b"), "c", "d"))
                .contains(new ClientCredentials("a", "b"));
    }

    @Test
    void incomplete_or_malformed_credentials_are_none() { // R8
        assertThat(ClientCredentials.from(null, "relink-sandbox", null)).isEmpty();
        assertThat(ClientCredentials.from("Basic !!!", null, null)).isEmpty();
        assertThat(ClientCredentials.from(basic("no-colon"), null, null)).isEmpty();
        assertThat(ClientCredentials.from("Bearer abc", null, null)).isEmpty();
    }

    @Test
    void only_the_exact_id_and_secret_match() { // R8
        ClientCredentials right = new ClientCredentials("relink-sandbox", "sandbox-demo-secret");
        assertThat(right.matches("relink-sandbox", "sandbox-demo-secret")).isTrue();
        assertThat(right.matches("relink-sandbox", "sandbox-demo-secreT")).isFalse();
        assertThat(right.matches("other", "sandbox-demo-secret")).isFalse();
        assertThat(
                        new ClientCredentials("relink-sandbox", "")
                                .matches("relink-sandbox", "sandbox-demo-secret"))
                .isFalse();
    }

    @Test
    void the_secret_is_never_printed() { // R3
        assertThat(new ClientCredentials("relink-sandbox", "sandbox-demo-secret").toString())
                .doesNotContain("sandbox-demo-secret");
    }
}
