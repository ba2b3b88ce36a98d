package io.relink.networks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.relink.networks.Verdict.Transient.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one contract every network adapter passes, against a WireMock stub shaped like its network
 * (answers kept as JSON under {@code src/test/resources/networks/<net>/}). A subclass says how to
 * build its adapter and registers the network-specific answers; the trouble cases (5xx, 429,
 * slowness, garbage) are the same for every network and need nothing from the subclass.
 *
 * <p>Proves rules R1–R6 for every adapter of the networks component (numbered in its package-info).
 */
public abstract class NetworkContract {

    /**
     * The fixed instant the adapters' clocks read, so that expiries in the stubs are predictable.
     */
    protected static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    protected static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    protected static final URI REDIRECT =
            URI.create("https://relink.example/api/v1/reconnect/callback");

    protected WireMockServer wire;

    @BeforeEach
    void startStub() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
    }

    @AfterEach
    void stopStub() {
        wire.stop();
    }

    /** The stub's base URL, for every URL of the network the adapter calls. */
    protected URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    /**
     * The adapter under test, configured with a client id and secret and pointed at {@link
     * #base()}.
     */
    protected abstract Network adapter(Duration timeout);

    /** The same adapter without credentials. */
    protected abstract Network unconfigured();

    /** Registers a working token's answers; returns the probe to inspect it with. */
    protected abstract Probe stubValidToken();

    /** Registers, for each cause the network's documented codes map to, a dead token's answers. */
    protected abstract Map<Cause, Probe> stubDeadTokens();

    /** Registers the code exchange (and any long-lived exchange) for {@code code}. */
    protected abstract void stubExchange(String code);

    /**
     * Registers a refresh of {@code refreshToken}; only called when the adapter {@link
     * Network#refreshes()}.
     */
    protected abstract void stubRefresh(String refreshToken);

    /** Registers the discovery answers for {@code accessToken}. */
    protected abstract void stubDiscovery(String accessToken);

    /**
     * The network's table of errors as a downstream product meets them (answers kept under {@code
     * networks/<net>/}), and what each must say about the token: {@link Network#classify}.
     */
    protected abstract List<Reported> reportedErrors();

    /**
     * One row of a network's table of reported errors.
     *
     * @param resource the body, under {@code networks/}; null for an empty body
     * @param status the HTTP status it came with
     * @param cause the cause of a death; null when the error kills nothing
     * @param trouble the kind of a transient verdict; null when the error is no trouble
     * @param rawCode the raw code a death or trouble keeps, or null to leave it unchecked
     */
    protected record Reported(
            String resource, int status, Cause cause, Kind trouble, String rawCode) {

        /** The error kills the token, for {@code cause}. */
        public static Reported dead(String resource, int status, Cause cause, String rawCode) {
            return new Reported(resource, status, cause, null, rawCode);
        }

        /**
         * The error says the network is limited, down or answered nonsense: transient, nothing
         * dies.
         */
        public static Reported trouble(String resource, int status, Kind kind) {
            return new Reported(resource, status, null, kind, null);
        }

        /** The error is about the product's call, not the token: no verdict. */
        public static Reported ignored(String resource, int status) {
            return new Reported(resource, status, null, null, null);
        }

        @Override
        public String toString() {
            String expected =
                    cause != null
                            ? "dead " + cause
                            : trouble != null ? "transient " + trouble : "nothing about the token";
            return status
                    + " "
                    + (resource == null ? "(empty body)" : resource)
                    + " -> "
                    + expected;
        }
    }

    /** Reads a JSON answer kept under {@code src/test/resources/networks/<net>/}. */
    protected String json(String resource) {
        try (var in = getClass().getResourceAsStream("/networks/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("No test resource networks/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    // ---- the contract ----

    @Test
    void a_working_token_is_valid() {
        Verdict verdict = adapter(Duration.ofSeconds(5)).inspect(stubValidToken());
        assertThat(verdict).isInstanceOf(Verdict.Valid.class);
    }

    @Test
    void every_documented_code_is_classified_and_its_raw_code_kept() {
        Map<Cause, Probe> dead = stubDeadTokens();
        assertThat(dead).isNotEmpty();
        Network network = adapter(Duration.ofSeconds(5));
        dead.forEach(
                (cause, probe) -> {
                    Verdict verdict = network.inspect(probe);
                    assertThat(verdict).as(cause.name()).isInstanceOf(Verdict.Dead.class);
                    assertThat(((Verdict.Dead) verdict).cause()).isEqualTo(cause);
                    assertThat(((Verdict.Dead) verdict).rawCode())
                            .as(cause + ": raw code for support")
                            .isNotBlank();
                });
    }

    @Test
    void a_server_error_is_trouble_never_a_verdict() {
        wire.stubFor(
                any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(503).withBody("{}")));
        assertTrouble(Kind.SERVER_ERROR, null);
    }

    @Test
    void a_rate_limit_is_trouble_with_the_networks_retry_after() {
        wire.stubFor(
                any(anyUrl())
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(429)
                                        .withHeader("Retry-After", "17")
                                        .withBody("{}")));
        assertTrouble(Kind.RATE_LIMITED, Duration.ofSeconds(17));
    }

    @Test
    void an_answer_that_is_not_the_documented_json_is_trouble() {
        wire.stubFor(
                any(anyUrl())
                        .atPriority(1)
                        .willReturn(
                                aResponse().withStatus(200).withBody("<html>maintenance</html>")));
        assertTrouble(Kind.MALFORMED_ANSWER, null);
    }

    @Test
    void a_slow_network_is_a_timeout() {
        wire.stubFor(
                any(anyUrl())
                        .atPriority(1)
                        .willReturn(
                                aResponse().withStatus(200).withFixedDelay(1500).withBody("{}")));
        Probe probe = stubValidToken();
        assertThatThrownBy(() -> adapter(Duration.ofMillis(300)).inspect(probe))
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble -> assertThat(trouble.verdict().kind()).isEqualTo(Kind.TIMEOUT));
    }

    @Test
    void the_authorization_url_carries_client_redirect_state_and_scopes() {
        URI url =
                adapter(Duration.ofSeconds(5))
                        .authorizationUrl(
                                new AuthorizationRequest(
                                        REDIRECT, Set.of(), "state-123", "challenge-abc"));
        String query = url.getRawQuery();
        assertThat(url.getScheme()).isIn("https", "http");
        assertThat(query)
                .contains("state=state-123")
                .contains(
                        "redirect_uri="
                                + java.net.URLEncoder.encode(
                                        REDIRECT.toString(), StandardCharsets.UTF_8));
    }

    /**
     * Every adapter names the scopes its tokens must keep, and asks for each on the consent page
     * (as the connect flow asks: with them in the request), so that the shared comparison of
     * granted scopes ({@link GrantedScopes}, checks R11) has something to compare.
     */
    @Test
    void every_adapter_requires_scopes_and_asks_for_each_of_them() {
        Network adapter = adapter(Duration.ofSeconds(5));
        Set<String> required = adapter.requiredScopes();
        String query =
                java.net.URLDecoder.decode(
                        adapter.authorizationUrl(
                                        new AuthorizationRequest(
                                                REDIRECT, required, "state-123", "challenge-abc"))
                                .getRawQuery(),
                        StandardCharsets.UTF_8);

        assertThat(required).isNotEmpty().doesNotContain("openid", "email", "profile");
        required.forEach(
                scope ->
                        assertThat(query).as("the consent page asks for " + scope).contains(scope));
    }

    @Test
    void a_code_exchange_gives_a_grant() {
        stubExchange("code-123");
        Grant grant = adapter(Duration.ofSeconds(5)).exchange("code-123", "verifier-abc", REDIRECT);
        assertThat(grant.accessToken()).isNotBlank();
        assertThat(grant.toString()).doesNotContain(grant.accessToken());
    }

    @Test
    void a_refresh_renews_the_grant_where_the_network_has_refresh_tokens() {
        Network network = adapter(Duration.ofSeconds(5));
        if (!network.refreshes()) {
            assertThatThrownBy(() -> network.refresh("none"))
                    .isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        stubRefresh("refresh-123");
        Renewal renewal = network.refresh("refresh-123");
        assertThat(renewal).isInstanceOf(Renewal.Renewed.class);
        assertThat(((Renewal.Renewed) renewal).grant().accessToken()).isNotBlank();
    }

    @Test
    void discovery_names_the_person_and_the_channels_they_reach() {
        stubDiscovery("access-123");
        Discovery discovery = adapter(Duration.ofSeconds(5)).discover("access-123");
        assertThat(discovery.externalUserId()).isNotBlank();
        assertThat(discovery.channels())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.externalId()).isNotBlank());
    }

    @Test
    void without_credentials_the_network_says_it_is_not_configured() {
        assertThat(unconfigured().unavailableReason()).contains("client-id");
        assertThat(adapter(Duration.ofSeconds(5)).unavailableReason()).isNull();
    }

    /**
     * Callbacks come from anybody on the internet: one without the network's signature is never
     * believed (an IllegalArgumentException, a 400) whatever its kind, a kind the network does not
     * send is unsupported (a 404), and reading one asks the network nothing.
     */
    @Test
    void an_unsigned_callback_of_any_kind_is_never_believed() {
        Network network = adapter(Duration.ofSeconds(5));
        for (String kind :
                new String[] {"deauthorize", Callback.DATA_DELETION, "events", "no-such-kind"}) {
            Callback unsigned =
                    new Callback(
                            kind,
                            Map.of("content-type", "application/x-www-form-urlencoded"),
                            "signed_request=x.y",
                            Map.of("signed_request", "x.y"));
            assertThatThrownBy(() -> network.callback(unsigned))
                    .as(kind)
                    .isInstanceOfAny(
                            IllegalArgumentException.class, UnsupportedOperationException.class);
        }
        assertThatThrownBy(
                        () ->
                                network.callback(
                                        new Callback("no-such-kind", Map.of(), "", Map.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @TestFactory
    Stream<DynamicTest> a_reported_error_is_read_by_the_networks_own_rules() {
        Network network = adapter(Duration.ofSeconds(5));
        List<Reported> table = reportedErrors();
        assertThat(table).as("a table of reported errors").isNotEmpty();
        return table.stream()
                .map(
                        row ->
                                DynamicTest.dynamicTest(
                                        row.toString(),
                                        () -> {
                                            Verdict verdict =
                                                    network.classify(
                                                            row.status(),
                                                            row.resource() == null
                                                                    ? ""
                                                                    : json(row.resource()));
                                            if (row.cause() != null) {
                                                assertThat(verdict)
                                                        .isInstanceOfSatisfying(
                                                                Verdict.Dead.class,
                                                                dead -> {
                                                                    assertThat(dead.cause())
                                                                            .isEqualTo(row.cause());
                                                                    if (row.rawCode() != null) {
                                                                        assertThat(dead.rawCode())
                                                                                .isEqualTo(
                                                                                        row
                                                                                                .rawCode());
                                                                    }
                                                                });
                                            } else if (row.trouble() != null) {
                                                assertThat(verdict)
                                                        .isInstanceOfSatisfying(
                                                                Verdict.Transient.class,
                                                                trouble ->
                                                                        assertThat(trouble.kind())
                                                                                .isEqualTo(
                                                                                        row
                                                                                                .trouble()));
                                            } else {
                                                assertThat(verdict).isNull();
                                            }
                                        }));
    }

    @Test
    void a_reported_success_says_nothing_about_the_token() {
        Network network = adapter(Duration.ofSeconds(5));
        assertThat(network.classify(200, "{}")).isNull();
        assertThat(network.classify(204, "")).isNull();
        assertThat(network.classify(302, "")).isNull();
    }

    @Test
    void a_reported_outage_rate_limit_or_timeout_is_trouble() {
        Network network = adapter(Duration.ofSeconds(5));
        Map<Integer, Kind> troubles =
                Map.of(
                        500,
                        Kind.SERVER_ERROR,
                        502,
                        Kind.SERVER_ERROR,
                        503,
                        Kind.SERVER_ERROR,
                        504,
                        Kind.TIMEOUT,
                        408,
                        Kind.TIMEOUT,
                        429,
                        Kind.RATE_LIMITED);
        troubles.forEach(
                (status, kind) ->
                        assertThat(network.classify(status, "{}"))
                                .as(String.valueOf(status))
                                .isEqualTo(
                                        new Verdict.Transient(kind, null, String.valueOf(status))));
    }

    @Test
    void a_reported_body_that_is_not_the_networks_json_is_trouble() {
        Network network = adapter(Duration.ofSeconds(5));
        for (int status : new int[] {400, 401, 403}) {
            assertThat(network.classify(status, "<html>oops</html>"))
                    .as(String.valueOf(status))
                    .isInstanceOfSatisfying(
                            Verdict.Transient.class,
                            trouble -> assertThat(trouble.kind()).isEqualTo(Kind.MALFORMED_ANSWER));
        }
    }

    /**
     * Pure: a report is read, never sent on, and a reported rate limit does not pause Relink's own
     * checks.
     */
    @Test
    void a_reported_error_calls_nothing_and_pauses_nothing() {
        Network network = adapter(Duration.ofSeconds(5));
        reportedErrors()
                .forEach(
                        row ->
                                network.classify(
                                        row.status(),
                                        row.resource() == null ? "" : json(row.resource())));
        network.classify(429, "{}");
        assertThat(network.pausedUntil()).isNull();
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    private void assertTrouble(Kind kind, Duration retryAfter) {
        Probe probe = stubValidToken();
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(5)).inspect(probe))
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble -> {
                            assertThat(trouble.verdict().kind()).isEqualTo(kind);
                            if (retryAfter != null) {
                                assertThat(trouble.verdict().retryAfter()).isEqualTo(retryAfter);
                            }
                            assertThat(trouble.getMessage()).doesNotContain(probe.accessToken());
                        });
    }
}
