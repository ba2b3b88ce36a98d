package io.relink.reconnect.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.NetworkType;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A data-deletion request's receipt: an unguessable code, a status URL under Relink's, and only a
 * hash of the person.
 */
class DeletionReceiptsTest {

    @Test
    void a_confirmation_code_is_128_random_bits_in_hex_and_never_repeats() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = DeletionReceipts.code(random);
            assertThat(code).hasSize(32).matches("[0-9a-f]+");
            assertThat(DeletionReceipts.wellFormed(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void the_code_comes_from_the_random_source_it_is_given() {
        assertThat(DeletionReceipts.code(new Random(7)))
                .isEqualTo(DeletionReceipts.code(new Random(7)));
    }

    @Test
    void anything_but_such_a_code_is_no_code() {
        for (String bad :
                new String[] {
                    null,
                    "",
                    "abc",
                    "0123456789ABCDEF0123456789ABCDEF",
                    "0123456789abcdef0123456789abcdeg",
                    "0123456789abcdef0123456789abcdef0",
                    "../../0123456789abcdef0123456789",
                    "0123456789abcdef 123456789abcdef"
                }) {
            assertThat(DeletionReceipts.wellFormed(bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void the_status_url_lies_under_the_public_url_with_or_without_its_trailing_slash() {
        String code = "0123456789abcdef0123456789abcdef";
        URI expected =
                URI.create(
                        "https://relink.example.com/base/api/v1/callbacks/instagram/data-deletion/"
                                + code);
        assertThat(
                        DeletionReceipts.receipt(
                                "https://relink.example.com/base", NetworkType.INSTAGRAM, code))
                .isEqualTo(new DeletionReceipts.Receipt(code, expected));
        assertThat(
                        DeletionReceipts.receipt(
                                        " https://relink.example.com/base/ ",
                                        NetworkType.INSTAGRAM,
                                        code)
                                .url())
                .isEqualTo(expected);
        assertThat(
                        DeletionReceipts.receipt(
                                        "http://localhost:8080", NetworkType.FACEBOOK, code)
                                .url())
                .hasToString(
                        "http://localhost:8080/api/v1/callbacks/facebook/data-deletion/" + code);
    }

    @Test
    void the_person_is_kept_only_as_the_sha256_of_their_id() {
        assertThat(DeletionReceipts.fingerprint("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DeletionReceipts.fingerprint("10158000000000001"))
                .hasSize(64)
                .doesNotContain("10158000000000001")
                .isNotEqualTo(DeletionReceipts.fingerprint("10158000000000002"));
    }
}
