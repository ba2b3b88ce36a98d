package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.channels.control.TokenFacts;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.TokenStatus;
import io.relink.checks.control.CheckRecorder.Due;
import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Network;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.platform.Node;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A death a downstream product reports on a refreshable token is confirmed as a check confirms its
 * own: one refresh, a second look, and that answer counts ("on one 401, refresh once and re-check
 * before declaring death"). The engine's collaborators are plain fakes here; the wiring is the
 * container tests' concern.
 *
 * <p>Proves rules checks R3, R9 (numbered in the component's package-info).
 */
class CheckerConfirmTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final UUID TOKEN = UUID.fromString("5f0c6a1e-8d3b-4c55-9a57-2b1f3e9d7c10");
    static final UUID CHANNEL = UUID.fromString("0b7e2c44-1f6a-4d0e-8c3b-5a9d2e7f1c22");
    static final String ACTOR = "api-key:Publisher";
    static final Verdict.Dead REPORTED =
            new Verdict.Dead(Cause.UNKNOWN, "401/89", "Invalid or expired token.");

    final FakeRecorder recorder = new FakeRecorder();
    final FakeNetwork network = new FakeNetwork();
    final Checker checker = new Checker();
    boolean heldElsewhere;

    @BeforeEach
    void wire() {
        checker.leases =
                new Leases() {
                    @Override
                    public List<UUID> claimToken(UUID tokenId) {
                        return heldElsewhere ? List.of() : List.of(tokenId);
                    }
                };
        checker.recorder = recorder;
        checker.vault =
                new TokenVault() {
                    @Override
                    public String openRefresh(UUID tokenId, byte[] sealed) {
                        return "refresh-SECRET";
                    }

                    @Override
                    public String openAccess(UUID tokenId, byte[] sealed) {
                        return "access-OLD";
                    }
                };
        checker.settings =
                new CheckSettings() {
                    @Override
                    public CheckRules rules(NetworkType type) {
                        return new CheckRules(CheckSchedule.defaults(), Duration.ofMinutes(10));
                    }
                };
        checker.node =
                new Node() {
                    @Override
                    public String name() {
                        return "node-1";
                    }
                };
        checker.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void an_access_token_that_only_ran_out_is_renewed_and_lives_on() {
        network.renewal =
                new Renewal.Renewed(
                        new Grant(
                                "access-NEW",
                                "refresh-NEW",
                                NOW.plusSeconds(7200),
                                null,
                                Set.of(),
                                null));
        network.second = new Verdict.Valid(null, null, Set.of());

        Verdict recorded = checker.confirm(network, TOKEN, REPORTED, ACTOR);

        assertThat(recorded).isInstanceOf(Verdict.Valid.class);
        assertThat(recorder.renewed)
                .as("the renewal is stored before the new token is used")
                .containsExactly("access-NEW");
        assertThat(network.inspected).containsExactly("access-NEW");
        assertThat(recorder.recorded).containsExactly(recorded);
        assertThat(recorder.actors).containsExactly(ACTOR);
    }

    @Test
    void a_refused_refresh_kills_with_the_finer_of_the_two_causes() {
        Verdict.Dead reported =
                new Verdict.Dead(Cause.PASSWORD_CHANGED, "401/password_changed", null);
        network.renewal =
                new Renewal.Refused(
                        new Verdict.Dead(Cause.REFRESH_FAILED, "400/invalid_grant", null));

        Verdict recorded = checker.confirm(network, TOKEN, reported, ACTOR);

        assertThat(recorded).isEqualTo(reported);
        assertThat(network.inspected).isEmpty();
        assertThat(recorder.actors).containsExactly(ACTOR);
    }

    @Test
    void a_renewed_token_the_network_still_refuses_dies_of_the_second_answer() {
        network.renewal =
                new Renewal.Renewed(
                        new Grant("access-NEW", null, NOW.plusSeconds(7200), null, Set.of(), null));
        network.second =
                new Verdict.Dead(Cause.REVOKED_BY_USER, "401/REVOKED_ACCESS_TOKEN/65601", null);

        assertThat(checker.confirm(network, TOKEN, REPORTED, ACTOR)).isEqualTo(network.second);
    }

    @Test
    void trouble_with_the_refresh_kills_nothing() {
        network.trouble = new NetworkTrouble(Kind.SERVER_ERROR, null, "503", "X answered 503");

        Verdict recorded = checker.confirm(network, TOKEN, REPORTED, ACTOR);

        assertThat(recorded)
                .isInstanceOfSatisfying(
                        Verdict.Transient.class,
                        t -> assertThat(t.kind()).isEqualTo(Kind.SERVER_ERROR));
        assertThat(recorder.recorded).containsExactly(recorded);
    }

    @Test
    void a_token_another_check_holds_is_left_to_that_check() {
        heldElsewhere = true;

        assertThat(checker.confirm(network, TOKEN, REPORTED, ACTOR)).isNull();
        assertThat(network.refreshes).isZero();
        assertThat(recorder.recorded).isEmpty();
    }

    // ---- a token Relink cannot refresh: a second look decides (issue 13) ----------------------

    static final Verdict.Dead BLOCKED =
            new Verdict.Dead(
                    Cause.SECURITY_CHECKPOINT,
                    "400/368",
                    "The action attempted has been deemed abusive or is otherwise disallowed");

    @Test
    void a_reported_death_the_network_disproves_at_once_does_not_count() {
        recorder.refreshable = false;
        network.second = new Verdict.Valid(null, null, Set.of());

        Verdict recorded = checker.confirm(network, TOKEN, BLOCKED, ACTOR);

        assertThat(recorded).isInstanceOf(Verdict.Valid.class);
        assertThat(network.inspected).containsExactly("access-OLD");
        assertThat(network.refreshes).as("nothing to refresh with").isZero();
        assertThat(recorder.recorded).containsExactly(recorded);
        assertThat(recorder.actors).containsExactly(ACTOR);
    }

    @Test
    void a_reported_death_the_network_confirms_counts_with_the_finer_cause() {
        recorder.refreshable = false;
        network.second = new Verdict.Dead(Cause.UNKNOWN, "is_valid=false", null);

        assertThat(checker.confirm(network, TOKEN, BLOCKED, ACTOR))
                .as("the network said no more than 'invalid': the report's cause is finer")
                .isEqualTo(BLOCKED);

        network.second = new Verdict.Dead(Cause.PASSWORD_CHANGED, "190/460", null);
        assertThat(checker.confirm(network, TOKEN, BLOCKED, ACTOR)).isEqualTo(network.second);
    }

    @Test
    void a_network_that_cannot_confirm_now_kills_nothing() {
        recorder.refreshable = false;
        network.inspectTrouble =
                new NetworkTrouble(Kind.SERVER_ERROR, null, "500", "Graph answered 500");

        Verdict recorded = checker.confirm(network, TOKEN, BLOCKED, ACTOR);

        assertThat(recorded).isInstanceOf(Verdict.Transient.class);
        assertThat(recorder.recorded).containsExactly(recorded);
    }

    @Test
    void a_paused_network_is_not_asked_and_kills_nothing() {
        recorder.refreshable = false;
        network.paused = NOW.plus(Duration.ofMinutes(30));
        network.second = new Verdict.Valid(null, null, Set.of());

        Verdict recorded = checker.confirm(network, TOKEN, BLOCKED, ACTOR);

        assertThat(network.inspected).isEmpty();
        assertThat(recorded)
                .isInstanceOfSatisfying(
                        Verdict.Transient.class,
                        t -> assertThat(t.retryAfter()).isEqualTo(Duration.ofMinutes(30)));
    }

    @Test
    void a_second_look_short_of_a_required_scope_is_a_withdrawn_permission() { // R11
        recorder.refreshable = false;
        network.required = Set.of("tweet.read", "tweet.write");
        network.second = new Verdict.Valid(null, null, Set.of("tweet.read"));

        Verdict recorded = checker.confirm(network, TOKEN, BLOCKED, ACTOR);

        assertThat(recorded)
                .isInstanceOfSatisfying(
                        Verdict.Dead.class,
                        d -> {
                            assertThat(d.cause()).isEqualTo(Cause.SCOPE_MISSING);
                            assertThat(d.rawCode()).isEqualTo("scope_missing:tweet.write");
                        });
    }

    /** Stores nothing; remembers what it was asked to store. */
    static class FakeRecorder extends CheckRecorder {

        final List<String> renewed = new ArrayList<>();
        final List<Verdict> recorded = new ArrayList<>();
        final List<String> actors = new ArrayList<>();
        boolean refreshable = true;

        @Override
        public List<Due> load(List<UUID> ids, String owner) {
            TokenFacts token =
                    CheckRulesTest.token(
                            TokenStatus.VALID,
                            NOW.plusSeconds(600),
                            refreshable,
                            NOW.plus(Duration.ofDays(180)),
                            null,
                            0);
            return ids.stream()
                    .map(
                            id ->
                                    new Due(
                                            id,
                                            CHANNEL,
                                            NetworkType.X,
                                            "2244994945",
                                            token,
                                            new byte[] {1},
                                            new byte[] {2}))
                    .toList();
        }

        @Override
        public boolean renew(UUID tokenId, NetworkType network, String owner, Grant grant) {
            renewed.add(grant.accessToken());
            return true;
        }

        @Override
        public boolean record(
                UUID tokenId, NetworkType network, String owner, Verdict verdict, String actor) {
            recorded.add(verdict);
            actors.add(actor);
            return true;
        }
    }

    /** Answers a refresh and a second inspection as told. */
    static class FakeNetwork implements Network {

        Renewal renewal;
        Verdict second;
        NetworkTrouble trouble;
        NetworkTrouble inspectTrouble;
        Instant paused;
        Set<String> required = Set.of();
        int refreshes;
        final List<String> inspected = new ArrayList<>();

        @Override
        public NetworkType type() {
            return NetworkType.X;
        }

        @Override
        public String unavailableReason() {
            return null;
        }

        @Override
        public Verdict inspect(Probe probe) {
            inspected.add(probe.accessToken());
            if (inspectTrouble != null) {
                throw inspectTrouble;
            }
            return second;
        }

        @Override
        public Instant pausedUntil() {
            return paused;
        }

        @Override
        public Set<String> requiredScopes() {
            return required;
        }

        @Override
        public Verdict classify(int httpStatus, String body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean refreshes() {
            return true;
        }

        @Override
        public Renewal refresh(String refreshToken) {
            refreshes++;
            if (trouble != null) {
                throw trouble;
            }
            return renewal;
        }

        @Override
        public URI authorizationUrl(AuthorizationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Grant exchange(String code, String codeVerifier, URI redirectUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Discovery discover(String accessToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void revoke(String accessToken) {
            throw new UnsupportedOperationException();
        }
    }
}
