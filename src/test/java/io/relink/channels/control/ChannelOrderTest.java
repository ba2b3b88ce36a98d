package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.channels.control.ChannelOrder.Column;
import io.relink.problems.ProblemException;
import org.junit.jupiter.api.Test;

class ChannelOrderTest {

    @Test
    void the_api_sorts_by_name_unless_asked_and_a_minus_turns_it_round() {
        assertThat(ChannelOrder.parse(null)).isEqualTo(ChannelOrder.NAME);
        assertThat(ChannelOrder.parse(" ")).isEqualTo(ChannelOrder.NAME);
        assertThat(ChannelOrder.parse("network"))
                .isEqualTo(new ChannelOrder(Column.NETWORK, false));
        assertThat(ChannelOrder.parse("-name")).isEqualTo(new ChannelOrder(Column.NAME, true));
        assertThat(ChannelOrder.parse(" State ")).isEqualTo(ChannelOrder.URGENCY);
        assertThat(ChannelOrder.parse("-state")).isEqualTo(new ChannelOrder(Column.STATE, true));
    }

    @Test
    void an_unknown_sort_is_a_400_naming_the_parameter_and_the_choices() {
        for (String wrong : new String[] {"created", "--name", "-", "name;drop table channel"}) {
            assertThatThrownBy(() -> ChannelOrder.parse(wrong))
                    .isInstanceOf(ProblemException.class)
                    .hasMessageContaining("sort")
                    .hasMessageContaining("name, network or state");
        }
    }

    @Test
    void a_table_column_orders_by_itself_and_anything_else_is_most_urgent_first() {
        assertThat(ChannelOrder.ofColumn("name", true))
                .isEqualTo(new ChannelOrder(Column.NAME, true));
        assertThat(ChannelOrder.ofColumn("network", false))
                .isEqualTo(new ChannelOrder(Column.NETWORK, false));
        assertThat(ChannelOrder.ofColumn(null, true)).isEqualTo(ChannelOrder.URGENCY);
        assertThat(ChannelOrder.ofColumn("tokens", false)).isEqualTo(ChannelOrder.URGENCY);
    }

    @Test
    void ties_are_broken_by_name_then_id_so_pages_never_overlap() {
        assertThat(new ChannelOrder(Column.NAME, true).jpql())
                .isEqualTo(" order by c.name desc, c.id desc");
        assertThat(new ChannelOrder(Column.NETWORK, true).jpql())
                .isEqualTo(" order by c.network desc, c.name, c.id");
    }
}
