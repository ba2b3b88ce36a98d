package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeSecretTest {

    @Test
    void secrets_are_256_random_bits_in_url_safe_text_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = OneTimeSecret.generate();
            assertThat(OneTimeSecret.plausible(secret)).as(secret).isTrue();
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void what_is_kept_is_the_sha256_in_hex() {
        assertThat(OneTimeSecret.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void implausible_text_is_refused_before_any_lookup() {
        assertThat(OneTimeSecret.plausible(null)).isFalse();
        assertThat(OneTimeSecret.plausible("short")).isFalse();
        assertThat(OneTimeSecret.plausible("x".repeat(42) + "/")).isFalse();
        assertThat(OneTimeSecret.plausible("x".repeat(44))).isFalse();
    }
}
