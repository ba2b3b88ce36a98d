package io.relink.networks.threads;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.meta.GraphError;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Threads' Graph-style codes have Meta's causes, raw code kept; rate limits and outages are
 * transient.
 */
class ThreadsCausesTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
        "190, 458, REVOKED_BY_USER",
        "190, 459, SECURITY_CHECKPOINT",
        "190, 460, PASSWORD_CHANGED",
        "190, 463, LIFESPAN_ENDED",
        "190, 464, SECURITY_CHECKPOINT",
        "190, 467, UNKNOWN",
        "190,    , UNKNOWN",
        "10,     , SCOPE_MISSING",
        "200,    , SCOPE_MISSING",
        "100,    , UNKNOWN",
    })
    void each_definitive_code_has_its_cause(int code, Integer subcode, Cause cause) {
        Verdict verdict =
                ThreadsCauses.of(
                        new GraphError(code, subcode, "OAuthException", "words"), null, NOW);
        assertThat(verdict)
                .isEqualTo(
                        new Verdict.Dead(
                                cause,
                                subcode == null ? String.valueOf(code) : code + "/" + subcode,
                                "words"));
    }

    @ParameterizedTest(name = "{0} -> transient {1}")
    @CsvSource({
        "4, RATE_LIMITED",
        "17, RATE_LIMITED",
        "613, RATE_LIMITED",
        "80002, RATE_LIMITED",
        "1, SERVER_ERROR",
        "2, SERVER_ERROR"
    })
    void rate_limits_and_outages_are_transient(int code, Kind kind) {
        assertThat(ThreadsCauses.of(new GraphError(code, null, null, null), null, NOW))
                .isInstanceOfSatisfying(
                        Verdict.Transient.class,
                        trouble -> assertThat(trouble.kind()).isEqualTo(kind));
    }
}
