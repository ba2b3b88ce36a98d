package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.ChannelView;
import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: "check now" says when the network could not be asked, and when it is tried again. */
class CheckAttemptTest {

    static final Instant NOW = Instant.parse("2026-06-03T10:00:00.250Z");
    static final Instant NEXT = Instant.parse("2026-06-03T10:02:30Z");

    @Test
    void an_answer_is_told_as_such_with_the_next_routine_check() {
        CheckAttempt attempt = CheckAttempt.of(NetworkType.SANDBOX, List.of(), null, NEXT, NOW);

        assertThat(attempt.networkAnswered()).isTrue();
        assertThat(attempt.trouble()).isNull();
        assertThat(attempt.message()).isNull();
        assertThat(attempt.retryAfterSeconds()).isNull();
        assertThat(attempt.nextAttemptAt()).isEqualTo(NEXT);
    }

    @Test
    void each_kind_of_trouble_says_the_network_could_not_be_asked_and_when_it_is_tried_again() {
        for (Kind kind : Kind.values()) {
            CheckAttempt attempt =
                    CheckAttempt.of(
                            NetworkType.LINKEDIN,
                            List.of(new Verdict.Transient(kind, null, "x")),
                            null,
                            NEXT,
                            NOW);

            assertThat(attempt.networkAnswered()).as(kind.name()).isFalse();
            assertThat(attempt.trouble()).isEqualTo(kind.name());
            assertThat(attempt.nextAttemptAt()).isEqualTo(NEXT);
            assertThat(attempt.retryAfterSeconds()).isNull();
            assertThat(attempt.message())
                    .startsWith("LinkedIn could not be asked (")
                    .contains("The state shown is the one known before")
                    .endsWith("Relink tries again at 2026-06-03 10:02:30 UTC.");
        }
    }

    @Test
    void the_first_trouble_names_the_kind_and_the_longest_wait_the_network_asked_for_is_told() {
        CheckAttempt attempt =
                CheckAttempt.of(
                        NetworkType.X,
                        List.of(
                                new Verdict.Transient(
                                        Kind.RATE_LIMITED, Duration.ofSeconds(30), "429"),
                                new Verdict.Transient(
                                        Kind.RATE_LIMITED, Duration.ofMillis(89_001), "429"),
                                new Verdict.Transient(Kind.SERVER_ERROR, null, "503")),
                        null,
                        NEXT,
                        NOW);

        assertThat(attempt.trouble()).isEqualTo("RATE_LIMITED");
        assertThat(attempt.retryAfterSeconds()).isEqualTo(90L);
        assertThat(attempt.message())
                .contains("it is limiting Relink's calls; it asked Relink to wait 90 s");
    }

    @Test
    void without_a_next_attempt_the_message_names_no_time() {
        CheckAttempt attempt =
                CheckAttempt.of(
                        NetworkType.SANDBOX,
                        List.of(new Verdict.Transient(Kind.TIMEOUT, null, "timeout")),
                        null,
                        null,
                        NOW);

        assertThat(attempt.message()).endsWith("the one known before.").doesNotContain("UTC");
        assertThat(attempt.nextAttemptAt()).isNull();
    }

    @Test
    void a_pause_the_network_asked_for_is_told_with_its_end_and_the_seconds_left() {
        Instant until = NOW.plusSeconds(44);
        CheckAttempt attempt = CheckAttempt.of(NetworkType.FACEBOOK, List.of(), until, until, NOW);

        assertThat(attempt.networkAnswered()).isFalse();
        assertThat(attempt.trouble()).isEqualTo(CheckAttempt.PAUSED);
        assertThat(attempt.retryAfterSeconds()).isEqualTo(44L);
        assertThat(attempt.nextAttemptAt()).isEqualTo(until);
        assertThat(attempt.message())
                .startsWith("Facebook was not asked now")
                .contains("until 2026-06-03 10:00:44 UTC")
                .endsWith("Relink tries again then.");
    }

    @Test
    void the_answer_keeps_every_field_of_a_channel_and_adds_check() {
        List<String> channel =
                Arrays.stream(ChannelView.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList();
        List<String> expected = new ArrayList<>(channel);
        expected.add("check");

        assertThat(CheckedChannel.class.getRecordComponents())
                .extracting(RecordComponent::getName)
                .containsExactlyElementsOf(expected);
        assertThat(
                        Arrays.stream(CheckedChannel.class.getRecordComponents())
                                .limit(channel.size())
                                .map(c -> c.getGenericType().getTypeName()))
                .containsExactlyElementsOf(
                        Arrays.stream(ChannelView.class.getRecordComponents())
                                .map(c -> c.getGenericType().getTypeName())
                                .toList());
    }
}
