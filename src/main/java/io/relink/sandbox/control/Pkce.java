package io.relink.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * PKCE with S256 (RFC 7636): a code is only traded for tokens by the one who knows the verifier
 * whose SHA-256 was sent with the consent. The only method the sandbox takes, like most networks
 * today; {@code plain} protects nothing against an attacker who sees the consent URL.
 */
public final class Pkce {

    /** RFC 7636 section 4.1: 43 to 128 unreserved characters; a S256 challenge is 43 of them. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private Pkce() {}

    public static boolean isWellFormed(String value) {
        return value != null && WELL_FORMED.matcher(value).matches();
    }

    /** BASE64URL(SHA256(ASCII(verifier))), without padding. */
    public static String challengeOf(String verifier) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Whether the verifier is well formed and hashes to the challenge; compared in constant time.
     */
    public static boolean verifies(String verifier, String challenge) {
        if (!isWellFormed(verifier) || challenge == null) {
            return false;
        }
        return MessageDigest.isEqual(
                challengeOf(verifier).getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
