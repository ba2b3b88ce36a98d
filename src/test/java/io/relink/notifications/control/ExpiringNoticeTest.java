package io.relink.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.entity.TokenExpiring;
import io.relink.networks.NetworkType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An expiry warning says what lapses: the token's access, or, when Meta's data-access window ends
 * first, the data access (issue 13). Both climb the same warning ladder ({@link Steps}).
 */
class ExpiringNoticeTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    static TokenExpiring expiring(boolean dataAccess) {
        return new TokenExpiring(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                NetworkType.FACEBOOK,
                "Jane Doe",
                Duration.ofDays(7),
                NOW.plus(Duration.ofDays(6)),
                NOW,
                dataAccess);
    }

    @Test
    void a_lapsing_data_access_window_is_told_as_data_access_lapsing_at_its_time() {
        assertThat(NoticeWriter.expiring(expiring(true), "Facebook"))
                .isEqualTo(
                        "Jane Doe's Facebook data access lapses at 28 Nov 2026, 12:00 UTC (in 6 days);"
                                + " the token itself stays valid, but reads nothing after that.");
    }

    @Test
    void an_expiring_token_is_told_as_its_access_expiring() {
        assertThat(NoticeWriter.expiring(expiring(false), "Facebook"))
                .isEqualTo(
                        "Jane Doe's Facebook access expires in 6 days (on 28 Nov 2026, 12:00 UTC).")
                .doesNotContain("data access");
    }

    @Test
    void a_data_access_warning_takes_the_same_ladder_step_as_an_expiring_token() {
        assertThat(Steps.stepFor(java.util.List.of(14, 7, 3, 1), expiring(true).threshold()))
                .isEqualTo(
                        Steps.stepFor(java.util.List.of(14, 7, 3, 1), expiring(false).threshold()))
                .contains(7);
    }
}
