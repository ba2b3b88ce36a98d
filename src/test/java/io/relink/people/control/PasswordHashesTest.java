package io.relink.people.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How passwords are hashed, and which stored hashes are replaced at the next sign-in. */
class PasswordHashesTest {

    static final String SALT32 = base64(32);
    static final String KEY32 = base64(32);
    final PasswordHashes hashes = new PasswordHashes(600_000);

    @Test
    void new_hashes_use_sha256_the_configured_iterations_and_32_byte_salts_and_keys() {
        assertThat(new PasswordHashes(650_000).parameters())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                                "Pbkdf2PasswordHash.Iterations", "650000",
                                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    @ParameterizedTest
    @ValueSource(ints = {599_999, 210_000, 2_048, 1, 0, -600_000})
    void fewer_than_600000_iterations_are_refused(int iterations) {
        assertThatThrownBy(() -> new PasswordHashes(iterations))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("600000");
    }

    @Test
    void exactly_600000_iterations_are_accepted() {
        assertThat(new PasswordHashes(600_000).iterations()).isEqualTo(600_000);
    }

    @Test
    void a_real_pbkdf2_hash_is_read_field_by_field() throws GeneralSecurityException {
        // Hashed with 1,000 iterations to stay fast; the stored value tells them, so it is stale.
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key =
                SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(
                                new PBEKeySpec("Tangerine-Orbit".toCharArray(), salt, 1_000, 256))
                        .getEncoded();
        String salt64 = Base64.getEncoder().encodeToString(salt);
        String key64 = Base64.getEncoder().encodeToString(key);

        assertThat(hashes.needsRehash("PBKDF2WithHmacSHA256:1000:" + salt64 + ":" + key64))
                .isTrue();
        assertThat(hashes.needsRehash("PBKDF2WithHmacSHA256:600000:" + salt64 + ":" + key64))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {600_000, 600_001, 1_000_000, Integer.MAX_VALUE})
    void a_hash_with_at_least_the_configured_iterations_is_kept(int iterations) {
        assertThat(hashes.needsRehash(stored("PBKDF2WithHmacSHA256", iterations, SALT32, KEY32)))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {599_999, 210_000, 2_048, 1, 0, -1})
    void a_hash_with_fewer_iterations_than_configured_is_replaced(int iterations) {
        assertThat(hashes.needsRehash(stored("PBKDF2WithHmacSHA256", iterations, SALT32, KEY32)))
                .isTrue();
    }

    @Test
    void raising_the_configured_iterations_makes_older_hashes_stale() {
        String at600k = stored("PBKDF2WithHmacSHA256", 600_000, SALT32, KEY32);
        assertThat(new PasswordHashes(600_000).needsRehash(at600k)).isFalse();
        assertThat(new PasswordHashes(1_200_000).needsRehash(at600k)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PBKDF2WithHmacSHA512",
                "PBKDF2WithHmacSHA384",
                "PBKDF2WithHmacSHA224",
                "PBKDF2WithHmacSHA1",
                "pbkdf2withhmacsha256",
            })
    void a_hash_of_another_algorithm_is_replaced(String algorithm) {
        assertThat(hashes.needsRehash(stored(algorithm, 600_000, SALT32, KEY32))).isTrue();
    }

    @Test
    void a_salt_shorter_than_16_bytes_is_replaced() {
        assertThat(hashes.needsRehash(stored("PBKDF2WithHmacSHA256", 600_000, base64(15), KEY32)))
                .isTrue();
        assertThat(hashes.needsRehash(stored("PBKDF2WithHmacSHA256", 600_000, base64(16), KEY32)))
                .isFalse();
    }

    @Test
    void the_dummy_hash_of_the_member_identity_store_is_stale() {
        // Its 10,000 iterations verify ~60 times faster than a member's real hash would.
        assertThat(
                        hashes.needsRehash(
                                "PBKDF2WithHmacSHA256:10000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "not a hash",
                "PBKDF2WithHmacSHA256",
                "PBKDF2WithHmacSHA256:600000",
                "PBKDF2WithHmacSHA256:600000:c2FsdA==",
                "PBKDF2WithHmacSHA256:600000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:",
                "PBKDF2WithHmacSHA256:600000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAA:AAAA",
                "PBKDF2WithHmacSHA256:lots:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAA",
                "PBKDF2WithHmacSHA256:99999999999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAA",
                "PBKDF2WithHmacSHA256: 600000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAA",
                "PBKDF2WithHmacSHA256:600000:not*base64!:AAAA",
                "PBKDF2WithHmacSHA256:600000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:%%%",
                "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
                "{SSHA}qUqP5cyxm6YcTAhz05Hph5gvu9M=",
            })
    void a_value_that_is_not_a_pbkdf2_hash_in_the_format_is_replaced(String stored) {
        assertThat(hashes.needsRehash(stored)).isTrue();
    }

    static String stored(String algorithm, int iterations, String salt, String key) {
        return algorithm + ":" + iterations + ":" + salt + ":" + key;
    }

    static String base64(int bytes) {
        byte[] value = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            value[i] = (byte) (i * 37 + 11);
        }
        return Base64.getEncoder().encodeToString(value);
    }
}
