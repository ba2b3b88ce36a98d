package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.sandbox.control.TokenRules.Facts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which code a token gets: the first broken rule in the contract's order wins. */
class TokenRulesTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofHours(1));
    static final Instant EARLIER = NOW.minusSeconds(1);

    /**
     * A token that breaks every rule from {@code first} on (in the contract's order) and none
     * before it.
     */
    static Facts breakingFrom(ErrorCode first) {
        int from = first.ordinal();
        return new Facts(
                from > ErrorCode.INVALID_TOKEN.ordinal(),
                false,
                from <= ErrorCode.TOKEN_EXPIRED.ordinal() ? EARLIER : LATER,
                from <= ErrorCode.ACCOUNT_DISABLED.ordinal(),
                from <= ErrorCode.CHECKPOINT.ordinal(),
                from <= ErrorCode.APP_REVOKED.ordinal(),
                from <= ErrorCode.PASSWORD_CHANGED.ordinal(),
                from <= ErrorCode.NOT_PAGE_ADMIN.ordinal() ? Boolean.FALSE : Boolean.TRUE,
                from <= ErrorCode.SCOPE_MISSING.ordinal());
    }

    @ParameterizedTest(name = "all rules from {0} on broken -> {0}")
    @EnumSource(ErrorCode.class)
    void the_first_broken_rule_in_the_contracts_order_names_the_error(ErrorCode first) { // R4
        assertThat(TokenRules.verdict(breakingFrom(first), NOW)).contains(first);
    }

    @Test
    void the_enum_lists_the_codes_in_the_contracts_order() { // R4
        assertThat(ErrorCode.values())
                .extracting(ErrorCode::code)
                .containsExactly(
                        "invalid_token",
                        "token_expired",
                        "account_disabled",
                        "checkpoint",
                        "app_revoked",
                        "password_changed",
                        "not_page_admin",
                        "scope_missing");
    }

    @Test
    void a_token_that_breaks_no_rule_works() { // R4
        assertThat(
                        TokenRules.verdict(
                                new Facts(
                                        true, false, LATER, false, false, false, false, true,
                                        false),
                                NOW))
                .isEmpty();
        assertThat(
                        TokenRules.verdict(
                                new Facts(
                                        true, false, LATER, false, false, false, false, null,
                                        false),
                                NOW))
                .as("no page asked: the admin rule does not apply")
                .isEmpty();
    }

    @Test
    void a_revoked_token_is_invalid_even_when_everything_else_is_fine() { // R4
        assertThat(
                        TokenRules.verdict(
                                new Facts(
                                        true, true, LATER, false, false, false, false, null, false),
                                NOW))
                .contains(ErrorCode.INVALID_TOKEN);
        assertThat(TokenRules.verdict(Facts.unknown(), NOW)).contains(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void a_token_expires_at_its_expiry_instant_not_after() { // R4
        assertThat(
                        TokenRules.verdict(
                                new Facts(
                                        true, false, NOW, false, false, false, false, null, false),
                                NOW))
                .contains(ErrorCode.TOKEN_EXPIRED);
        assertThat(
                        TokenRules.verdict(
                                new Facts(
                                        true,
                                        false,
                                        NOW.plusMillis(1),
                                        false,
                                        false,
                                        false,
                                        false,
                                        null,
                                        false),
                                NOW))
                .isEqualTo(Optional.empty());
    }

    /**
     * issued, lifespanFrom: minutes relative to NOW (empty = no lifespan); expected: minutes
     * relative to NOW.
     */
    @ParameterizedTest(name = "issued {0}, lifespan {2} s set at {1} -> ends at {3}")
    @CsvSource({
        "-30,    ,    , 30", // no lifespan: its own expiry (issued + 60 min)
        "-30,  0, 600, 10", // issued before the script: N seconds from the script
        "  0, -5, 600, 10", // issued after the script: N seconds from its issue
        "-30,  0, 7200, 30", // a lifespan longer than the lifetime changes nothing
    })
    void a_lifespan_caps_current_tokens_from_the_script_and_new_ones_from_their_issue(
            long issued, Long from, Long seconds, long expected) { // R4
        Instant issuedAt = NOW.plus(Duration.ofMinutes(issued));
        Instant lifespanFrom = from == null ? null : NOW.plus(Duration.ofMinutes(from));
        assertThat(
                        TokenRules.effectiveExpiry(
                                issuedAt.plus(Duration.ofHours(1)),
                                issuedAt,
                                seconds,
                                lifespanFrom))
                .isEqualTo(NOW.plus(Duration.ofMinutes(expected)));
    }
}
