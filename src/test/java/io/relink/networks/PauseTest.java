package io.relink.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A pause is only ever extended, never shortened, and reads as null once it has passed.
 *
 * <p>Proves rules R8 of the networks component (numbered in its package-info).
 */
class PauseTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void no_pause_reads_as_null() {
        assertThat(new Pause().until(CLOCK)).isNull();
    }

    @Test
    void a_later_end_extends_the_pause_and_an_earlier_or_null_one_changes_nothing() {
        Pause pause = new Pause();
        pause.atLeast(NOW.plusSeconds(60));
        pause.atLeast(NOW.plusSeconds(30));
        pause.atLeast(null);
        assertThat(pause.until(CLOCK)).isEqualTo(NOW.plusSeconds(60));

        pause.atLeast(NOW.plusSeconds(90));
        assertThat(pause.until(CLOCK)).isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void a_pause_that_has_passed_reads_as_null() {
        Pause pause = new Pause();
        pause.atLeast(NOW.plusSeconds(60));
        assertThat(pause.until(NOW.plusSeconds(59))).isEqualTo(NOW.plusSeconds(60));
        assertThat(pause.until(NOW.plusSeconds(60))).isNull();
    }
}
