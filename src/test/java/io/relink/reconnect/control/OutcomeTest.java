package io.relink.reconnect.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.reconnect.entity.ConnectionFlow;
import jakarta.persistence.Column;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 13: the outcome of a consent that reaches many channels is kept whole. */
class OutcomeTest {

    /** Facebook's discovery reads at most 20 pages of 100 Pages ({@code FacebookLogin}). */
    static final int MOST_CHANNELS = 2000;

    @Test
    void the_outcome_of_a_person_managing_as_many_pages_as_relink_reads_fits_its_column()
            throws NoSuchFieldException {
        // at least what its lines take as JSON (the rest of the outcome comes on top)
        int stored =
                outcome(MOST_CHANNELS).channels().stream()
                        .mapToInt(
                                line ->
                                        ("{\"id\":\""
                                                        + line.id()
                                                        + "\",\"name\":\""
                                                        + line.name()
                                                        + "\",\"result\":\""
                                                        + line.result()
                                                        + "\"},")
                                                .length())
                        .sum();
        int column =
                ConnectionFlow.class
                        .getDeclaredField("outcome")
                        .getAnnotation(Column.class)
                        .length();

        assertThat(stored).isGreaterThan(MOST_CHANNELS * 100);
        assertThat(column).isGreaterThanOrEqualTo(stored);
    }

    @Test
    void a_brief_outcome_keeps_summary_and_warnings_and_says_where_the_channels_went() {
        Outcome brief = outcome(60).brief();

        assertThat(brief.summary()).isEqualTo("Jane: 60 channels connected.");
        assertThat(brief.ok()).isTrue();
        assertThat(brief.channels()).isEmpty();
        assertThat(brief.warnings())
                .containsExactly(
                        "No refresh token.",
                        "The list of the 60 channels concerned could not be kept; each channel's"
                                + " history tells what happened to it.");
    }

    private static Outcome outcome(int channels) {
        return new Outcome(
                UUID.randomUUID(),
                true,
                "Jane: " + channels + " channels connected.",
                "Jane",
                false,
                List.of("No refresh token."),
                IntStream.range(0, channels)
                        .mapToObj(
                                i ->
                                        new Outcome.Line(
                                                UUID.randomUUID(),
                                                "Acme Coffee Roasters, Berlin branch " + i,
                                                "connected"))
                        .toList());
    }
}
