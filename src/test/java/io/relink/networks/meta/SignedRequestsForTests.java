package io.relink.networks.meta;

import io.relink.networks.Callback;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds Meta-style deauthorize and data-deletion callbacks for the adapters' tests, signed as Meta
 * signs them.
 */
public final class SignedRequestsForTests {

    private SignedRequestsForTests() {}

    /** {@code base64url(HMAC-SHA256(secret, encoded payload)) "." encoded payload}. */
    public static String signed(String json, String secret) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String payload = b64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return b64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)))
                    + "."
                    + payload;
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The payload Meta sends when a person removes the app. */
    public static String removal(String userId, Instant issuedAt) {
        return "{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":"
                + issuedAt.getEpochSecond()
                + ",\"user_id\":\""
                + userId
                + "\"}";
    }

    /** A deauthorize callback as Relink's callback endpoint hands it over. */
    public static Callback deauthorize(String signedRequest) {
        return callback("deauthorize", signedRequest);
    }

    /** A data-deletion request as Relink's callback endpoint hands it over. */
    public static Callback dataDeletion(String signedRequest) {
        return callback(Callback.DATA_DELETION, signedRequest);
    }

    private static Callback callback(String kind, String signedRequest) {
        return new Callback(
                kind,
                Map.of("content-type", "application/x-www-form-urlencoded"),
                "signed_request=" + signedRequest,
                Map.of("signed_request", signedRequest));
    }
}
