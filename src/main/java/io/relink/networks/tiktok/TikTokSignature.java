package io.relink.networks.tiktok;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the {@code TikTok-Signature} header of a TikTok webhook. Pure.
 *
 * <p>The scheme (developers.tiktok.com/doc/webhooks-verification [D]): the header is {@code t=<unix
 * seconds>,s=<hex>}, and {@code s} is HMAC-SHA256 keyed with the app's client secret over {@code
 * "<t>." + <raw request body>}. Because {@code t} is signed, a captured delivery cannot be
 * re-dated, and its signature does not fit any other body.
 *
 * <p>Rules: the signature is compared in constant time; a delivery signed longer ago than the
 * tolerance is refused (TikTok leaves the tolerance to the receiver; Relink takes 5 minutes), and
 * so is one signed more than {@link #FUTURE_SKEW} ahead of Relink's clock. Unverified [U]: whether
 * TikTok signs each retry afresh (its retries run for up to 72 h; a retry carrying the first
 * attempt's {@code t} would be refused as stale), and whether it ever sends several {@code s}
 * elements (accepted: any one of them may match, as with a key rollover).
 */
public final class TikTokSignature {

    /**
     * How far ahead of Relink's clock a delivery may be signed: clocks drift, the future does not
     * arrive early.
     */
    static final Duration FUTURE_SKEW = Duration.ofMinutes(1);

    private static final int HMAC_SHA256_BYTES = 32;

    private TikTokSignature() {}

    /**
     * When the genuine delivery was signed; anything else is an {@link IllegalArgumentException}
     * saying why (never quoting the header or the body).
     *
     * @param header the {@code TikTok-Signature} value, or null when absent
     * @param body the request body exactly as received
     */
    public static Instant verify(
            String header, String body, String clientSecret, Instant now, Duration tolerance) {
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalStateException(
                    "No TikTok client secret: a webhook cannot be verified");
        }
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("the TikTok-Signature header is missing");
        }
        String timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String element : header.split(",", -1)) {
            int eq = element.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("TikTok-Signature is not t=<seconds>,s=<hex>");
            }
            String name = element.substring(0, eq).strip();
            String value = element.substring(eq + 1).strip();
            if (name.equals("t")) {
                if (timestamp != null) {
                    throw new IllegalArgumentException("TikTok-Signature has more than one t");
                }
                timestamp = value;
            } else if (name.equals("s")) {
                signatures.add(hex(value));
            }
            // Other elements are ignored, so that a scheme TikTok adds later does not break this
            // one.
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new IllegalArgumentException("TikTok-Signature lacks t or s");
        }
        if (!timestamp.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("TikTok-Signature's t is not a number of seconds");
        }
        byte[] expected = hmac(clientSecret, timestamp + "." + (body == null ? "" : body));
        boolean genuine = false;
        for (byte[] signature : signatures) {
            genuine |=
                    MessageDigest.isEqual(
                            expected, signature); // every one compared, in constant time
        }
        if (!genuine) {
            throw new IllegalArgumentException("TikTok-Signature does not match the body");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (signedAt.isBefore(now.minus(tolerance))) {
            throw new IllegalArgumentException(
                    "the delivery was signed at "
                            + signedAt
                            + ", longer than "
                            + tolerance
                            + " ago");
        }
        if (signedAt.isAfter(now.plus(FUTURE_SKEW))) {
            throw new IllegalArgumentException(
                    "the delivery was signed at " + signedAt + ", in the future");
        }
        return signedAt;
    }

    /** The signature a body gets when signed at {@code t}: for tests and tools that play TikTok. */
    public static String sign(long t, String body, String clientSecret) {
        return "t=" + t + ",s=" + HexFormat.of().formatHex(hmac(clientSecret, t + "." + body));
    }

    private static byte[] hex(String value) {
        if (value.length() != 2 * HMAC_SHA256_BYTES) {
            throw new IllegalArgumentException("TikTok-Signature's s is not a hex HMAC-SHA256");
        }
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException notHex) {
            throw new IllegalArgumentException("TikTok-Signature's s is not a hex HMAC-SHA256");
        }
    }

    private static byte[] hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
