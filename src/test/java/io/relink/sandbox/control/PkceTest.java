package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PKCE S256: only the verifier whose hash was sent with the consent unlocks the code. */
class PkceTest {

    /** RFC 7636, appendix B. */
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void the_rfc_7636_example_verifies() { // R5
        assertThat(Pkce.challengeOf(VERIFIER)).isEqualTo(CHALLENGE);
        assertThat(Pkce.verifies(VERIFIER, CHALLENGE)).isTrue();
    }

    @Test
    void another_verifier_does_not() { // R5
        assertThat(Pkce.verifies(VERIFIER.replace('d', 'e'), CHALLENGE)).isFalse();
        assertThat(Pkce.verifies(CHALLENGE, CHALLENGE))
                .as("the challenge itself is not a verifier")
                .isFalse();
    }

    @Test
    void a_missing_or_malformed_verifier_never_verifies() { // R5
        assertThat(Pkce.verifies(null, CHALLENGE)).isFalse();
        assertThat(Pkce.verifies("short", Pkce.challengeOf("short")))
                .as("fewer than 43 characters")
                .isFalse();
        String withSpace = VERIFIER.substring(0, 42) + " ";
        assertThat(Pkce.verifies(withSpace, Pkce.challengeOf(withSpace))).isFalse();
        assertThat(Pkce.verifies(VERIFIER, null)).isFalse();
    }

    @Test
    void well_formed_means_43_to_128_unreserved_characters() { // R5
        assertThat(Pkce.isWellFormed("a".repeat(43))).isTrue();
        assertThat(Pkce.isWellFormed("a".repeat(128))).isTrue();
        assertThat(Pkce.isWellFormed("a".repeat(42))).isFalse();
        assertThat(Pkce.isWellFormed("a".repeat(129))).isFalse();
        assertThat(Pkce.isWellFormed("a".repeat(42) + "+")).isFalse();
        assertThat(Pkce.isWellFormed("-._~" + "Z9".repeat(20))).isTrue();
    }
}
