package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.UrgencyPages.Slice;
import io.relink.channels.entity.ChannelState;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrgencyPagesTest {

    static final Map<ChannelState, Long> COUNTS = new EnumMap<>(ChannelState.class);

    static {
        COUNTS.put(ChannelState.CONNECTED, 100L);
        COUNTS.put(ChannelState.DISCONNECTED, 30L);
        COUNTS.put(ChannelState.EXPIRING, 5L);
    }

    @Test
    void the_first_page_starts_with_the_red_channels() {
        assertThat(UrgencyPages.slices(COUNTS, 0, 25, false))
                .containsExactly(new Slice(ChannelState.DISCONNECTED, 0, 25));
    }

    @Test
    void a_page_across_states_reads_the_end_of_one_and_the_start_of_the_next() {
        assertThat(UrgencyPages.slices(COUNTS, 25, 25, false))
                .containsExactly(
                        new Slice(ChannelState.DISCONNECTED, 25, 5),
                        new Slice(ChannelState.EXPIRING, 0, 5),
                        new Slice(ChannelState.CONNECTED, 0, 15));
    }

    @Test
    void a_later_page_skips_whole_states_without_reading_them() {
        assertThat(UrgencyPages.slices(COUNTS, 100, 25, false))
                .containsExactly(new Slice(ChannelState.CONNECTED, 65, 25));
        assertThat(UrgencyPages.slices(COUNTS, 125, 25, false))
                .containsExactly(new Slice(ChannelState.CONNECTED, 90, 10));
    }

    @Test
    void past_the_end_or_with_no_room_nothing_is_read() {
        assertThat(UrgencyPages.slices(COUNTS, 135, 25, false)).isEmpty();
        assertThat(UrgencyPages.slices(COUNTS, 0, 0, false)).isEmpty();
        assertThat(UrgencyPages.slices(Map.of(), 0, 25, false)).isEmpty();
    }

    @Test
    void the_other_way_round_the_green_channels_come_first_and_the_red_last() {
        assertThat(UrgencyPages.slices(COUNTS, 0, 25, true))
                .containsExactly(new Slice(ChannelState.CONNECTED, 0, 25));
        assertThat(UrgencyPages.slices(COUNTS, 90, 25, true))
                .containsExactly(
                        new Slice(ChannelState.CONNECTED, 90, 10),
                        new Slice(ChannelState.EXPIRING, 0, 5),
                        new Slice(ChannelState.DISCONNECTED, 0, 10));
    }

    @Test
    void unlinked_channels_are_never_part_of_the_order() {
        assertThat(UrgencyPages.ORDER)
                .containsExactly(
                        ChannelState.DISCONNECTED,
                        ChannelState.DEGRADED,
                        ChannelState.EXPIRING,
                        ChannelState.UNVERIFIED,
                        ChannelState.CONNECTED);
    }
}
