package io.relink.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A signed_request is believed only when signed with the app secret, with HMAC-SHA256, and recent.
 *
 * <p>Proves rules R7 of the networks component (numbered in its package-info).
 */
class SignedRequestsTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Duration MAX_AGE = Duration.ofMinutes(10);
    static final String SECRET = "app-secret";

    static String signed(String json, String secret) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = b64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return b64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)))
                + "."
                + payload;
    }

    static String payload(long issuedAt) {
        return "{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":" + issuedAt + ",\"user_id\":\"ana\"}";
    }

    @Test
    void a_genuine_request_gives_its_payload() throws Exception {
        assertThat(
                        SignedRequests.verify(
                                        signed(payload(NOW.getEpochSecond() - 60), SECRET),
                                        SECRET,
                                        NOW,
                                        MAX_AGE)
                                .getString("user_id"))
                .isEqualTo("ana");
    }

    @Test
    void another_secret_or_a_changed_payload_is_refused() throws Exception {
        String genuine = signed(payload(NOW.getEpochSecond()), SECRET);
        assertThatThrownBy(
                        () ->
                                SignedRequests.verify(
                                        signed(payload(NOW.getEpochSecond()), "other"),
                                        SECRET,
                                        NOW,
                                        MAX_AGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signature");
        String tampered =
                genuine.substring(0, genuine.indexOf('.') + 1)
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(
                                        payload(NOW.getEpochSecond())
                                                .replace("ana", "bob")
                                                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SignedRequests.verify(tampered, SECRET, NOW, MAX_AGE))
                .hasMessageContaining("signature");
    }

    @Test
    void a_stale_or_future_request_is_refused_so_it_cannot_be_replayed() throws Exception {
        assertThatThrownBy(
                        () ->
                                SignedRequests.verify(
                                        signed(payload(NOW.getEpochSecond() - 601), SECRET),
                                        SECRET,
                                        NOW,
                                        MAX_AGE))
                .hasMessageContaining("too far");
        assertThatThrownBy(
                        () ->
                                SignedRequests.verify(
                                        signed(payload(NOW.getEpochSecond() + 601), SECRET),
                                        SECRET,
                                        NOW,
                                        MAX_AGE))
                .hasMessageContaining("too far");
    }

    @Test
    void other_algorithms_and_malformed_requests_are_refused() throws Exception {
        String none =
                signed(
                        "{\"algorithm\":\"none\",\"issued_at\":"
                                + NOW.getEpochSecond()
                                + ",\"user_id\":\"ana\"}",
                        SECRET);
        assertThatThrownBy(() -> SignedRequests.verify(none, SECRET, NOW, MAX_AGE))
                .hasMessageContaining("algorithm");
        for (String bad : new String[] {null, "", "nodot", ".x", "x.", "!!!.???", "a.b.c"}) {
            assertThatThrownBy(() -> SignedRequests.verify(bad, SECRET, NOW, MAX_AGE))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        String noTime = signed("{\"algorithm\":\"HMAC-SHA256\",\"user_id\":\"ana\"}", SECRET);
        assertThatThrownBy(() -> SignedRequests.verify(noTime, SECRET, NOW, MAX_AGE))
                .hasMessageContaining("issued_at");
    }
}
