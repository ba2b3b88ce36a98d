package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sealing secrets with Tink AEAD, bound to a context, and rotating the keyset. */
class SealerTest {

    static final String SECRET =
            "EAAB-this-is-a-long-recognizable-access-token-0123456789-jane-doe-facebook";
    static final String CONTEXT = "token:6f1c2a7e-0000-4000-8000-000000000001:access";

    final KeysetHandle keysetA = Keysets.generate();
    final Sealer sealer = new Sealer(keysetA);

    @Test
    void a_sealed_secret_opens_again() { // R1
        assertThat(sealer.open(sealer.seal(SECRET, CONTEXT), CONTEXT)).isEqualTo(SECRET);
    }

    @Test
    void a_sealed_non_ascii_secret_opens_again() { // R1
        String secret = "jeton-été-東京-🔑";

        assertThat(sealer.open(sealer.seal(secret, CONTEXT), CONTEXT)).isEqualTo(secret);
    }

    @Test
    void the_sealed_bytes_never_contain_the_secret() { // R1
        byte[] plain = SECRET.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = sealer.seal(SECRET, CONTEXT);

        assertThat(sealed.length).isGreaterThan(plain.length);
        assertThat(indexOf(sealed, plain)).isEqualTo(-1);
        // and not even a recognizable piece of it
        assertThat(indexOf(sealed, "recognizable".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    @Test
    void sealing_the_same_secret_twice_gives_different_bytes() { // R1
        byte[] first = sealer.seal(SECRET, CONTEXT);
        byte[] second = sealer.seal(SECRET, CONTEXT);

        assertThat(first).isNotEqualTo(second);
        assertThat(sealer.open(first, CONTEXT)).isEqualTo(sealer.open(second, CONTEXT));
    }

    @Test
    void a_secret_does_not_open_in_another_context() { // R2
        byte[] sealed = sealer.seal(SECRET, CONTEXT);

        assertThatThrownBy(
                        () ->
                                sealer.open(
                                        sealed,
                                        "token:6f1c2a7e-0000-4000-8000-000000000002:access"))
                .isInstanceOf(Sealer.SealBrokenException.class);
        assertThatThrownBy(
                        () ->
                                sealer.open(
                                        sealed,
                                        "token:6f1c2a7e-0000-4000-8000-000000000001:refresh"))
                .isInstanceOf(Sealer.SealBrokenException.class);
    }

    @Test
    void a_secret_does_not_open_with_another_keyset() { // R2
        byte[] sealed = sealer.seal(SECRET, CONTEXT);
        Sealer stranger = new Sealer(Keysets.generate());

        assertThatThrownBy(() -> stranger.open(sealed, CONTEXT))
                .isInstanceOf(Sealer.SealBrokenException.class);
    }

    @ParameterizedTest(name = "byte at {0}")
    @ValueSource(ints = {0, 4, 5, 20, -1})
    void a_secret_whose_bytes_were_altered_does_not_open(int position) { // R2
        byte[] sealed = sealer.seal(SECRET, CONTEXT);
        int at = position < 0 ? sealed.length + position : position;
        byte[] tampered = Arrays.copyOf(sealed, sealed.length);
        tampered[at] ^= 0x01;

        assertThatThrownBy(() -> sealer.open(tampered, CONTEXT))
                .isInstanceOf(Sealer.SealBrokenException.class);
    }

    @Test
    void a_truncated_secret_does_not_open() { // R2
        byte[] sealed = sealer.seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> sealer.open(Arrays.copyOf(sealed, sealed.length - 1), CONTEXT))
                .isInstanceOf(Sealer.SealBrokenException.class);
    }

    // ---- rotation ---------------------------------------------------------------------------

    @Test
    void a_rotated_keyset_opens_what_the_old_one_sealed() { // R3
        byte[] sealedByA = sealer.seal(SECRET, CONTEXT);

        KeysetHandle keysetB = Keysets.rotate(keysetA);

        assertThat(new Sealer(keysetB).open(sealedByA, CONTEXT)).isEqualTo(SECRET);
    }

    @Test
    void a_rotated_keyset_seals_with_a_new_key_the_old_keyset_cannot_open() { // R3
        KeysetHandle keysetB = Keysets.rotate(keysetA);
        Sealer sealerB = new Sealer(keysetB);

        byte[] sealedByB = sealerB.seal(SECRET, CONTEXT);

        assertThat(sealerB.open(sealedByB, CONTEXT)).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealer.open(sealedByB, CONTEXT))
                .isInstanceOf(Sealer.SealBrokenException.class);
    }

    @Test
    void rotation_keeps_the_old_key_and_makes_a_new_one_primary() { // R3
        KeysetHandle keysetB = Keysets.rotate(keysetA);

        assertThat(keysetB.size()).isEqualTo(keysetA.size() + 1);
        assertThat(keysetB.getPrimary().getId()).isNotEqualTo(keysetA.getPrimary().getId());
    }

    // ---- JSON form ----------------------------------------------------------------------------

    @Test
    void a_keyset_written_as_json_reads_back_as_the_same_keys() { // R4
        byte[] sealed = sealer.seal(SECRET, CONTEXT);
        String json = Keysets.json(keysetA);

        KeysetHandle read = Keysets.parse(json);

        assertThat(json).startsWith("{");
        assertThat(new Sealer(read).open(sealed, CONTEXT)).isEqualTo(SECRET);
        assertThat(read.getPrimary().getId()).isEqualTo(keysetA.getPrimary().getId());
    }

    @Test
    void a_keyset_given_as_base64_of_its_json_reads_back_as_the_same_keys() { // R4
        byte[] sealed = sealer.seal(SECRET, CONTEXT);
        String base64 =
                Base64.getEncoder()
                        .encodeToString(Keysets.json(keysetA).getBytes(StandardCharsets.UTF_8));

        KeysetHandle read = Keysets.parse(base64);

        assertThat(new Sealer(read).open(sealed, CONTEXT)).isEqualTo(SECRET);
    }

    @Test
    void a_keyset_with_surrounding_whitespace_still_reads() { // R4
        byte[] sealed = sealer.seal(SECRET, CONTEXT);

        KeysetHandle read = Keysets.parse("\n  " + Keysets.json(keysetA) + "  \n");

        assertThat(new Sealer(read).open(sealed, CONTEXT)).isEqualTo(SECRET);
    }

    @Test
    void a_rotated_keyset_survives_the_json_round_trip() { // R3
        byte[] sealedByA = sealer.seal(SECRET, CONTEXT);
        KeysetHandle keysetB = Keysets.rotate(keysetA);
        byte[] sealedByB = new Sealer(keysetB).seal(SECRET, CONTEXT);

        Sealer read = new Sealer(Keysets.parse(Keysets.json(keysetB)));

        assertThat(read.open(sealedByA, CONTEXT)).isEqualTo(SECRET);
        assertThat(read.open(sealedByB, CONTEXT)).isEqualTo(SECRET);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not a keyset!",
                "{\"primaryKeyId\": \"nope\"}",
                "{garbage",
                "aGVsbG8gd29ybGQ="
            })
    void garbage_is_not_a_keyset(String garbage) { // R4
        assertThatThrownBy(() -> Keysets.parse(garbage))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keyset");
    }

    @Test
    void text_that_is_neither_json_nor_base64_says_so() { // R4
        assertThatThrownBy(() -> Keysets.parse("not a keyset!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither Tink JSON nor base64");
    }

    @Test
    void json_that_is_no_tink_keyset_says_so() { // R4
        assertThatThrownBy(() -> Keysets.parse("{\"hello\": \"world\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a valid Tink JSON keyset");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
