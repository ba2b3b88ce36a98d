package io.relink.networks.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.meta.GraphError;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Instagram's Graph codes (the 190 family, 80002 and the rest of Meta's table) have their causes,
 * raw code kept.
 */
class InstagramCausesTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
        "190, 458, REVOKED_BY_USER",
        "190, 459, SECURITY_CHECKPOINT",
        "190, 460, PASSWORD_CHANGED",
        "190, 463, LIFESPAN_ENDED",
        "190, 464, SECURITY_CHECKPOINT",
        "190, 467, UNKNOWN",
        "190, 492, ADMIN_ROLE_LOST",
        "190,    , UNKNOWN",
        "102,    , UNKNOWN",
        "10,     , SCOPE_MISSING",
        "200,    , SCOPE_MISSING",
        "3,      , SCOPE_MISSING",
        "368,    , SECURITY_CHECKPOINT",
        "400,    , UNKNOWN",
        "100,    , UNKNOWN",
    })
    void each_definitive_code_has_its_cause(int code, Integer subcode, Cause cause) {
        Verdict verdict =
                InstagramCauses.of(
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
        "80002, RATE_LIMITED",
        "4, RATE_LIMITED",
        "17, RATE_LIMITED",
        "32, RATE_LIMITED",
        "613, RATE_LIMITED",
        "1, SERVER_ERROR",
        "2, SERVER_ERROR"
    })
    void rate_limits_and_outages_are_transient(int code, Kind kind) {
        assertThat(InstagramCauses.of(new GraphError(code, null, null, null), null, NOW))
                .isInstanceOfSatisfying(
                        Verdict.Transient.class,
                        trouble -> assertThat(trouble.kind()).isEqualTo(kind));
    }

    @Test
    void a_bare_190_past_the_known_expiry_is_the_end_of_the_lifespan() {
        assertThat(
                        InstagramCauses.of(
                                new GraphError(190, null, null, null), NOW.minusSeconds(1), NOW))
                .isEqualTo(new Verdict.Dead(Cause.LIFESPAN_ENDED, "190", null));
    }

    @Test
    void an_account_no_longer_linked_to_a_managed_page_lost_the_role() {
        assertThat(InstagramCauses.businessAccountGone("1784"))
                .satisfies(
                        dead -> {
                            assertThat(dead.cause()).isEqualTo(Cause.ADMIN_ROLE_LOST);
                            assertThat(dead.rawCode()).isEqualTo("instagram_business_account");
                        });
    }
}
