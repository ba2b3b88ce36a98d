package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CallerAuthenticationTest {

    @Test
    void basic_credentials_are_split_at_the_first_colon_so_passwords_may_contain_colons() { // R5
        String encoded =
                Base64.getEncoder()
                        .encodeToString("ana@example.com:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(CallerAuthentication.basic(encoded))
                .hasValueSatisfying(
                        c -> {
                            assertThat(c.email()).isEqualTo("ana@example.com");
                            assertThat(c.password()).isEqualTo("pa:ss");
                        });
    }

    @Test
    void malformed_basic_credentials_are_none() { // R5
        assertThat(CallerAuthentication.basic("%%%not-base64")).isEmpty();
        assertThat(
                        CallerAuthentication.basic(
                                Base64.getEncoder()
                                        .encodeToString(
                                                "no-colon".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(
                        CallerAuthentication.basic(
                                Base64.getEncoder()
                                        .encodeToString(
                                                ":password".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }
}
