package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.sandbox.entity.Outage;
import io.relink.sandbox.entity.OutageKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON the network answers with has exactly the contract's shapes. */
class AnswersTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final SandboxAccounts.Issued ISSUED =
            new SandboxAccounts.Issued(
                    "sbx_at_A",
                    "sbx_rt_R",
                    NOW.plus(Duration.ofHours(1)),
                    NOW.plus(Duration.ofDays(60)),
                    Set.of("publish", "read"));

    @Test
    void the_token_answer_has_every_field_of_the_contract() { // R7
        assertThat(Answers.token(ISSUED, "ana", NOW).toString())
                .isEqualTo(
                        "{\"access_token\":\"sbx_at_A\",\"token_type\":\"Bearer\","
                                + "\"expires_in\":3600,\"refresh_token\":\"sbx_rt_R\",\"refresh_token_expires_in\":5184000,\"scope\":\"read publish\","
                                + "\"user_id\":\"ana\"}");
    }

    @Test
    void lifetimes_are_rounded_to_the_nearest_second_and_never_negative() { // R7
        assertThat(Answers.secondsLeft(NOW, NOW.plusSeconds(3600).minusNanos(1_000)))
                .isEqualTo(3600);
        assertThat(Answers.secondsLeft(NOW, NOW.minusSeconds(5))).isZero();
    }

    @Test
    void a_working_token_introspects_active_with_scope_expiry_and_owner() { // R7
        Inspection works =
                new Inspection(
                        "ana",
                        "Ana Sandbox",
                        Scopes.of("read publish"),
                        Instant.ofEpochSecond(1767225600),
                        Optional.empty(),
                        null);
        assertThat(Answers.introspection(works).toString())
                .isEqualTo(
                        "{\"active\":true,\"scope\":\"read publish\",\"exp\":1767225600,\"sub\":\"ana\",\"username\":\"Ana Sandbox\"}");
    }

    @Test
    void a_dead_token_introspects_inactive_with_its_code_and_message() { // R7
        Inspection dead =
                new Inspection(
                        "ana",
                        "Ana Sandbox",
                        Set.of(),
                        NOW,
                        Optional.empty(),
                        ErrorCode.PASSWORD_CHANGED);
        assertThat(Answers.introspection(dead).toString())
                .isEqualTo(
                        "{\"active\":false,\"error\":{\"code\":\"password_changed\",\"message\":\"The user changed their password.\"}}");
        assertThat(
                        Answers.introspection(Inspection.unknown())
                                .getJsonObject("error")
                                .getString("code"))
                .isEqualTo("invalid_token");
    }

    @Test
    void a_refused_grant_says_invalid_grant_with_the_reason_code() { // R7
        assertThat(Answers.invalidGrant(ErrorCode.TOKEN_EXPIRED, "lapsed").toString())
                .isEqualTo(
                        "{\"error\":\"invalid_grant\",\"error_description\":\"lapsed\",\"reason\":\"token_expired\"}");
    }

    @Test
    void api_answers_name_the_account_its_scopes_and_its_pages() { // R7
        Inspection works =
                new Inspection(
                        "ana",
                        "Ana Sandbox",
                        Set.of("publish", "read"),
                        NOW,
                        Optional.empty(),
                        null);
        assertThat(Answers.me(works).toString())
                .isEqualTo(
                        "{\"id\":\"ana\",\"name\":\"Ana Sandbox\",\"scopes\":[\"read\",\"publish\"]}");
        assertThat(
                        Answers.pages(
                                        List.of(
                                                new SandboxAccounts.PageSpec(
                                                        "sbx-page-1", "Acme Sandbox Page")))
                                .toString())
                .isEqualTo("{\"data\":[{\"id\":\"sbx-page-1\",\"name\":\"Acme Sandbox Page\"}]}");
        assertThat(Answers.apiError(ErrorCode.CHECKPOINT).getJsonObject("error").getString("code"))
                .isEqualTo("checkpoint");
    }

    @Test
    void an_accounts_outage_fails_only_its_batch_item_each_kind_its_own_way() { // R6
        assertThat(Answers.batchItem(new Trouble(OutageKind.SERVER_ERROR, 9)).toString())
                .isEqualTo("{\"status\":503}");
        assertThat(Answers.batchItem(new Trouble(OutageKind.RATE_LIMITED, 30)).toString())
                .isEqualTo("{\"status\":429,\"retry_after\":30}");
        assertThat(Answers.batchItem(new Trouble(OutageKind.TIMEOUT, 9)).toString())
                .isEqualTo("{\"status\":504}");
        JsonObject garbage = Answers.batchItem(new Trouble(OutageKind.GARBAGE, 9));
        assertThat(garbage.getInt("status")).isEqualTo(200);
        assertThat(garbage.getString("body"))
                .as("a string where the introspection object belongs")
                .startsWith("<html>");
    }

    @Test
    void a_working_batch_item_carries_the_introspection_as_its_body() { // R7
        JsonObject item = Answers.batchItem(Inspection.unknown());
        assertThat(item.getInt("status")).isEqualTo(200);
        assertThat(item.getJsonObject("body").getBoolean("active")).isFalse();
    }

    @Test
    void whole_call_outages_answer_with_the_contracts_errors() { // R6
        assertThat(Answers.trouble(OutageKind.SERVER_ERROR).toString())
                .isEqualTo("{\"error\":\"temporarily_unavailable\"}");
        assertThat(Answers.trouble(OutageKind.RATE_LIMITED).toString())
                .isEqualTo("{\"error\":\"rate_limited\"}");
        assertThatThrownBy(() -> Answers.trouble(OutageKind.GARBAGE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_running_outage_shows_its_kind_and_end_and_none_is_null() {
        Outage running =
                new Outage("ana", OutageKind.RATE_LIMITED, Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(Answers.outage(Optional.of(running)).toString())
                .isEqualTo("{\"kind\":\"RATE_LIMITED\",\"ends_at\":\"2026-01-01T00:05:00Z\"}");
        assertThat(Answers.outage(Optional.empty())).isEqualTo(JsonValue.NULL);
    }

    @Test
    void an_issued_pair_never_prints_its_token_values() { // R3
        assertThat(ISSUED.toString())
                .doesNotContain("sbx_at_A")
                .doesNotContain("sbx_rt_R")
                .contains("read publish");
    }
}
