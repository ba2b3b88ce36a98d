package io.relink.networks.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What X does beyond the contract: rotation, PKCE, rate-limit pauses, OAuth 1.0a checks,
 * revocation.
 */
class XNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String TOKEN = "x-access-SECRET-0001";
    static final String REFRESH = "x-refresh-SECRET-0001";
    static final String BASIC =
            NetworkHttp.basic(XContractTest.CLIENT_ID, XContractTest.CLIENT_SECRET);

    WireMockServer wire;
    XNetwork x;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        x =
                adapter(
                        Map.of(
                                "consumer-key",
                                "consumer-key-1",
                                "consumer-secret",
                                "consumer-secret-1"));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    XNetwork adapter(Map<String, String> extra) {
        Map<String, String> keys = new LinkedHashMap<>(extra);
        keys.put("auth-url", base() + "i/oauth2/authorize");
        return new XNetwork(
                NetworkSettings.of(
                        NetworkType.X,
                        XContractTest.CLIENT_ID,
                        XContractTest.CLIENT_SECRET,
                        base(),
                        Duration.ofSeconds(5),
                        keys),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    // --- refreshing: single-use, rotating

    @Test
    void a_refresh_carries_the_rotated_refresh_token_and_the_two_hour_access_token() {
        answer("/2/oauth2/token", 200, "token.json");

        Renewal renewal = x.refresh(REFRESH);

        assertThat(renewal)
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "bWRWa3gzdnk3WHRGU1o0bmRRcTJ5VUxWX1lZTDdJSUtmaWcxbTVxdEFXcW5tOjE2MjIxNDc3NDM5MTQ6MToxOmF0OjE",
                                        "Y0xwVzZ0aEZ1ZkZ5QXNMaHlfTUZ4RFJxN2tRb3VjY0tSN3VyR0ZmVFBrM3N0OjE2MjIxNDc3NDM5MTQ6MToxOnJ0OjE",
                                        NOW.plusSeconds(7200),
                                        null,
                                        Set.of(
                                                "tweet.read",
                                                "tweet.write",
                                                "users.read",
                                                "offline.access",
                                                "media.write"),
                                        null)));
        LoggedRequest sent = last();
        assertThat(sent.getHeader("Authorization")).isEqualTo(BASIC);
        assertThat(form(sent))
                .isEqualTo(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH));
        assertThat(x.refreshes()).isTrue();
    }

    @Test
    void a_spent_refresh_token_is_refused_as_refresh_failed() {
        answer("/2/oauth2/token", 400, "token-spent.json");
        assertThat(x.refresh(REFRESH))
                .isEqualTo(
                        new Renewal.Refused(
                                new Verdict.Dead(
                                        Cause.REFRESH_FAILED,
                                        "400/invalid_request",
                                        "Value passed for the token was invalid.")));
    }

    @Test
    void a_refused_client_at_refresh_is_an_app_problem() {
        answer("/2/oauth2/token", 401, "token-unauthorized-client.json");
        assertThat(x.refresh(REFRESH))
                .isEqualTo(
                        new Renewal.Refused(
                                new Verdict.Dead(
                                        Cause.APP_PROBLEM,
                                        "401/unauthorized_client",
                                        "Missing valid authorization header")));
    }

    // --- granting

    @Test
    void the_authorization_url_asks_for_pkce_s256_and_a_refresh_token() {
        URI url =
                x.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/cb"),
                                Set.of("like.read"),
                                "st-1",
                                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

        assertThat(url.toString())
                .isEqualTo(
                        base()
                                + "i/oauth2/authorize?response_type=code&client_id="
                                + XContractTest.CLIENT_ID
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fcb"
                                + "&scope=like.read%20media.write%20offline.access%20tweet.read%20tweet.write%20users.read&state=st-1"
                                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
    }

    @Test
    void without_a_code_challenge_there_is_no_authorization_url_since_x_requires_pkce() {
        assertThatThrownBy(
                        () ->
                                x.authorizationUrl(
                                        new AuthorizationRequest(
                                                URI.create("https://relink.example/cb"),
                                                Set.of(),
                                                "s",
                                                null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PKCE");
    }

    @Test
    void the_real_consent_page_is_x_s_own() {
        XNetwork real =
                new XNetwork(
                        NetworkSettings.of(
                                NetworkType.X,
                                "id",
                                "secret",
                                URI.create(XNetwork.API),
                                Duration.ofSeconds(1),
                                Map.of()),
                        Clock.systemUTC());
        assertThat(
                        real.authorizationUrl(
                                        new AuthorizationRequest(
                                                URI.create("https://r.example/cb"),
                                                Set.of(),
                                                "s",
                                                "c"))
                                .toString())
                .startsWith("https://x.com/i/oauth2/authorize?");
    }

    @Test
    void an_exchange_sends_the_code_and_its_verifier_as_a_confidential_client() {
        answer("/2/oauth2/token", 200, "token.json");

        Grant grant = x.exchange("code-1", "verifier-1", URI.create("https://relink.example/cb"));

        assertThat(grant.refreshToken()).startsWith("Y0xwVzZ0");
        assertThat(last().getHeader("Authorization")).isEqualTo(BASIC);
        assertThat(form(last()))
                .isEqualTo(
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "code-1",
                                "redirect_uri",
                                "https://relink.example/cb",
                                "code_verifier",
                                "verifier-1"));
    }

    @Test
    void a_reused_code_is_a_refusal() {
        answer("/2/oauth2/token", 400, "token-code-invalid.json");
        assertThatThrownBy(
                        () -> x.exchange("code-used", "v", URI.create("https://relink.example/cb")))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.UNKNOWN,
                                                        "400/invalid_request",
                                                        "Value passed for the authorization code was invalid.")));
    }

    @Test
    void discovery_finds_the_person_s_own_account() {
        answer("/2/users/me", 200, "users-me.json");
        assertThat(x.discover(TOKEN))
                .isEqualTo(
                        new Discovery(
                                "2244994945",
                                "Developers",
                                List.of(
                                        new Discovery.Reach(
                                                "2244994945", "@XDevelopers", "ACCOUNT"))));
        assertThat(last().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void a_discovery_with_a_dead_token_is_a_refusal_with_its_cause() {
        answer("/2/users/me", 403, "error-64.json");
        assertThatThrownBy(() -> x.discover(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause())
                                        .isEqualTo(Cause.ACCOUNT_UNAVAILABLE));
    }

    // --- checking

    @Test
    void a_working_token_is_valid_with_no_expiry_or_scopes_since_users_me_reports_none() {
        answer("/2/users/me", 200, "users-me.json");
        assertThat(x.inspect(new Probe(TOKEN, "2244994945")))
                .isEqualTo(new Verdict.Valid(null, null, Set.of()));
        wire.verify(getRequestedFor(urlPathEqualTo("/2/users/me")));
    }

    @Test
    void an_unauthorized_answer_is_dead_unknown_even_with_an_empty_body() {
        answer("/2/users/me", 401, "unauthorized.json");
        assertThat(x.inspect(new Probe(TOKEN, null)))
                .isEqualTo(new Verdict.Dead(Cause.UNKNOWN, "401", "Unauthorized"));
        wire.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(401)));
        assertThat(x.inspect(new Probe(TOKEN, null)))
                .isEqualTo(new Verdict.Dead(Cause.UNKNOWN, "401", null));
    }

    @Test
    void each_documented_code_of_a_check_is_classified() {
        Map<String, Cause> expected =
                Map.of(
                        "error-89.json",
                        Cause.UNKNOWN,
                        "error-32.json",
                        Cause.UNKNOWN,
                        "error-215.json",
                        Cause.UNKNOWN,
                        "error-64.json",
                        Cause.ACCOUNT_UNAVAILABLE,
                        "error-326.json",
                        Cause.SECURITY_CHECKPOINT,
                        "error-416.json",
                        Cause.APP_PROBLEM,
                        "forbidden.json",
                        Cause.UNKNOWN);
        expected.forEach(
                (file, cause) -> {
                    answer("/2/users/me", file.equals("error-89.json") ? 401 : 403, file);
                    assertThat(((Verdict.Dead) x.inspect(new Probe(TOKEN, null))).cause())
                            .as(file)
                            .isEqualTo(cause);
                });
    }

    @Test
    void a_rate_limit_code_or_a_clock_out_of_bounds_is_trouble_never_a_death() {
        answer("/2/users/me", 400, "error-88.json");
        assertThat(trouble(() -> x.inspect(new Probe(TOKEN, null))).verdict())
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, null, "400/88"));
        answer("/2/users/me", 401, "error-135.json");
        assertThat(trouble(() -> x.inspect(new Probe(TOKEN, null))).verdict().kind())
                .isEqualTo(Kind.NETWORK_UNAVAILABLE);
        answer("/2/users/me", 400, "invalid-request.json");
        assertThat(trouble(() -> x.inspect(new Probe(TOKEN, null))).verdict().kind())
                .isEqualTo(Kind.MALFORMED_ANSWER);
    }

    // --- rate limits pause the network

    @Test
    void a_window_used_up_to_80_percent_pauses_x_until_it_resets() {
        long reset = NOW.plusSeconds(600).getEpochSecond();
        answer(
                "/2/users/me",
                200,
                "users-me.json",
                "x-rate-limit-limit",
                "75",
                "x-rate-limit-remaining",
                "16",
                "x-rate-limit-reset",
                Long.toString(reset));
        x.inspect(new Probe(TOKEN, null));
        assertThat(x.pausedUntil()).isNull();

        answer(
                "/2/users/me",
                200,
                "users-me.json",
                "x-rate-limit-limit",
                "75",
                "x-rate-limit-remaining",
                "15",
                "x-rate-limit-reset",
                Long.toString(reset));
        x.inspect(new Probe(TOKEN, null));
        assertThat(x.pausedUntil()).isEqualTo(Instant.ofEpochSecond(reset));
    }

    @Test
    void a_429_pauses_until_the_reset_it_names_or_a_whole_window() {
        long reset = NOW.plusSeconds(300).getEpochSecond();
        answer(
                "/2/users/me",
                429,
                "error-88.json",
                "x-rate-limit-limit",
                "75",
                "x-rate-limit-remaining",
                "0",
                "x-rate-limit-reset",
                Long.toString(reset));
        assertThat(trouble(() -> x.inspect(new Probe(TOKEN, null))).verdict().kind())
                .isEqualTo(Kind.RATE_LIMITED);
        assertThat(x.pausedUntil()).isEqualTo(Instant.ofEpochSecond(reset));

        XNetwork fresh = adapter(Map.of());
        answer("/2/oauth2/token", 429, "error-88.json");
        trouble(() -> fresh.refresh(REFRESH));
        assertThat(fresh.pausedUntil()).isEqualTo(NOW.plus(XNetwork.RATE_LIMIT_PAUSE));

        XNetwork told = adapter(Map.of());
        answer("/2/users/me", 429, "error-88.json", "Retry-After", "42");
        trouble(() -> told.inspect(new Probe(TOKEN, null)));
        assertThat(told.pausedUntil()).isEqualTo(NOW.plusSeconds(42));
    }

    @Test
    void a_pause_that_has_passed_is_none() {
        answer(
                "/2/users/me",
                200,
                "users-me.json",
                "x-rate-limit-limit",
                "75",
                "x-rate-limit-remaining",
                "0",
                "x-rate-limit-reset",
                Long.toString(NOW.getEpochSecond()));
        x.inspect(new Probe(TOKEN, null));
        assertThat(x.pausedUntil()).isNull();
    }

    // --- OAuth 1.0a

    @Test
    void an_oauth1_token_is_checked_with_a_signed_request() {
        answer("/2/users/me", 200, "users-me.json");
        XOAuth1.Credentials pair =
                new XOAuth1.Credentials(
                        "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "token-secret-1");

        assertThat(x.inspect(new Probe(XOAuth1.encode(pair), "370773112")))
                .isInstanceOf(Verdict.Valid.class);

        String header = last().getHeader("Authorization");
        Map<String, String> oauth = oauthParameters(header);
        assertThat(oauth)
                .containsEntry("oauth_consumer_key", "consumer-key-1")
                .containsEntry("oauth_token", pair.token())
                .containsEntry("oauth_signature_method", "HMAC-SHA1")
                .containsEntry("oauth_version", "1.0")
                .containsEntry("oauth_timestamp", Long.toString(NOW.getEpochSecond()));
        assertThat(oauth.get("oauth_nonce")).matches("[0-9a-f]{32}");
        // The header is what the signer gives for X's URL, this nonce and time: the secrets signed
        // it.
        assertThat(header)
                .isEqualTo(
                        XOAuth1.authorization(
                                "GET",
                                base().resolve("2/users/me"),
                                Map.of(),
                                "consumer-key-1",
                                "consumer-secret-1",
                                pair,
                                oauth.get("oauth_nonce"),
                                NOW.getEpochSecond()));
        assertThat(header).doesNotContain("token-secret-1").doesNotContain("consumer-secret-1");
    }

    @Test
    void
            an_oauth1_token_without_the_app_s_consumer_key_cannot_be_checked_and_says_which_keys_are_missing() {
        XNetwork without = adapter(Map.of());
        assertThatThrownBy(() -> without.inspect(new Probe("oauth1:tok-1:sec-1", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("relink.network.x.consumer-key")
                .hasMessageNotContaining("sec-1");
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    // --- revoking

    @Test
    void revoking_posts_the_token_as_the_client_and_a_token_already_gone_is_done() {
        answer("/2/oauth2/revoke", 200, "revoked.json");
        x.revoke(TOKEN);
        assertThat(last().getHeader("Authorization")).isEqualTo(BASIC);
        assertThat(form(last()))
                .isEqualTo(Map.of("token", TOKEN, "token_type_hint", "access_token"));

        answer("/2/oauth2/revoke", 400, "token-spent.json");
        x.revoke(TOKEN);

        answer("/2/oauth2/revoke", 401, "token-unauthorized-client.json");
        assertThatThrownBy(() -> x.revoke(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause()).isEqualTo(Cause.APP_PROBLEM));
    }

    @Test
    void an_oauth1_token_is_not_revoked_through_the_oauth2_endpoint() {
        x.revoke("oauth1:tok-1:sec-1");
        wire.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- fault tolerance and secrecy

    @Test
    void only_network_trouble_opens_the_circuit() {
        assertThat(XNetwork.class.getAnnotation(CircuitBreaker.class).failOn())
                .containsExactly(NetworkTrouble.class);
    }

    @Test
    void no_exception_message_carries_a_token_or_a_secret() {
        List<Throwable> thrown = new ArrayList<>();
        answer("/2/users/me", 401, "error-135.json");
        thrown.add(catchThrowable(() -> x.inspect(new Probe(TOKEN, null))));
        answer("/2/oauth2/token", 400, "token-code-invalid.json");
        thrown.add(
                catchThrowable(
                        () ->
                                x.exchange(
                                        "code-SECRET",
                                        "verifier-SECRET",
                                        URI.create("https://r.example/cb"))));
        answer("/2/oauth2/revoke", 401, "token-unauthorized-client.json");
        thrown.add(catchThrowable(() -> x.revoke(TOKEN)));
        wire.stubFor(
                post(urlPathEqualTo("/2/oauth2/token")).willReturn(aResponse().withStatus(503)));
        thrown.add(catchThrowable(() -> x.refresh(REFRESH)));

        assertThat(thrown)
                .hasSize(4)
                .doesNotContainNull()
                .allSatisfy(
                        t ->
                                assertThat(t.getMessage())
                                        .doesNotContain("SECRET")
                                        .doesNotContain(XContractTest.CLIENT_SECRET)
                                        .doesNotContain("consumer-secret-1"));
    }

    // --- helpers

    private void answer(String path, int status, String file, String... headers) {
        var response =
                aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(read(file));
        for (int i = 0; i < headers.length; i += 2) {
            response = response.withHeader(headers[i], headers[i + 1]);
        }
        wire.stubFor(
                (path.contains("oauth2") ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path)))
                        .willReturn(response));
    }

    private LoggedRequest last() {
        return wire.getAllServeEvents().get(0).getRequest(); // WireMock lists the latest first
    }

    private static NetworkTrouble trouble(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(NetworkTrouble.class);
        return (NetworkTrouble) thrown;
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] nameValue = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static Map<String, String> oauthParameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher pair = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(header);
        while (pair.find()) {
            parameters.put(pair.group(1), URLDecoder.decode(pair.group(2), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String read(String file) {
        try (InputStream in = XNetworkTest.class.getResourceAsStream("/networks/x/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
