package io.relink.webhooks.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks the way the Standard Webhooks specification says, so that a receiver can check
 * them with any of its libraries (Svix's among them) instead of code written for Relink.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a secret is {@code whsec_} followed by the base64 of 24 to 64 random bytes; the bytes, not
 *       the text, are the HMAC key;
 *   <li>the signed content is {@code msgId + "." + timestamp + "." + body}, the body being the
 *       exact UTF-8 bytes sent, so the relay must send the very string it signed;
 *   <li>the signature header is {@code v1,<base64 HMAC-SHA256>}, several of them separated by
 *       spaces while a secret is being rotated, so a receiver with either secret accepts;
 *   <li>a receiver refuses a timestamp more than the tolerance (5 minutes) away from its clock, so
 *       a captured webhook cannot be replayed later.
 * </ul>
 */
public final class WebhookSignature {

    /** The headers the specification names; receivers' libraries look for exactly these. */
    public static final String ID_HEADER = "webhook-id";

    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    /** How far a timestamp may be from the receiver's clock, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    static final String PREFIX = "whsec_";
    private static final String VERSION = "v1,";
    private static final int MIN_KEY_BYTES = 24;
    private static final int MAX_KEY_BYTES = 64;
    private static final int NEW_KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new random secret for a subscription: 32 bytes, as most senders of the spec use. */
    public static String newSecret() {
        byte[] key = new byte[NEW_KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The signature of one delivery, {@code v1,<base64>}.
     *
     * @throws IllegalArgumentException if the secret is not a {@code whsec_} secret of 24 to 64
     *     bytes
     */
    public static String sign(String secret, String msgId, long timestampSeconds, String body) {
        Objects.requireNonNull(msgId, "msgId");
        Objects.requireNonNull(body, "body");
        return signature(key(secret), msgId, timestampSeconds, body);
    }

    /**
     * The {@code webhook-signature} header: one signature per secret, separated by spaces. During a
     * rotation the caller passes the new and the old secret, so receivers not yet updated keep
     * accepting.
     */
    public static String header(
            List<String> secrets, String msgId, long timestampSeconds, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook needs at least one secret to be signed");
        }
        return secrets.stream()
                .distinct()
                .map(secret -> sign(secret, msgId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    /**
     * {@link #verify(String, String, String, String, String, Instant, Duration)} with 5 minutes.
     */
    public static boolean verify(
            String secret,
            String msgId,
            String timestampHeader,
            String body,
            String signatureHeader,
            Instant now) {
        return verify(secret, msgId, timestampHeader, body, signatureHeader, now, TOLERANCE);
    }

    /**
     * Whether a delivery is authentic and fresh, as a receiver checks it: the timestamp lies within
     * {@code tolerance} of {@code now}, and one of the {@code v1} signatures in the header matches.
     * Anything malformed in what was received is simply not authentic.
     *
     * @throws IllegalArgumentException if the secret (the receiver's own) is malformed
     */
    public static boolean verify(
            String secret,
            String msgId,
            String timestampHeader,
            String body,
            String signatureHeader,
            Instant now,
            Duration tolerance) {
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("the tolerance must not be negative: " + tolerance);
        }
        byte[] key = key(secret);
        if (msgId == null || body == null || signatureHeader == null) {
            return false;
        }
        Long timestamp = seconds(timestampHeader);
        if (timestamp == null
                || Math.abs(timestamp - now.getEpochSecond()) > tolerance.getSeconds()) {
            return false;
        }
        byte[] expected =
                signature(key, msgId, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String candidate : signatureHeader.split(" ")) {
            // MessageDigest.isEqual takes the same time wherever the first difference lies, so
            // the answer's timing tells an attacker nothing about how close a guess came.
            found |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
        }
        return found;
    }

    /**
     * The timestamp header's seconds, or null unless it is plain decimal digits (no sign, no
     * spaces; 18 digits at most, so it cannot overflow).
     */
    private static Long seconds(String header) {
        if (header == null || header.isEmpty() || header.length() > 18) {
            return null;
        }
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) < '0' || header.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(header);
    }

    private static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException(
                    "a webhook secret starts with '"
                            + PREFIX
                            + "', followed by the base64 of 24 to 64 random bytes");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            // The message names no character of the secret: it may end up in a log.
            throw new IllegalArgumentException(
                    "a webhook secret's part after '" + PREFIX + "' must be standard base64");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a webhook secret must hold 24 to 64 bytes, this one holds " + key.length);
        }
        return key;
    }

    private static String signature(byte[] key, String msgId, long timestamp, String body) {
        byte[] content = (msgId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return VERSION + Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }
}
