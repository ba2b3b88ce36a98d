package io.relink.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes the secrets Relink hands out once (links in e-mails, setup links) and the digests it keeps
 * of them. A secret is 256 random bits, so one SHA-256 is enough to store it safely (a slow hash
 * protects guessable secrets; these are not guessable) and lets it be found in one indexed lookup.
 */
public final class OneTimeSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeSecret() {}

    /** 256 random bits, URL-safe (fits a path segment or a query parameter as it is). */
    public static String generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** The SHA-256 of the text, in lower-case hex: what is kept of a secret. */
    public static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    /**
     * Whether the text could be a secret of {@link #generate()}'s shape (cheap, before lookups).
     */
    public static boolean plausible(String text) {
        return text != null && text.length() == 43 && text.matches("[A-Za-z0-9_-]+");
    }
}
