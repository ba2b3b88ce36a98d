package io.relink.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.notifications.entity.Notice;
import io.relink.notifications.entity.NoticeKind;
import io.relink.notifications.entity.Recipient;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeViewTest {

    static final Instant AT = Instant.parse("2026-12-07T00:17:24.329543Z");

    @Test
    void moments_in_a_state_read_to_the_second_in_utc_without_iso_letters_or_nanoseconds() {
        Notice notice = notice();
        assertThat(NoticeView.state(notice))
                .isEqualTo(
                        "waiting to be sent with the others of its kind (from 2026-12-07 00:19:24"
                                + " UTC)");
        notice.failed("Couldn't connect to host", AT.plusSeconds(90));
        notice.failed("Couldn't connect to host", AT.plusSeconds(150));
        assertThat(NoticeView.state(notice))
                .isEqualTo(
                        "waiting for the mail server (tried 2 times; next try 2026-12-07 00:19:54"
                                + " UTC)");
        notice.sent(AT);
        assertThat(NoticeView.state(notice)).isEqualTo("sent");
    }

    private static Notice notice() {
        return new Notice(
                UUID.randomUUID(),
                NoticeKind.LOST,
                new Recipient("owner@acme.test", UUID.randomUUID()),
                new Notice.About(UUID.randomUUID(), "Page", "Sandbox", "Lost.", null, null),
                AT,
                "lost:key",
                AT.plusSeconds(120));
    }
}
