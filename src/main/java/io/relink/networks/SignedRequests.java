package io.relink.networks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a Facebook-style {@code signed_request} (Meta's deauthorize and data-deletion callbacks,
 * and the SANDBOX's): {@code base64url(signature) "." base64url(payload)}, where the signature is
 * HMAC-SHA256 keyed with the app secret over the encoded payload segment. Pure.
 *
 * <p>Rules: the algorithm must be HMAC-SHA256; the signature is compared in constant time; a
 * request issued longer ago than {@code maxAge} (or in the future beyond it) is refused, so that a
 * captured callback cannot be replayed later; within that window, taking it once only is the
 * caller's business, by its {@link #read fingerprint}.
 */
public final class SignedRequests {

    private SignedRequests() {}

    /**
     * The payload of a genuine request; anything else is an {@link IllegalArgumentException} saying
     * why.
     */
    public static JsonObject verify(
            String signedRequest, String appSecret, Instant now, Duration maxAge) {
        if (signedRequest == null || signedRequest.isBlank()) {
            throw new IllegalArgumentException("signed_request is missing");
        }
        String[] parts = signedRequest.strip().split("\\.", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("signed_request is not <signature>.<payload>");
        }
        byte[] signature;
        JsonObject payload;
        try {
            signature = Base64.getUrlDecoder().decode(parts[0]);
            try (JsonReader reader =
                    Json.createReader(
                            new StringReader(
                                    new String(
                                            Base64.getUrlDecoder().decode(parts[1]),
                                            StandardCharsets.UTF_8)))) {
                payload = reader.readObject();
            }
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("signed_request is not base64url-encoded JSON");
        }
        if (!"HMAC-SHA256".equalsIgnoreCase(payload.getString("algorithm", ""))) {
            throw new IllegalArgumentException("signed_request uses an unknown algorithm");
        }
        if (!MessageDigest.isEqual(signature, hmac(parts[1], appSecret))) {
            throw new IllegalArgumentException("signed_request has a wrong signature");
        }
        if (!payload.containsKey("issued_at")
                || payload.get("issued_at").getValueType()
                        != jakarta.json.JsonValue.ValueType.NUMBER) {
            throw new IllegalArgumentException("signed_request has no issued_at");
        }
        Instant issued = Instant.ofEpochSecond(payload.getJsonNumber("issued_at").longValue());
        if (Duration.between(issued, now).abs().compareTo(maxAge) > 0) {
            throw new IllegalArgumentException(
                    "signed_request was issued at " + issued + ", too far from now");
        }
        return payload;
    }

    /**
     * Verifies a request as {@link #verify} does, and tells what it takes to accept it once: when
     * it was issued, the end of its freshness window, and the fingerprint of its kind and signed
     * payload segment (the part the signature covers, so re-encoding the signature around it
     * changes nothing).
     */
    public static VerifiedCallback read(
            String kind,
            String signedRequest,
            String appSecret,
            Instant now,
            Duration maxAge,
            java.util.function.Function<JsonObject, Revocation> reader) {
        JsonObject payload = verify(signedRequest, appSecret, now, maxAge);
        Instant issued = Instant.ofEpochSecond(payload.getJsonNumber("issued_at").longValue());
        String payloadSegment = signedRequest.strip().split("\\.", -1)[1];
        return new VerifiedCallback(
                reader.apply(payload),
                issued,
                issued.plus(maxAge),
                VerifiedCallback.fingerprint(kind, payloadSegment));
    }

    private static byte[] hmac(String encodedPayload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
