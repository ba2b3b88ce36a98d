package io.relink.networks.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.networks.Pause;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Relink pauses TikTok at 80% of the per-minute limit, until the window has room again, and after a
 * 429.
 */
class TikTokLimitsTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void
            calls_below_80_percent_of_the_limit_pause_nothing_and_the_80th_percent_pauses_until_the_oldest_leaves_the_window() {
        Pause pause = new Pause();
        TikTokLimits usage = new TikTokLimits(10, pause); // pauses at 8 calls within a minute
        for (int i = 0; i < 7; i++) {
            usage.called(NOW.plusSeconds(i));
        }
        assertThat(pause.until(NOW.plusSeconds(7))).isNull();

        usage.called(NOW.plusSeconds(7));

        assertThat(pause.until(NOW.plusSeconds(7))).isEqualTo(NOW.plusSeconds(60));
        assertThat(pause.until(NOW.plusSeconds(60))).isNull();
    }

    @Test
    void calls_that_left_the_window_no_longer_count() {
        Pause pause = new Pause();
        TikTokLimits usage = new TikTokLimits(10, pause);
        for (int i = 0; i < 7; i++) {
            usage.called(NOW.plusSeconds(i));
        }
        usage.called(
                NOW.plusSeconds(61)); // the first two calls (at 0 s and 1 s) have left the window
        assertThat(pause.until(NOW.plusSeconds(61))).isNull();
    }

    @Test
    void a_steady_stream_at_the_threshold_keeps_pausing_until_the_right_call_leaves() {
        Pause pause = new Pause();
        TikTokLimits usage = new TikTokLimits(10, pause);
        for (int i = 0; i < 20; i++) {
            usage.called(NOW.plusSeconds(i)); // more than the threshold in the window
        }
        // The latest 8 calls are at 12..19 s: the window has room again when the one at 12 s
        // leaves.
        assertThat(pause.until(NOW.plusSeconds(19))).isEqualTo(NOW.plusSeconds(72));
    }

    @Test
    void the_default_limit_pauses_at_480_calls_a_minute() {
        Pause pause = new Pause();
        TikTokLimits usage = new TikTokLimits(600, pause);
        for (int i = 0; i < 479; i++) {
            usage.called(NOW);
        }
        assertThat(pause.until(NOW)).isNull();
        usage.called(NOW);
        assertThat(pause.until(NOW)).isEqualTo(NOW.plus(TikTokLimits.WINDOW));
    }

    @Test
    void a_429_pauses_for_its_retry_after_or_one_window_and_never_shortens_a_pause() {
        Pause pause = new Pause();
        pause.atLeast(TikTokLimits.LIMITS.resumeAt(Duration.ofSeconds(17), NOW, pause.until(NOW)));
        assertThat(pause.until(NOW)).isEqualTo(NOW.plusSeconds(17));
        pause.atLeast(TikTokLimits.LIMITS.resumeAt(null, NOW, pause.until(NOW)));
        assertThat(pause.until(NOW)).isEqualTo(NOW.plusSeconds(60));
        pause.atLeast(TikTokLimits.LIMITS.resumeAt(Duration.ofSeconds(5), NOW, pause.until(NOW)));
        assertThat(pause.until(NOW)).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void a_limit_that_allows_nothing_is_refused() {
        assertThatThrownBy(() -> new TikTokLimits(0, new Pause()))
                .isInstanceOf(IllegalArgumentException.class);
        Pause pause = new Pause();
        assertThat(new TikTokLimits(1, pause))
                .satisfies(
                        usage -> {
                            usage.called(NOW);
                            assertThat(pause.until(NOW)).isEqualTo(NOW.plusSeconds(60));
                        });
    }
}
