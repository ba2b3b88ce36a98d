package io.relink.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes token and code values and the hashes they are stored as. Values carry 256 random bits, so
 * one SHA-256 is a safe way to store them (a slow hash protects guessable secrets; these are not)
 * and lets a presented value be found in one indexed lookup.
 */
public final class TokenValues {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenValues() {}

    /** A fresh value: the prefix and 256 random bits, base64url without padding (URL-safe). */
    public static String next(String prefix) {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** SHA-256 of the value, in lower-case hex. */
    public static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
