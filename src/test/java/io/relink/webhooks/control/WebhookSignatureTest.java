package io.relink.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relink's webhook signatures are the Standard Webhooks ones: the spec's own test vector, and the
 * spec's reference library for Java (com.standardwebhooks:standardwebhooks) on the receiving end.
 */
class WebhookSignatureTest {

    // The test vector published with the specification.
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final String BODY = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);

    @Test
    void the_specifications_test_vector_is_reproduced_exactly() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
        assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", BODY, SIGNATURE, THEN))
                .isTrue();
    }

    @Test
    void the_reference_library_accepts_what_relink_signs() throws Exception {
        String secret = WebhookSignature.newSecret();
        // The library checks the timestamp against the wall clock, so this one is signed now.
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"channel.lost\",\"data\":{\"name\":\"Café Zürich ☕\"}}";
        String header = WebhookSignature.header(List.of(secret), "msg_1", now, body);

        assertThatCode(() -> new Webhook(secret).verify(body, headers("msg_1", now, header)))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> new Webhook(secret).verify(body + " ", headers("msg_1", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void relink_and_the_reference_library_sign_alike_for_any_secret_id_time_and_body()
            throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200; i++) {
            byte[] key = new byte[random.nextInt(24, 65)];
            random.nextBytes(key);
            String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
            String id = "msg_" + random.nextLong(Long.MAX_VALUE);
            long timestamp = random.nextLong(0, 4_000_000_000L);
            String body =
                    random.ints(random.nextInt(0, 300), 0x20, 0x2FFF)
                            .collect(
                                    StringBuilder::new,
                                    StringBuilder::appendCodePoint,
                                    StringBuilder::append)
                            .toString();

            String relink = WebhookSignature.sign(secret, id, timestamp, body);

            assertThat(relink).isEqualTo(new Webhook(secret).sign(id, timestamp, body));
            assertThat(
                            WebhookSignature.verify(
                                    secret,
                                    id,
                                    Long.toString(timestamp),
                                    body,
                                    relink,
                                    Instant.ofEpochSecond(timestamp)))
                    .isTrue();
        }
    }

    @Test
    void during_a_rotation_receivers_holding_either_secret_accept() throws Exception {
        String old = WebhookSignature.newSecret();
        String fresh = WebhookSignature.newSecret();
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(fresh, old), "msg_2", now, BODY);

        assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        for (String secret : List.of(old, fresh)) {
            new Webhook(secret).verify(BODY, headers("msg_2", now, header));
            assertThat(
                            WebhookSignature.verify(
                                    secret,
                                    "msg_2",
                                    Long.toString(now),
                                    BODY,
                                    header,
                                    Instant.ofEpochSecond(now)))
                    .isTrue();
        }
        assertThat(
                        WebhookSignature.verify(
                                WebhookSignature.newSecret(),
                                "msg_2",
                                Long.toString(now),
                                BODY,
                                header,
                                Instant.ofEpochSecond(now)))
                .as("a third secret")
                .isFalse();
    }

    @Test
    void a_secret_signed_twice_appears_once_in_the_header() {
        assertThat(WebhookSignature.header(List.of(SECRET, SECRET), ID, TIMESTAMP, BODY))
                .isEqualTo(SIGNATURE);
    }

    @Test
    void a_header_needs_a_secret() {
        assertThatThrownBy(() -> WebhookSignature.header(List.of(), ID, TIMESTAMP, BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one secret");
    }

    @Test
    void relink_accepts_what_the_reference_library_signs() throws Exception {
        String secret = WebhookSignature.newSecret();
        String signature = new Webhook(secret).sign("msg_3", TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(secret, "msg_3", "1614265330", BODY, signature, THEN))
                .isTrue();
    }

    @Test
    void a_new_secret_is_32_random_bytes_in_the_specs_format() throws Exception {
        List<String> secrets =
                IntStream.range(0, 100).mapToObj(i -> WebhookSignature.newSecret()).toList();

        assertThat(secrets).doesNotHaveDuplicates().allMatch(s -> s.startsWith("whsec_"));
        assertThat(Base64.getDecoder().decode(secrets.get(0).substring(6))).hasSize(32);
        new Webhook(secrets.get(0)); // the library takes it as it is
    }

    /** seconds between the timestamp and the receiver's clock -> accepted. */
    @ParameterizedTest(name = "{0} s apart -> accepted: {1}")
    @CsvSource({"0, true", "300, true", "-300, true", "301, false", "-301, false", "86400, false"})
    void a_timestamp_more_than_five_minutes_from_the_receivers_clock_is_refused(
            long skew, boolean accepted) {
        assertThat(
                        WebhookSignature.verify(
                                SECRET, ID, "1614265330", BODY, SIGNATURE, THEN.plusSeconds(skew)))
                .isEqualTo(accepted);
    }

    @Test
    void the_tolerance_can_be_chosen() {
        Instant later = THEN.plus(Duration.ofMinutes(9));
        assertThat(
                        WebhookSignature.verify(
                                SECRET,
                                ID,
                                "1614265330",
                                BODY,
                                SIGNATURE,
                                later,
                                Duration.ofMinutes(10)))
                .isTrue();
        assertThat(
                        WebhookSignature.verify(
                                SECRET, ID, "1614265330", BODY, SIGNATURE, later, Duration.ZERO))
                .isFalse();
        assertThatThrownBy(
                        () ->
                                WebhookSignature.verify(
                                        SECRET,
                                        ID,
                                        "1614265330",
                                        BODY,
                                        SIGNATURE,
                                        THEN,
                                        Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void any_change_to_the_id_the_timestamp_or_the_body_breaks_the_signature() {
        assertThat(WebhookSignature.verify(SECRET, ID + "x", "1614265330", BODY, SIGNATURE, THEN))
                .isFalse();
        assertThat(
                        WebhookSignature.verify(
                                SECRET, ID, "1614265331", BODY, SIGNATURE, THEN.plusSeconds(1)))
                .isFalse();
        assertThat(
                        WebhookSignature.verify(
                                SECRET, ID, "1614265330", BODY.replace('2', '3'), SIGNATURE, THEN))
                .isFalse();
    }

    @ParameterizedTest(name = "signature header [{0}]")
    @ValueSource(
            strings = {
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                "v1,bm90IHRoaXMgb25l v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                "v1a,c29tZXRoaW5nIGVsc2U= v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=  v1,bm90IHRoaXMgb25l"
            })
    void one_matching_v1_signature_among_several_is_enough(String header) {
        assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", BODY, header, THEN)).isTrue();
    }

    @ParameterizedTest(name = "signature header [{0}]")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", // no version
                "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", // another version
                "V1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE", // cut short
                "v1,",
                "v1,bm90IHRoaXMgb25l v1,YW5kIG5vdCB0aGlzIG9uZQ=="
            })
    void a_header_without_a_matching_v1_signature_is_refused(String header) {
        assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", BODY, header, THEN)).isFalse();
    }

    @ParameterizedTest(name = "timestamp header [{0}]")
    @NullAndEmptySource
    @ValueSource(
            strings = {"abc", "-1614265330", "+1614265330", " 1614265330", "1614265330.0", "1e9"})
    void a_timestamp_that_is_not_plain_seconds_is_refused(String timestamp) {
        assertThat(WebhookSignature.verify(SECRET, ID, timestamp, BODY, SIGNATURE, THEN)).isFalse();
    }

    @Test
    void a_timestamp_too_long_to_be_seconds_is_refused_not_overflowed() {
        assertThat(
                        WebhookSignature.verify(
                                SECRET, ID, "99999999999999999999999", BODY, SIGNATURE, THEN))
                .isFalse();
    }

    /** a malformed secret -> what the message says. */
    @ParameterizedTest(name = "secret [{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | starts with 'whsec_'",
                "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw | starts with 'whsec_'",
                "whsec_MfKQ9r8G!!qrTwjUPD8ILPZIo2LaLaSw | standard base64",
                "whsec_ | holds 0",
                "whsec_AAAAAAAAAAAAAAAAAAAAAA== | holds 16",
                "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | holds 66"
            })
    void a_malformed_secret_is_refused_without_revealing_it(String secret, String message) {
        assertThatThrownBy(() -> WebhookSignature.sign(secret, ID, TIMESTAMP, BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .message()
                .doesNotContain("MfKQ9r8G");
        assertThatThrownBy(
                        () ->
                                WebhookSignature.verify(
                                        secret, ID, "1614265330", BODY, SIGNATURE, THEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secrets_of_24_and_of_64_bytes_are_both_fine() {
        for (int size : new int[] {24, 64}) {
            String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[size]);
            assertThat(WebhookSignature.sign(secret, ID, TIMESTAMP, BODY)).startsWith("v1,");
        }
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of(
                WebhookSignature.ID_HEADER, List.of(id),
                WebhookSignature.TIMESTAMP_HEADER, List.of(Long.toString(timestamp)),
                WebhookSignature.SIGNATURE_HEADER, List.of(signature));
    }
}
