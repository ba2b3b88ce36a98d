package io.relink.networks.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A TikTok webhook is believed only when signed with the client secret over "t.body", and recent.
 */
class TikTokSignatureTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final String SECRET = "tiktok-client-secret";
    static final String BODY =
            "{\"event\":\"authorization.removed\",\"user_openid\":\"ana\",\"content\":\"{\\\"reason\\\":1}\"}";

    /** Signs as TikTok documents it, independently of the class under test. */
    static String header(long t, String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t="
                + t
                + ",s="
                + HexFormat.of()
                        .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    static Instant verify(String header, String body) {
        return TikTokSignature.verify(header, body, SECRET, NOW, TOLERANCE);
    }

    @Test
    void a_genuine_delivery_is_believed_and_tells_when_it_was_signed() throws Exception {
        long t = NOW.getEpochSecond() - 30;
        assertThat(verify(header(t, BODY, SECRET), BODY)).isEqualTo(Instant.ofEpochSecond(t));
        assertThat(TikTokSignature.sign(t, BODY, SECRET)).isEqualTo(header(t, BODY, SECRET));
    }

    @Test
    void the_documented_example_header_shape_with_spaces_and_upper_case_hex_is_read()
            throws Exception {
        String genuine = header(NOW.getEpochSecond(), BODY, SECRET);
        String spaced =
                " t="
                        + NOW.getEpochSecond()
                        + " , s="
                        + genuine.substring(genuine.indexOf("s=") + 2).toUpperCase();
        assertThat(verify(spaced, BODY)).isEqualTo(NOW);
    }

    @Test
    void a_signature_made_with_another_secret_is_forged() throws Exception {
        assertThatThrownBy(() -> verify(header(NOW.getEpochSecond(), BODY, "guessed-secret"), BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void a_captured_signature_replayed_with_another_body_or_another_time_is_refused()
            throws Exception {
        long t = NOW.getEpochSecond() - 10;
        String captured = header(t, BODY, SECRET);
        assertThatThrownBy(() -> verify(captured, BODY.replace("ana", "bob")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> verify(captured.replace("t=" + t, "t=" + (t + 5)), BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void a_delivery_signed_longer_ago_than_the_tolerance_is_stale() throws Exception {
        long edge = NOW.minus(TOLERANCE).getEpochSecond();
        assertThat(verify(header(edge, BODY, SECRET), BODY)).isEqualTo(Instant.ofEpochSecond(edge));
        assertThatThrownBy(() -> verify(header(edge - 1, BODY, SECRET), BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ago");
    }

    @Test
    void a_delivery_signed_in_the_future_is_refused_beyond_clock_skew() throws Exception {
        assertThat(verify(header(NOW.getEpochSecond() + 5, BODY, SECRET), BODY))
                .isEqualTo(NOW.plusSeconds(5));
        long ahead = NOW.plus(TikTokSignature.FUTURE_SKEW).getEpochSecond() + 1;
        assertThatThrownBy(() -> verify(header(ahead, BODY, SECRET), BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("future");
    }

    @Test
    void any_of_several_signatures_may_match() throws Exception {
        String genuine = header(NOW.getEpochSecond(), BODY, SECRET);
        String withOld =
                "t="
                        + NOW.getEpochSecond()
                        + ",s="
                        + "ab".repeat(32)
                        + ","
                        + genuine.substring(genuine.indexOf("s="));
        assertThat(verify(withOld, BODY)).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "   ",
                "garbage",
                "t=1795348800",
                "s=" + "00000000000000000000000000000000000000000000000000000000000000aa",
                "t=,s=00000000000000000000000000000000000000000000000000000000000000aa",
                "t=soon,s=00000000000000000000000000000000000000000000000000000000000000aa",
                "t=-5,s=00000000000000000000000000000000000000000000000000000000000000aa",
                "t=1795348800,s=zz000000000000000000000000000000000000000000000000000000000000aa",
                "t=1795348800,s=abc",
                "t=1795348800,t=1795348801,s=00000000000000000000000000000000000000000000000000000000000000aa",
                "t=1795348800;s=00000000000000000000000000000000000000000000000000000000000000aa",
                "t=1795348800,,s=00000000000000000000000000000000000000000000000000000000000000aa",
                "=1795348800,s=00000000000000000000000000000000000000000000000000000000000000aa",
            })
    void a_malformed_header_is_refused(String header) {
        assertThatThrownBy(() -> verify(header, BODY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missing_header_is_refused_and_no_message_quotes_the_secret_or_the_signature()
            throws Exception {
        assertThatThrownBy(() -> verify(null, BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        String forged = header(NOW.getEpochSecond(), BODY, "other");
        assertThatThrownBy(() -> verify(forged, BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain(SECRET)
                .doesNotContain(forged.substring(forged.indexOf("s=") + 2));
    }

    @Test
    void without_a_client_secret_nothing_can_be_verified() throws Exception {
        String header = header(NOW.getEpochSecond(), BODY, SECRET);
        assertThatThrownBy(() -> TikTokSignature.verify(header, BODY, "", NOW, TOLERANCE))
                .isInstanceOf(IllegalStateException.class);
    }
}
