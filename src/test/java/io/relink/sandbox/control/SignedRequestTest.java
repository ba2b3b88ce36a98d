package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The deauthorize callback gets a signed_request exactly as Facebook builds one. */
class SignedRequestTest {

    static final String SECRET = "sandbox-demo-secret";
    static final String PAYLOAD =
            "{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":1767225600,\"user_id\":\"ana\"}";

    @Test
    void it_is_the_hmac_sha256_of_the_encoded_payload_then_a_dot_then_the_encoded_payload()
            throws Exception { // R7
        // Computed here independently: the signature covers the base64url payload segment, not the
        // raw JSON.
        String segment =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(segment.getBytes(StandardCharsets.US_ASCII)));

        assertThat(SignedRequest.sign(PAYLOAD, SECRET)).isEqualTo(signature + "." + segment);
    }

    @Test
    void a_known_vector_stays_the_same() { // R7
        // HMAC-SHA256("secret", "eyJhIjoxfQ") for the payload {"a":1}; checked with openssl:
        // printf %s eyJhIjoxfQ | openssl dgst -sha256 -hmac secret -binary | basenc --base64url
        // (padding dropped)
        assertThat(SignedRequest.sign("{\"a\":1}", "secret"))
                .isEqualTo("wN-ZPf1Y9bj6hmL8HUf_HkwxK3io1dWpn1XgxT9kf6I.eyJhIjoxfQ");
    }

    @Test
    void both_segments_are_base64url_without_padding() { // R7
        String signed = SignedRequest.sign(PAYLOAD, SECRET);
        assertThat(signed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        String payload =
                new String(
                        Base64.getUrlDecoder().decode(signed.substring(signed.indexOf('.') + 1)),
                        StandardCharsets.UTF_8);
        assertThat(payload).isEqualTo(PAYLOAD);
    }

    @Test
    void the_deauthorization_payload_names_the_algorithm_the_time_and_the_user() { // R7
        assertThat(SignedRequest.deauthorization("ana", Instant.ofEpochSecond(1767225600)))
                .isEqualTo(PAYLOAD);
    }

    @Test
    void another_secret_gives_another_signature() { // R7
        assertThat(SignedRequest.sign(PAYLOAD, SECRET))
                .isNotEqualTo(SignedRequest.sign(PAYLOAD, SECRET + "x"));
    }
}
