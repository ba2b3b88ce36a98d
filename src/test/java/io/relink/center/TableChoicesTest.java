package io.relink.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ChannelOrder;
import io.relink.channels.entity.ChannelState;
import io.relink.networks.NetworkType;
import org.junit.jupiter.api.Test;

class TableChoicesTest {

    @Test
    void an_address_without_choices_is_every_linked_channel_most_urgent_first_on_page_1() {
        TableChoices none = TableChoices.read(null, null, null, null, null, null, null);
        assertThat(none).isEqualTo(TableChoices.NONE);
        assertThat(none.query()).isEmpty();
        assertThat(none.order()).isEqualTo(ChannelOrder.URGENCY);
        assertThat(none.filters().state()).isNull();
        assertThat(none.first(25)).isZero();
    }

    @Test
    void every_choice_is_read_from_the_address_and_written_back_the_same() {
        TableChoices read =
                TableChoices.read(
                        "disconnected", "SANDBOX", " acme & co ", "-state", "2", null, null);
        assertThat(read.state()).isEqualTo(ChannelState.DISCONNECTED);
        assertThat(read.network()).isEqualTo(NetworkType.SANDBOX);
        assertThat(read.text()).isEqualTo("acme & co");
        assertThat(read.order()).isEqualTo(new ChannelOrder(ChannelOrder.Column.STATE, true));
        assertThat(read.page()).isEqualTo(2);
        assertThat(read.first(25)).isEqualTo(25);
        assertThat(read.query())
                .isEqualTo("state=DISCONNECTED&network=SANDBOX&q=acme+%26+co&sort=-state&page=2");
        assertThat(
                        TableChoices.read(
                                "DISCONNECTED", "SANDBOX", "acme & co", "-state", "2", null, null))
                .isEqualTo(read);
    }

    @Test
    void the_query_holds_only_characters_a_script_string_and_an_address_take_as_they_are() {
        TableChoices quoted = TableChoices.NONE.withText("O'Brien \"quoted\" </script> é");
        assertThat(quoted.query()).matches("[A-Za-z0-9%&=+*._-]*");
    }

    @Test
    void what_means_nothing_is_left_out_rather_than_refused() {
        TableChoices read =
                TableChoices.read("purple", "myspace", "  ", "by-colour", "-3", "perhaps", null);
        assertThat(read).isEqualTo(TableChoices.NONE);
        assertThat(TableChoices.read(null, null, null, null, "two", null, null).page())
                .isEqualTo(1);
        assertThat(TableChoices.read(null, null, "x".repeat(500), null, null, null, null).text())
                .hasSize(200);
    }

    @Test
    void unlinked_channels_are_a_toggle_of_their_own_and_state_unlinked_means_it_too() {
        TableChoices unlinked = TableChoices.read(null, null, null, null, null, "true", null);
        assertThat(unlinked.unlinked()).isTrue();
        assertThat(unlinked.filters().state()).isEqualTo(ChannelState.UNLINKED);
        assertThat(unlinked.query()).isEqualTo("unlinked=true");
        assertThat(TableChoices.read("unlinked", null, null, null, null, null, null))
                .isEqualTo(unlinked);
        // a tile chosen shows the linked channels again
        assertThat(unlinked.withState(ChannelState.DEGRADED).query()).isEqualTo("state=DEGRADED");
    }

    @Test
    void a_new_filter_starts_again_at_page_1_and_keeps_the_order() {
        TableChoices deep =
                TableChoices.read("EXPIRING", null, null, "name", "4", null, null)
                        .withPage(ChannelOrder.parse("-network"), 5);
        assertThat(deep.query()).isEqualTo("state=EXPIRING&sort=-network&page=5");
        assertThat(deep.withText("acme").query()).isEqualTo("state=EXPIRING&q=acme&sort=-network");
        assertThat(deep.withNetwork(NetworkType.FACEBOOK).page()).isEqualTo(1);
        assertThat(deep.withUnlinked(true).page()).isEqualTo(1);
        assertThat(deep.withState(null).query()).isEqualTo("sort=-network");
    }

    @Test
    void the_header_of_the_column_sorted_shows_its_way_and_most_urgent_first_shows_none() {
        assertThat(TableChoices.NONE.sortOrderOf("state")).isNull();
        assertThat(
                        TableChoices.read(null, null, null, "-state", null, null, null)
                                .sortOrderOf("state"))
                .isEqualTo("desc");
        assertThat(TableChoices.NONE.sortOrderOf("name")).isNull();
        TableChoices byName = TableChoices.read(null, null, null, "-name", null, null, null);
        assertThat(byName.sortOrderOf("name")).isEqualTo("desc");
        assertThat(byName.sortOrderOf("state")).isNull();
        assertThat(byName.query()).isEqualTo("sort=-name");
        // most urgent first, the default, is not written
        assertThat(TableChoices.read(null, null, null, "state", null, null, null).query())
                .isEmpty();
        assertThat(TableChoices.sortKey(ChannelOrder.NAME)).isEqualTo("name");
    }

    @Test
    void one_identitys_channels_are_a_choice_of_the_address_and_a_bad_id_is_left_out() {
        String id = "3f0c2a5e-1111-4222-8333-944455556666";
        TableChoices dana = TableChoices.read("DISCONNECTED", null, null, null, "3", null, id);
        assertThat(dana.identity()).hasToString(id);
        assertThat(dana.filters().identity()).hasToString(id);
        assertThat(dana.query()).isEqualTo("state=DISCONNECTED&identity=" + id + "&page=3");
        assertThat(dana.withIdentity(null).query()).isEqualTo("state=DISCONNECTED");
        // a new filter keeps the identity
        assertThat(dana.withText("acme").identity()).isEqualTo(dana.identity());
        assertThat(TableChoices.read(null, null, null, null, null, null, "dana"))
                .isEqualTo(TableChoices.NONE);
    }
}
