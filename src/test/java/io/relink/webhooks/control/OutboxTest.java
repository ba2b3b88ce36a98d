package io.relink.webhooks.control;

import static io.relink.channels.entity.ChannelState.CONNECTED;
import static io.relink.channels.entity.ChannelState.DEGRADED;
import static io.relink.channels.entity.ChannelState.DISCONNECTED;
import static io.relink.channels.entity.ChannelState.EXPIRING;
import static io.relink.channels.entity.ChannelState.UNLINKED;
import static io.relink.channels.entity.ChannelState.UNVERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import io.relink.webhooks.entity.EventType;
import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    void a_channel_that_stops_working_is_lost_unverified_or_unlinked_whatever_it_was() {
        for (var from :
                new io.relink.channels.entity.ChannelState[] {
                    CONNECTED, EXPIRING, DEGRADED, UNVERIFIED
                }) {
            assertThat(Outbox.typeOf(from, DISCONNECTED)).contains(EventType.CHANNEL_LOST);
        }
        assertThat(Outbox.typeOf(CONNECTED, UNVERIFIED)).contains(EventType.CHANNEL_UNVERIFIED);
        assertThat(Outbox.typeOf(DISCONNECTED, UNLINKED)).contains(EventType.CHANNEL_UNLINKED);
    }

    @Test
    void a_channel_that_works_again_after_trouble_is_recovered() {
        assertThat(Outbox.typeOf(DISCONNECTED, CONNECTED)).contains(EventType.CHANNEL_RECOVERED);
        assertThat(Outbox.typeOf(DISCONNECTED, DEGRADED)).contains(EventType.CHANNEL_RECOVERED);
        assertThat(Outbox.typeOf(UNVERIFIED, EXPIRING)).contains(EventType.CHANNEL_RECOVERED);
    }

    @Test
    void changes_among_working_states_tell_nothing_of_their_own() {
        assertThat(Outbox.typeOf(CONNECTED, EXPIRING)).isEmpty();
        assertThat(Outbox.typeOf(CONNECTED, DEGRADED)).isEmpty();
        assertThat(Outbox.typeOf(EXPIRING, CONNECTED)).isEmpty();
        assertThat(Outbox.typeOf(null, CONNECTED)).isEmpty();
    }

    @Test
    void the_body_is_type_timestamp_and_data() {
        String body =
                Outbox.body(
                        EventType.CHANNEL_LOST,
                        Instant.parse("2026-12-06T10:00:00Z"),
                        Json.createObjectBuilder().add("workspaceId", "w").build());
        assertThat(body)
                .isEqualTo(
                        "{\"type\":\"channel.lost\",\"timestamp\":\"2026-12-06T10:00:00Z\","
                                + "\"data\":{\"workspaceId\":\"w\"}}");
    }
}
