package io.relink.webhooks.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelayTurnsTest {

    private final RelayTurns turns = new RelayTurns();

    @Test
    void a_burst_of_events_starts_one_pass() {
        assertThat(turns.wake()).isTrue();
        assertThat(turns.wake()).isFalse();
        assertThat(turns.wake()).isFalse();
    }

    @Test
    void once_the_pass_began_the_next_event_starts_another() {
        assertThat(turns.wake()).isTrue();
        assertThat(turns.begin()).isTrue();
        assertThat(turns.wake()).as("written while the pass runs").isTrue();
    }

    @Test
    void a_turn_that_comes_during_a_pass_makes_that_pass_go_again() {
        assertThat(turns.begin()).as("the interval's tick").isTrue();
        assertThat(turns.wake()).isTrue();
        assertThat(turns.begin()).as("the started pass, while the tick runs").isFalse();
        assertThat(turns.end()).as("one more pass").isTrue();
        assertThat(turns.begin()).isTrue();
        assertThat(turns.end()).as("nothing came meanwhile").isFalse();
    }

    @Test
    void a_quiet_pass_asks_for_nothing_and_passes_never_overlap() {
        assertThat(turns.begin()).isTrue();
        assertThat(turns.begin()).isFalse();
        assertThat(turns.end()).isTrue();
        assertThat(turns.begin()).isTrue();
        assertThat(turns.end()).isFalse();
        assertThat(turns.end()).isFalse();
    }
}
