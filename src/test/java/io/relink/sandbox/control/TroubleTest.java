package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.sandbox.entity.OutageKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A running outage's trouble: Retry-After is its remaining time, rounded up, at most 60 seconds.
 */
class TroubleTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "{0} ms left -> Retry-After {1}")
    @CsvSource({"1, 1", "999, 1", "1000, 1", "1001, 2", "30000, 30", "60000, 60", "3600000, 60"})
    void retry_after_is_the_remaining_time_rounded_up_and_capped(
            long millisLeft, long retryAfter) { // R6
        assertThat(Trouble.of(OutageKind.RATE_LIMITED, NOW.plusMillis(millisLeft), NOW))
                .contains(new Trouble(OutageKind.RATE_LIMITED, retryAfter));
    }

    @Test
    void an_outage_that_ended_is_no_trouble() { // R6
        assertThat(Trouble.of(OutageKind.SERVER_ERROR, NOW, NOW)).isEmpty();
        assertThat(Trouble.of(OutageKind.SERVER_ERROR, NOW.minusSeconds(5), NOW)).isEmpty();
        assertThat(Trouble.of(null, null, NOW)).isEmpty();
    }
}
