package io.relink.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What Relink keeps of a receiver's answer, and when a webhook counts as delivered. */
class ReceiptsTest {

    @ParameterizedTest(name = "status {0} -> delivered: {1}")
    @CsvSource({
        "200, true",
        "201, true",
        "202, true",
        "204, true",
        "299, true",
        "199, false",
        "300, false",
        "301, false",
        "302, false",
        "307, false",
        "308, false",
        "400, false",
        "401, false",
        "410, false",
        "429, false",
        "500, false",
        "503, false",
        "0, false",
        "-1, false"
    })
    void only_a_2xx_is_a_delivery_and_a_redirect_is_not_followed(int status, boolean delivered) {
        assertThat(Receipts.delivered(status)).isEqualTo(delivered);
    }

    @Test
    void the_first_kibibyte_is_kept() {
        byte[] body = "a".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        assertThat(Receipts.excerpt(body)).hasSize(1024);
        assertThat(Receipts.excerpt(body, 10)).isEqualTo("aaaaaaaaaa");
        assertThat(Receipts.excerpt(body, 0)).isEmpty();
        assertThat(Receipts.excerpt("{\"ok\":true}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"ok\":true}");
    }

    @Test
    void no_body_is_an_empty_excerpt() {
        assertThat(Receipts.excerpt(null)).isEmpty();
        assertThat(Receipts.excerpt(new byte[0])).isEmpty();
    }

    @Test
    void a_character_cut_by_the_limit_is_left_out_whole() {
        byte[] body = "ab€c".getBytes(StandardCharsets.UTF_8); // € is 3 bytes: a b [e2 82 ac] c
        assertThat(Receipts.excerpt(body, 2)).isEqualTo("ab");
        assertThat(Receipts.excerpt(body, 3)).isEqualTo("ab");
        assertThat(Receipts.excerpt(body, 4)).isEqualTo("ab");
        assertThat(Receipts.excerpt(body, 5)).isEqualTo("ab€");
        byte[] emoji = "x😀".getBytes(StandardCharsets.UTF_8); // 4 bytes
        for (int cut = 1; cut <= 4; cut++) {
            assertThat(Receipts.excerpt(emoji, cut)).isEqualTo("x");
        }
        assertThat(Receipts.excerpt(emoji, 5)).isEqualTo("x😀");
    }

    @Test
    void invalid_utf8_is_shown_as_replacement_characters_not_refused() {
        byte[] latin1 = "Zürich".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Receipts.excerpt(latin1)).isEqualTo("Z\uFFFDrich");
        assertThat(Receipts.excerpt(new byte[] {(byte) 0xff, (byte) 0xfe, 'o', 'k'}))
                .isEqualTo("\uFFFD\uFFFDok");
    }

    @Test
    void control_characters_cannot_forge_log_lines_or_move_the_terminal() {
        String body = "bad\r\nINFO forged line\rover\u001b[31mred\u0000\u0007\u007f\u0085end";
        assertThat(Receipts.excerpt(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(
                        "bad\nINFO forged line\uFFFDover\uFFFD[31mred\uFFFD\uFFFD\uFFFD\uFFFDend");
    }

    @Test
    void line_feeds_and_tabs_are_kept_so_a_json_answer_stays_readable() {
        String body = "{\n\t\"error\": \"no such tenant\"\n}";
        assertThat(Receipts.excerpt(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(body);
    }

    @Test
    void unicode_line_separators_and_bidi_overrides_are_replaced() {
        String body = "a\u2028b\u2029c \u202Eevil\u202C \u2066x\u2069 ünïcødé 日本 😀";
        assertThat(Receipts.excerpt(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a\uFFFDb\uFFFDc \uFFFDevil\uFFFD \uFFFDx\uFFFD ünïcødé 日本 😀");
    }

    @Test
    void a_negative_limit_is_refused() {
        assertThatThrownBy(() -> Receipts.excerpt(new byte[1], -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
