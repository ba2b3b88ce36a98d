package io.relink.networks.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OAuth 1.0a signing gives the signature of X's own worked example, and the stored pair reads back.
 */
class XOAuth1Test {

    // The worked example of X's "Creating a signature" page (its keys are marked invalid there).
    static final String CONSUMER_KEY = "xvz1evFS4wEEPTGEFPHBog";
    static final String CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    static final XOAuth1.Credentials TOKEN =
            new XOAuth1.Credentials(
                    "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
                    "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
    static final String NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    static final long TIMESTAMP = 1318622958L;
    static final Map<String, String> STATUS =
            Map.of("status", "Hello Ladies + Gentlemen, a signed OAuth request!");

    @Test
    void the_signature_of_the_documented_example_is_the_documented_one() {
        String header =
                XOAuth1.authorization(
                        "POST",
                        URI.create(
                                "https://api.twitter.com/1.1/statuses/update.json?include_entities=true"),
                        STATUS,
                        CONSUMER_KEY,
                        CONSUMER_SECRET,
                        TOKEN,
                        NONCE,
                        TIMESTAMP);

        assertThat(header)
                .isEqualTo(
                        "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", oauth_nonce=\""
                                + NONCE
                                + "\", "
                                + "oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\", oauth_signature_method=\"HMAC-SHA1\", "
                                + "oauth_timestamp=\"1318622958\", oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"");
    }

    @Test
    void the_base_string_is_the_documented_one_for_x_s_host() {
        List<String[]> parameters =
                new java.util.ArrayList<>(
                        List.of(
                                new String[] {"include_entities", "true"},
                                        new String[] {"oauth_consumer_key", CONSUMER_KEY},
                                new String[] {"oauth_nonce", NONCE},
                                        new String[] {"oauth_signature_method", "HMAC-SHA1"},
                                new String[] {"oauth_timestamp", "1318622958"},
                                        new String[] {"oauth_token", TOKEN.token()},
                                new String[] {"oauth_version", "1.0"},
                                        new String[] {"status", STATUS.get("status")}));

        assertThat(
                        XOAuth1.baseString(
                                "post",
                                URI.create(
                                        "https://API.X.com:443/1.1/statuses/update.json?ignored=1"),
                                parameters))
                .isEqualTo(
                        "POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3D"
                                + "xvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3D"
                                + "HMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"
                                + "%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth"
                                + "%2520request%2521");
    }

    @Test
    void percent_encoding_is_rfc_3986_not_form_encoding() {
        assertThat(XOAuth1.percent("a b+c*~-._é")).isEqualTo("a%20b%2Bc%2A~-._%C3%A9");
    }

    @Test
    void a_stored_pair_reads_back_and_a_malformed_one_is_refused_without_showing_it() {
        String stored = XOAuth1.encode(TOKEN);
        assertThat(stored).startsWith("oauth1:");
        assertThat(XOAuth1.isOAuth1(stored)).isTrue();
        assertThat(XOAuth1.isOAuth1("bWRWa3gzdnk3")).isFalse();
        assertThat(XOAuth1.parse(stored)).isEqualTo(TOKEN);
        assertThat(TOKEN.toString()).doesNotContain(TOKEN.token()).doesNotContain(TOKEN.secret());
        for (String malformed :
                List.of("oauth1:", "oauth1:tok-123", "oauth1:tok-123:", "oauth1::sec-456")) {
            assertThatThrownBy(() -> XOAuth1.parse(malformed))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("tok-123")
                    .hasMessageNotContaining("sec-456");
        }
    }
}
