package io.relink.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.notifications.entity.NoticeKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LettersTest {

    final Letters letters = new Letters();
    static final Instant AT = Instant.parse("2026-12-06T10:15:00Z");

    @Test
    void oneLossNamesTheChannelWhatHappenedWhoActsAndTheButton() {
        UUID channel = UUID.randomUUID();
        Letters.Written written =
                letters.write(
                        new Letters.Letter(
                                NoticeKind.LOST,
                                "Acme Coffee",
                                "https://relink.acme.test",
                                true,
                                List.of(
                                        item(
                                                channel,
                                                "Acme Coffee Page",
                                                "https://relink.acme.test/center/channels.xhtml?fix="
                                                        + channel))));
        assertThat(written.subject()).isEqualTo("Acme Coffee Page on Facebook lost its access");
        assertThat(written.text())
                .contains("Acme Coffee Page (Facebook)")
                .contains("Ana changed their Facebook password")
                .contains("Next step: Reconnect with Ana's account")
                .contains("Who must act: Ana")
                .contains("6 Dec 2026, 10:15 UTC")
                .contains(
                        "Reconnect: https://relink.acme.test/center/channels.xhtml?fix=" + channel)
                .contains("for the workspace Acme Coffee")
                .contains(
                        "Choose which e-mails you get: https://relink.acme.test/center/notifications.xhtml");
        assertThat(written.html())
                // Mustache escapes '=' too: a browser reads &#61; in an attribute as '='
                .contains(
                        "href=\"https://relink.acme.test/center/channels.xhtml?fix&#61;" + channel)
                .contains(">Reconnect</a>")
                .contains("https://relink.acme.test/center/notifications.xhtml");
    }

    @Test
    void manyChannelsAreOneMessageThatListsThemAll() {
        List<Letters.Item> items =
                IntStream.range(0, 14)
                        .mapToObj(i -> item(UUID.randomUUID(), "Page " + i, null))
                        .toList();
        Letters.Written written =
                letters.write(
                        new Letters.Letter(
                                NoticeKind.LOST, "Acme", "http://localhost:8080", true, items));
        assertThat(written.subject()).isEqualTo("14 channels of Acme lost their access");
        IntStream.range(0, 14)
                .forEach(i -> assertThat(written.text()).contains("* Page " + i + " "));
    }

    @Test
    void aLongListIsCutAndSaysHowManyMore() {
        List<Letters.Item> items =
                IntStream.range(0, Letters.MAX_ITEMS + 7)
                        .mapToObj(i -> item(UUID.randomUUID(), "Page " + i, null))
                        .toList();
        Letters.Written written =
                letters.write(
                        new Letters.Letter(
                                NoticeKind.LOST, "Acme", "http://localhost:8080", true, items));
        assertThat(written.text())
                .contains("...and 7 more: http://localhost:8080/center/channels.xhtml");
        assertThat(written.text()).doesNotContain("Page " + (Letters.MAX_ITEMS + 1) + " ");
    }

    @Test
    void theHtmlPartEscapesWhatANetworkOrAPersonNamed() {
        Letters.Written written =
                letters.write(
                        new Letters.Letter(
                                NoticeKind.LOST,
                                "<b>Acme</b>",
                                "http://localhost:8080",
                                true,
                                List.of(
                                        item(
                                                UUID.randomUUID(),
                                                "<script>alert(1)</script>",
                                                null))));
        assertThat(written.html()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        assertThat(written.html()).doesNotContain("<b>Acme</b>");
        // plain text is not HTML: nothing to escape there
        assertThat(written.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void anAddressOutsideTheWorkspaceIsToldWhyItGetsThemAndGetsNoSettingsLink() {
        Letters.Written written =
                letters.write(
                        new Letters.Letter(
                                NoticeKind.LOST,
                                "Acme",
                                "http://localhost:8080",
                                false,
                                List.of(item(UUID.randomUUID(), "Page", null))));
        assertThat(written.text())
                .contains("a member of Acme added your address")
                .doesNotContain("notifications.xhtml");
    }

    @Test
    void everyKindHasItsSubject() {
        for (NoticeKind kind : NoticeKind.values()) {
            Letters.Written written =
                    letters.write(
                            new Letters.Letter(
                                    kind,
                                    "Acme",
                                    "http://localhost:8080",
                                    true,
                                    List.of(item(UUID.randomUUID(), "Page", null))));
            assertThat(written.subject()).as(kind.key()).isNotBlank();
            assertThat(written.text()).as(kind.key()).contains("Page");
        }
    }

    private static Letters.Item item(UUID id, String name, String fixUrl) {
        return new Letters.Item(
                id,
                name,
                "Facebook",
                "Ana changed their Facebook password, which cut Relink's access.",
                "Reconnect with Ana's account.",
                "Ana",
                AT,
                fixUrl);
    }
}
