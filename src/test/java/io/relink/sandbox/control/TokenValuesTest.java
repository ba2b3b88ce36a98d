package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Token values are URL-safe, prefixed, carry 256 random bits, and are stored as SHA-256 hex. */
class TokenValuesTest {

    @Test
    void a_value_is_its_prefix_and_32_random_bytes_in_base64url() { // R3
        String value = TokenValues.next("sbx_at_");
        assertThat(value).startsWith("sbx_at_").matches("sbx_at_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(value.substring("sbx_at_".length()))).hasSize(32);
    }

    @Test
    void values_do_not_repeat() { // R3
        assertThat(
                        IntStream.range(0, 1000)
                                .mapToObj(i -> TokenValues.next("sbx_rt_"))
                                .collect(Collectors.toSet()))
                .hasSize(1000);
    }

    @Test
    void the_hash_is_sha256_in_lower_case_hex() { // R3
        assertThat(TokenValues.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
