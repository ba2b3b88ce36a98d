package io.relink.networks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SANDBOX adapter over real HTTP against a stub shaped like the sandbox's contract. */
class SandboxNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String TOKEN = "sbx_at_SECRET-access-0001";
    static final String REFRESH = "sbx_rt_SECRET-refresh-0001";
    static final String CLIENT_SECRET = "sandbox-demo-secret";
    static final String BASIC = NetworkHttp.basic("relink-sandbox", CLIENT_SECRET);

    final SandboxStub stub = new SandboxStub();
    final SandboxNetwork sandbox = adapter(Duration.ofSeconds(5));

    @AfterEach
    void close() {
        stub.close();
    }

    SandboxNetwork adapter(Duration timeout) {
        return new SandboxNetwork(
                stub.base(),
                "relink-sandbox",
                CLIENT_SECRET,
                timeout,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    // --- inspecting

    @Test
    void an_active_token_is_valid_until_exp_with_its_scopes() {
        stub.answer("oauth/introspect", 200, "introspect-active.json");

        Verdict verdict = sandbox.inspect(new Probe(TOKEN, "sbx-page-1"));

        assertThat(verdict)
                .isEqualTo(
                        new Verdict.Valid(
                                Instant.ofEpochSecond(1767225600),
                                null,
                                Set.of("read", "publish")));
        SandboxStub.Seen seen = stub.last();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.path()).isEqualTo("/sandbox/oauth/introspect");
        assertThat(seen.authorization()).isEqualTo(BASIC);
        assertThat(seen.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(seen.form()).isEqualTo(Map.of("token", TOKEN, "page", "sbx-page-1"));
    }

    @Test
    void a_probe_without_a_channel_sends_no_page() {
        stub.answer("oauth/introspect", 200, "introspect-active.json");
        sandbox.inspect(new Probe(TOKEN, null));
        assertThat(stub.last().form()).isEqualTo(Map.of("token", TOKEN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "token_expired,    LIFESPAN_ENDED",
        "password_changed, PASSWORD_CHANGED",
        "app_revoked,      REVOKED_BY_USER",
        "checkpoint,       SECURITY_CHECKPOINT",
        "account_disabled, ACCOUNT_UNAVAILABLE",
        "not_page_admin,   ADMIN_ROLE_LOST",
        "scope_missing,    SCOPE_MISSING",
        "invalid_token,    UNKNOWN",
    })
    void each_error_code_of_an_introspection_is_a_dead_token_with_its_cause_and_raw_code(
            String code, Cause cause) {
        stub.answer("oauth/introspect", 200, "introspect-" + code + ".json");

        Verdict verdict = sandbox.inspect(new Probe(TOKEN, "sbx-page-1"));

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Dead.class,
                        dead -> {
                            assertThat(dead.cause()).isEqualTo(cause);
                            assertThat(dead.rawCode()).isEqualTo("200/" + code);
                            assertThat(dead.rawMessage()).isNotBlank();
                        });
    }

    @Test
    void a_refused_client_is_an_app_problem() {
        stub.answer("oauth/introspect", 401, "invalid-client.json");
        assertThat(sandbox.inspect(new Probe(TOKEN, null)))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.APP_PROBLEM,
                                "401/invalid_client",
                                "Unknown client or wrong secret."));
    }

    @Test
    void a_batch_gives_each_probe_its_own_verdict_and_an_items_trouble_stays_with_that_item() {
        stub.answer("oauth/introspect/batch", 200, "introspect-batch-mixed.json");

        List<Verdict> verdicts =
                sandbox.inspectAll(
                        List.of(
                                new Probe(TOKEN + "-a", "sbx-page-1"),
                                new Probe(TOKEN + "-b", "sbx-page-2"),
                                new Probe(TOKEN + "-c", null)));

        assertThat(verdicts)
                .containsExactly(
                        new Verdict.Valid(Instant.ofEpochSecond(1767225600), null, Set.of("read")),
                        new Verdict.Dead(
                                Cause.SECURITY_CHECKPOINT,
                                "200/checkpoint",
                                "The account is held at a security checkpoint."),
                        new Verdict.Transient(Kind.SERVER_ERROR, null, "503"));
        SandboxStub.Seen seen = stub.last();
        assertThat(seen.path()).isEqualTo("/sandbox/oauth/introspect/batch");
        assertThat(seen.authorization()).isEqualTo(BASIC);
        assertThat(seen.contentType()).isEqualTo("application/json");
        assertThat(json(seen.body()))
                .isEqualTo(
                        json(
                                """
                {"items":[{"token":"%1$s-a","page":"sbx-page-1"},{"token":"%1$s-b","page":"sbx-page-2"},{"token":"%1$s-c"}]}
                """
                                        .formatted(TOKEN)));
    }

    @Test
    void
            a_rate_limited_item_keeps_its_retry_after_and_an_item_that_is_not_an_answer_is_malformed_alone() {
        stub.answer("oauth/introspect/batch", 200, "introspect-batch-odd.json");

        List<Verdict> verdicts =
                sandbox.inspectAll(
                        List.of(
                                new Probe(TOKEN, null),
                                new Probe(TOKEN, null),
                                new Probe(TOKEN, null)));

        assertThat(verdicts)
                .containsExactly(
                        new Verdict.Transient(Kind.RATE_LIMITED, Duration.ofSeconds(30), "429"),
                        new Verdict.Transient(Kind.MALFORMED_ANSWER, null, "item"),
                        new Verdict.Transient(Kind.MALFORMED_ANSWER, null, "item"));
    }

    @Test
    void a_batch_answer_with_another_number_of_items_is_malformed() {
        stub.answer("oauth/introspect/batch", 200, "introspect-batch-mixed.json");
        assertTrouble(
                () -> sandbox.inspectAll(List.of(new Probe(TOKEN, null))),
                Kind.MALFORMED_ANSWER,
                null,
                "200");
    }

    @Test
    void a_batch_holds_at_most_the_batch_limit_and_an_empty_one_asks_nothing() {
        assertThat(sandbox.batchLimit()).isEqualTo(50);
        assertThatThrownBy(
                        () -> sandbox.inspectAll(Collections.nCopies(51, new Probe(TOKEN, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sandbox.inspectAll(List.of())).isEmpty();
        assertThat(stub.seen()).isEmpty();
    }

    // --- transient trouble is thrown

    @Test
    void a_server_error_is_thrown_as_server_error_trouble() {
        stub.answer("oauth/introspect", 503, "temporarily-unavailable.json");
        assertTrouble(
                () -> sandbox.inspect(new Probe(TOKEN, null)), Kind.SERVER_ERROR, null, "503");
        stub.answer("oauth/introspect/batch", 503, "temporarily-unavailable.json");
        assertTrouble(
                () -> sandbox.inspectAll(List.of(new Probe(TOKEN, null))),
                Kind.SERVER_ERROR,
                null,
                "503");
    }

    @Test
    void a_rate_limit_is_thrown_with_the_networks_retry_after() {
        stub.answer("oauth/introspect", 429, "rate-limited.json", "Retry-After", "17");
        assertTrouble(
                () -> sandbox.inspect(new Probe(TOKEN, null)),
                Kind.RATE_LIMITED,
                Duration.ofSeconds(17),
                "429");
    }

    @Test
    void a_gateway_timeout_is_a_timeout() {
        stub.answer("oauth/token", 504, null);
        assertTrouble(() -> sandbox.refresh(REFRESH), Kind.TIMEOUT, null, "504");
    }

    @Test
    void a_body_that_is_not_json_is_a_malformed_answer() {
        stub.answer("oauth/introspect", 200, "garbage.html");
        assertTrouble(
                () -> sandbox.inspect(new Probe(TOKEN, null)), Kind.MALFORMED_ANSWER, null, "200");
        stub.answer("oauth/token", 200, "me.json"); // JSON, but not a token answer
        assertTrouble(() -> sandbox.refresh(REFRESH), Kind.MALFORMED_ANSWER, null, "200");
    }

    @Test
    void a_network_slower_than_the_timeout_is_a_timeout() {
        stub.slow("oauth/introspect", Duration.ofSeconds(3));
        SandboxNetwork impatient = adapter(Duration.ofMillis(300));

        long started = System.nanoTime();
        assertTrouble(
                () -> impatient.inspect(new Probe(TOKEN, null)), Kind.TIMEOUT, null, "timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_network_nobody_answers_at_is_unavailable() {
        stub.close();
        assertThat(catchTrouble(() -> sandbox.inspect(new Probe(TOKEN, null))).verdict().kind())
                .isEqualTo(Kind.NETWORK_UNAVAILABLE);
    }

    // --- refreshing

    @Test
    void a_refresh_renews_with_the_rotated_refresh_token_and_both_lifetimes_from_now() {
        stub.answer("oauth/token", 200, "token.json");

        Renewal renewal = sandbox.refresh(REFRESH);

        assertThat(renewal)
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "sbx_at_SECRET-access-0002",
                                        "sbx_rt_SECRET-refresh-0002",
                                        NOW.plusSeconds(3600),
                                        NOW.plusSeconds(5_184_000),
                                        Set.of("read", "publish"),
                                        "ana")));
        assertThat(stub.last().path()).isEqualTo("/sandbox/oauth/token");
        assertThat(stub.last().authorization()).isEqualTo(BASIC);
        assertThat(stub.last().form())
                .isEqualTo(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH));
        assertThat(sandbox.refreshes()).isTrue();
    }

    @ParameterizedTest(name = "invalid_grant/{0} -> {1}")
    @CsvSource({
        "password_changed, PASSWORD_CHANGED",
        "invalid_token, REFRESH_FAILED",
        "token_expired, LIFESPAN_ENDED"
    })
    void a_refused_refresh_is_a_dead_verdict_with_the_finer_reason(String reason, Cause cause) {
        stub.answer("oauth/token", 400, "token-" + reason + ".json");

        Renewal renewal = sandbox.refresh(REFRESH);

        assertThat(renewal)
                .isInstanceOfSatisfying(
                        Renewal.Refused.class,
                        refused -> {
                            assertThat(refused.verdict().cause()).isEqualTo(cause);
                            assertThat(refused.verdict().rawCode())
                                    .isEqualTo("400/invalid_grant/" + reason);
                        });
    }

    // --- granting

    @Test
    void the_authorization_url_carries_every_parameter_encoded() {
        URI url =
                sandbox.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/callbacks/sandbox?w=1&x=a%20b"),
                                Set.of("publish", "read"),
                                "st/ate+1=",
                                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

        assertThat(url.toString())
                .isEqualTo(
                        stub.base()
                                + "/oauth/authorize?response_type=code&client_id=relink-sandbox"
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fcallbacks%2Fsandbox%3Fw%3D1%26x%3Da%2520b"
                                + "&scope=publish%20read&state=st%2Fate%2B1%3D"
                                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
        assertThat(url.getQuery())
                .contains(
                        "redirect_uri=https://relink.example/callbacks/sandbox?w=1&x=a%20b&scope=publish read&state=st/ate+1=&");
    }

    @Test
    void without_a_challenge_the_authorization_url_asks_for_no_pkce() {
        URI url =
                sandbox.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/cb"),
                                Set.of("read"),
                                "s",
                                null));
        assertThat(url.getRawQuery())
                .isEqualTo(
                        "response_type=code&client_id=relink-sandbox&redirect_uri=https%3A%2F%2Frelink.example%2Fcb"
                                + "&scope=read&state=s");
    }

    @Test
    void an_exchange_trades_the_code_and_its_verifier_for_a_grant() {
        stub.answer("oauth/token", 200, "token.json");

        Grant grant =
                sandbox.exchange(
                        "sbx_code_1",
                        "verifier-1",
                        URI.create("https://relink.example/callbacks/sandbox"));

        assertThat(grant.accessToken()).isEqualTo("sbx_at_SECRET-access-0002");
        assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(stub.last().authorization()).isEqualTo(BASIC);
        assertThat(stub.last().form())
                .isEqualTo(
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "sbx_code_1",
                                "redirect_uri",
                                "https://relink.example/callbacks/sandbox",
                                "code_verifier",
                                "verifier-1"));
    }

    @Test
    void a_refused_exchange_is_thrown_as_a_refusal() {
        stub.answer("oauth/token", 400, "code-invalid_grant.json");
        assertThatThrownBy(
                        () ->
                                sandbox.exchange(
                                        "sbx_code_used",
                                        "v",
                                        URI.create("https://relink.example/cb")))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.UNKNOWN,
                                                        "400/invalid_grant",
                                                        "The code is unknown, used or expired.")));
    }

    @Test
    void discovery_names_the_person_and_the_pages_they_administer() {
        stub.answer("api/me", 200, "me.json").answer("api/me/pages", 200, "me-pages.json");

        Discovery discovery = sandbox.discover(TOKEN);

        assertThat(discovery)
                .isEqualTo(
                        new Discovery(
                                "ana",
                                "Ana Sandbox",
                                List.of(
                                        new Discovery.Reach(
                                                "sbx-page-1", "Acme Sandbox Page", "PAGE"),
                                        new Discovery.Reach(
                                                "sbx-page-2", "Acme Sandbox Outlet", "PAGE"))));
        assertThat(stub.seen())
                .extracting(
                        SandboxStub.Seen::method,
                        SandboxStub.Seen::path,
                        SandboxStub.Seen::authorization)
                .containsExactly(
                        tuple("GET", "/sandbox/api/me", "Bearer " + TOKEN),
                        tuple("GET", "/sandbox/api/me/pages", "Bearer " + TOKEN));
    }

    @Test
    void a_discovery_with_a_dead_token_is_thrown_as_a_refusal_with_its_cause() {
        stub.answer("api/me", 401, "api-password_changed.json");
        assertThatThrownBy(() -> sandbox.discover(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.PASSWORD_CHANGED,
                                                        "401/password_changed",
                                                        "The user changed their password.")));
    }

    // --- revoking

    @Test
    void revoking_sends_the_token_as_the_client() {
        stub.answer("oauth/revoke", 200, null);
        sandbox.revoke(TOKEN);
        assertThat(stub.last().path()).isEqualTo("/sandbox/oauth/revoke");
        assertThat(stub.last().authorization()).isEqualTo(BASIC);
        assertThat(stub.last().form()).isEqualTo(Map.of("token", TOKEN));
    }

    @Test
    void revoking_a_token_that_is_already_gone_is_done() {
        stub.answer("oauth/revoke", 400, "revoke-invalid_token.json");
        sandbox.revoke(TOKEN);
        stub.answer("oauth/revoke", 401, "invalid-client.json");
        assertThatThrownBy(() -> sandbox.revoke(TOKEN)).isInstanceOf(NetworkRefusal.class);
    }

    // --- availability, fault tolerance, secrecy

    @Test
    void the_sandbox_is_unavailable_when_switched_off_or_without_a_client() {
        assertThat(sandbox.unavailableReason()).isNull();
        assertThat(new SandboxNetwork().unavailableReason())
                .isEqualTo("switched off: relink.sandbox.enabled=false");
        Clock clock = Clock.systemUTC();
        assertThat(
                        new SandboxNetwork(
                                        stub.base(),
                                        " ",
                                        CLIENT_SECRET,
                                        Duration.ofSeconds(1),
                                        clock)
                                .unavailableReason())
                .contains("client-id");
        assertThat(
                        new SandboxNetwork(
                                        stub.base(),
                                        "relink-sandbox",
                                        "",
                                        Duration.ofSeconds(1),
                                        clock)
                                .unavailableReason())
                .contains("client-secret");
    }

    @Test
    void only_network_trouble_opens_the_circuit() {
        assertThat(SandboxNetwork.class.getAnnotation(CircuitBreaker.class).failOn())
                .containsExactly(NetworkTrouble.class);
    }

    @Test
    void no_exception_message_or_string_carries_a_token_or_the_client_secret() {
        List<Throwable> thrown = new ArrayList<>();
        stub.answer("oauth/introspect", 503, "temporarily-unavailable.json")
                .answer("oauth/introspect/batch", 200, "garbage.html")
                .answer("oauth/token", 429, "rate-limited.json", "Retry-After", "5")
                .answer("api/me", 401, "api-password_changed.json")
                .answer("oauth/revoke", 401, "invalid-client.json");
        thrown.add(catchThrowable(() -> sandbox.inspect(new Probe(TOKEN, "sbx-page-1"))));
        thrown.add(catchThrowable(() -> sandbox.inspectAll(List.of(new Probe(TOKEN, null)))));
        thrown.add(catchThrowable(() -> sandbox.refresh(REFRESH)));
        thrown.add(
                catchThrowable(
                        () ->
                                sandbox.exchange(
                                        REFRESH,
                                        REFRESH,
                                        URI.create("https://relink.example/cb"))));
        thrown.add(catchThrowable(() -> sandbox.discover(TOKEN)));
        thrown.add(catchThrowable(() -> sandbox.revoke(TOKEN)));
        stub.slow("oauth/introspect", Duration.ofSeconds(3));
        thrown.add(
                catchThrowable(
                        () -> adapter(Duration.ofMillis(200)).inspect(new Probe(TOKEN, null))));
        stub.close();
        thrown.add(catchThrowable(() -> sandbox.inspect(new Probe(TOKEN, null))));

        assertThat(thrown).doesNotContainNull().hasSize(8);
        List<String> texts = new ArrayList<>();
        for (Throwable each : thrown) {
            for (Throwable t = each; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
        }
        texts.add(sandbox.toString());
        texts.add(
                new Renewal.Renewed(new Grant(TOKEN, REFRESH, NOW, NOW, Set.of("read"), "ana"))
                        .toString());
        texts.add(new Probe(TOKEN, "sbx-page-1").toString());
        assertThat(texts)
                .allSatisfy(
                        text ->
                                assertThat(text)
                                        .doesNotContain(
                                                "SECRET", CLIENT_SECRET, BASIC.substring(6)));
    }

    static void assertTrouble(Runnable call, Kind kind, Duration retryAfter, String rawCode) {
        assertThat(catchTrouble(call).verdict())
                .isEqualTo(new Verdict.Transient(kind, retryAfter, rawCode));
    }

    static NetworkTrouble catchTrouble(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(NetworkTrouble.class);
        return (NetworkTrouble) thrown;
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
