package io.relink.sandbox.control;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds a Facebook-style {@code signed_request}: {@code base64url(signature) + "." +
 * base64url(payload)}, where the signature is HMAC-SHA256, keyed with the app secret, over the
 * encoded payload segment (not the raw JSON). Base64url without padding, as Facebook sends it. The
 * sandbox sends one to Relink's deauthorize callback, so that the callback's verification is
 * exercised exactly as Facebook's would be.
 */
public final class SignedRequest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SignedRequest() {}

    /** The payload Facebook sends when a user removes the app. */
    public static String deauthorization(String userId, Instant now) {
        return Json.createObjectBuilder()
                .add("algorithm", "HMAC-SHA256")
                .add("issued_at", now.getEpochSecond())
                .add("user_id", userId)
                .build()
                .toString();
    }

    public static String sign(String payloadJson, String secret) {
        String payload = BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(signature) + "." + payload;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
