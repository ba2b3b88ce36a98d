package io.relink.channels.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.entity.ChannelKind;
import io.relink.channels.entity.ChannelState;
import io.relink.networks.Cause;
import io.relink.networks.NetworkType;
import io.relink.problems.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With no working token, the credential read says why in the Connection Center's words, and no
 * secret leaves.
 *
 * <p>Proves rules channels R5, R9 (numbered in the component's package-info).
 */
class CredentialsTest {

    @Test
    void no_working_token_is_a_conflict_that_says_why_and_what_to_do() {
        ChannelView channel =
                new ChannelView(
                        UUID.randomUUID(),
                        NetworkType.FACEBOOK,
                        "1000001",
                        "Acme Page",
                        ChannelKind.PAGE,
                        ChannelState.DISCONNECTED,
                        Cause.PASSWORD_CHANGED,
                        "Jane Doe changed her Facebook password.",
                        "Reconnect with Jane's account.",
                        Instant.parse("2026-11-22T12:00:00Z"),
                        List.of());

        ProblemException problem = Credentials.noWorkingToken(channel);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("no-working-token");
        assertThat(problem.getMessage())
                .isEqualTo(
                        "No token of channel 'Acme Page' works: it is DISCONNECTED. "
                                + "Jane Doe changed her Facebook password. Reconnect with Jane's account.");
        assertThat(problem.extensions())
                .containsEntry("state", ChannelState.DISCONNECTED)
                .containsEntry("cause", Cause.PASSWORD_CHANGED);
    }

    @Test
    void an_unverified_channel_has_no_cause_to_name() {
        ChannelView channel =
                new ChannelView(
                        UUID.randomUUID(),
                        NetworkType.X,
                        "2244994945",
                        "@acme",
                        ChannelKind.ACCOUNT,
                        ChannelState.UNVERIFIED,
                        null,
                        "X could not confirm this channel's access for a long time.",
                        null,
                        null,
                        List.of());

        ProblemException problem = Credentials.noWorkingToken(channel);

        assertThat(problem.getMessage())
                .startsWith("No token of channel '@acme' works: it is UNVERIFIED. X could not");
        assertThat(problem.extensions()).containsOnlyKeys("state");
    }

    @Test
    void a_credentials_text_leaves_the_secret_out() {
        Credential credential =
                new Credential(
                        UUID.randomUUID(),
                        "EAAB-SECRET",
                        null,
                        List.of("pages_manage_posts"),
                        NetworkType.FACEBOOK,
                        "1000001",
                        new ChannelView.IdentityRef(UUID.randomUUID(), "Jane Doe"));
        assertThat(credential.toString()).doesNotContain("EAAB-SECRET");
    }
}
