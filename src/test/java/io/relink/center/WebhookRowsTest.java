package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.platform.Page;
import io.relink.webhooks.entity.Attempt;
import io.relink.webhooks.entity.Delivery;
import io.relink.webhooks.entity.EventType;
import io.relink.webhooks.entity.OutboxEvent;
import io.relink.webhooks.entity.Subscription;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the Webhooks page lists: each delivery with its own tries, and never a secret. */
class WebhookRowsTest {

    static final Instant AT = Instant.parse("2026-11-22T12:00:00Z");
    static final UUID WORKSPACE = UUID.randomUUID();

    @Test
    void each_delivery_lists_its_own_tries_with_the_status_or_else_the_error() {
        Delivery lost = delivery(EventType.CHANNEL_LOST);
        Delivery test = delivery(EventType.WEBHOOK_TEST);
        List<Attempt> attempts =
                List.of(
                        new Attempt(lost.id(), AT, 500, 12, "{\"error\":\"down\"}", null),
                        new Attempt(test.id(), AT, null, 3, null, "Connection refused"),
                        new Attempt(lost.id(), AT.plusSeconds(5), 204, 8, "", null));

        Page<WebhookRows.Sent> page =
                WebhookRows.page(Page.of(List.of(lost, test), 2, 10, 12), attempts);

        assertThat(page.page()).isEqualTo(2);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.items())
                .extracting(WebhookRows.Sent::type)
                .containsExactly("channel.lost", "webhook.test");
        assertThat(page.items().get(0).tries())
                .extracting(WebhookRows.Try::outcome)
                .containsExactly("HTTP 500", "HTTP 204");
        assertThat(page.items().get(0).tries().get(0).answer()).isEqualTo("{\"error\":\"down\"}");
        assertThat(page.items().get(1).tries())
                .extracting(WebhookRows.Try::outcome)
                .containsExactly("Connection refused");
        assertThat(page.items().get(1).webhookId()).startsWith("msg_");
    }

    @Test
    void a_delivery_not_tried_yet_has_no_tries_and_is_due_now() {
        WebhookRows.Sent row =
                WebhookRows.page(
                                Page.of(List.of(delivery(EventType.TOKEN_DIED)), 1, 10, 1),
                                List.of())
                        .items()
                        .get(0);

        assertThat(row.tries()).isEmpty();
        assertThat(row.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(row.nextAttempt()).isNotNull();
    }

    @Test
    void a_webhook_row_names_its_types_and_why_it_is_off_but_holds_no_secret() {
        Subscription s =
                new Subscription(
                        WORKSPACE,
                        "https://example.com/hook",
                        EnumSet.of(EventType.CHANNEL_RECOVERED, EventType.CHANNEL_LOST),
                        "member:ana@example.com",
                        AT);
        s.sealedSecret(new byte[] {1, 2, 3});
        s.disable("Disabled by a person.");

        WebhookRows.Hook row = WebhookRows.hook(s);

        assertThat(row.events()).isEqualTo("channel.lost channel.recovered");
        assertThat(row.enabled()).isFalse();
        assertThat(row.disabledReason()).isEqualTo("Disabled by a person.");
        assertThat(WebhookRows.Hook.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase().contains("secret"));
    }

    private static Delivery delivery(EventType type) {
        OutboxEvent event =
                new OutboxEvent(
                        UUID.randomUUID(),
                        WORKSPACE,
                        type,
                        UUID.randomUUID(),
                        AT,
                        "{}",
                        type.key() + ":" + UUID.randomUUID(),
                        null);
        return new Delivery(UUID.randomUUID(), event, AT);
    }
}
