package io.relink.networks.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.networks.Cause;
import io.relink.networks.Revocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verified TikTok event: authorization.removed revokes the person's grant with the reason's
 * cause; others tell nothing.
 */
class TikTokWebhookTest {

    static String removed(String content) {
        return "{\"client_key\":\"k\",\"event\":\"authorization.removed\",\"create_time\":1795348800,\"user_openid\":\"act.ana\""
                + (content == null ? "" : ",\"content\":" + content)
                + "}";
    }

    @ParameterizedTest(name = "reason {0} -> {1}")
    @CsvSource({
        "0, UNKNOWN",
        "1, REVOKED_BY_USER",
        "2, ACCOUNT_UNAVAILABLE",
        "3, ACCOUNT_UNAVAILABLE",
        "4, ACCOUNT_UNAVAILABLE",
        "5, APP_PROBLEM",
        "9, UNKNOWN"
    })
    void authorization_removed_names_the_person_the_cause_and_the_raw_reason(
            int reason, Cause cause) {
        Revocation revocation =
                TikTokWebhook.revocation(removed("\"{\\\"reason\\\": " + reason + " }\""));
        assertThat(revocation.externalUserId()).isEqualTo("act.ana");
        assertThat(revocation.cause()).isEqualTo(cause);
        assertThat(revocation.rawCode()).isEqualTo("authorization.removed/" + reason);
        assertThat(revocation.message()).isEqualTo(TikTokCauses.removalMessage(reason));
    }

    @Test
    void a_reason_as_an_object_or_a_string_is_read_and_a_missing_one_still_revokes() {
        assertThat(TikTokWebhook.revocation(removed("{\"reason\":4}")).cause())
                .isEqualTo(Cause.ACCOUNT_UNAVAILABLE);
        assertThat(TikTokWebhook.revocation(removed("\"{\\\"reason\\\":\\\"1\\\"}\"")).cause())
                .isEqualTo(Cause.REVOKED_BY_USER);
        Revocation bare = TikTokWebhook.revocation(removed(null));
        assertThat(bare.cause()).isEqualTo(Cause.UNKNOWN);
        assertThat(bare.rawCode()).isEqualTo("authorization.removed");
        assertThat(TikTokWebhook.revocation(removed("\"{}\"")).cause()).isEqualTo(Cause.UNKNOWN);
        assertThat(TikTokWebhook.revocation(removed("\"{\\\"reason\\\":99999999999}\"")).cause())
                .isEqualTo(Cause.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "video.publish.completed",
                "video.upload.failed",
                "portability.download.ready",
                "something.new"
            })
    void other_events_tell_nothing_to_act_on(String event) {
        assertThat(
                        TikTokWebhook.revocation(
                                "{\"event\":\""
                                        + event
                                        + "\",\"user_openid\":\"act.ana\",\"content\":\"{}\"}"))
                .isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "not json",
                "[1,2]",
                "{}",
                "{\"event\":1}",
                "{\"event\":\"authorization.removed\"}",
                "{\"event\":\"authorization.removed\",\"user_openid\":\"  \"}",
                "{\"event\":\"authorization.removed\",\"user_openid\":7}",
                "{\"event\":\"authorization.removed\",\"user_openid\":\"act.ana\",\"content\":\"not json\"}",
                "{\"event\":\"authorization.removed\",\"user_openid\":\"act.ana\",\"content\":5}",
            })
    void a_body_that_is_not_a_tiktok_event_is_refused(String body) {
        assertThatThrownBy(() -> TikTokWebhook.revocation(body))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
