package io.relink.networks.pinterest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Pinterest does beyond the contract: continuous refresh, comma scopes, rate-limit pauses, no
 * revocation.
 */
class PinterestNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String TOKEN = "pina_SECRET-access-0001";
    static final String REFRESH = "pinr_SECRET-refresh-0001";
    static final String BASIC =
            NetworkHttp.basic(PinterestContractTest.APP_ID, PinterestContractTest.APP_SECRET);

    WireMockServer wire;
    PinterestNetwork pinterest;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        pinterest = adapter();
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    PinterestNetwork adapter() {
        return new PinterestNetwork(
                PinterestContractTest.settings(
                        base(),
                        PinterestContractTest.APP_ID,
                        PinterestContractTest.APP_SECRET,
                        Duration.ofSeconds(5)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    // --- refreshing: continuous refresh tokens

    @Test
    void a_refresh_carries_the_renewed_refresh_token_with_its_new_60_days() {
        answer("/v5/oauth/token", 200, "token-refreshed.json");

        Renewal renewal = pinterest.refresh(REFRESH);

        assertThat(renewal)
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "pina_AMA2WHQXABEXEAQAGAAOEDVEPCEIFGABACGSPJ1TKBBY3ZWJCM6DZCM6RN4V2FJWMTNSEVMZOSMKBSYPJG4EO3KDSEBZRR2",
                                        "pinr_AQA2WHQXABEXEAQAGAAOEDVEPCEIFGABACGSPJ1TKBBY3ZWJCM6DZCM6RN4V2FJWMTNSEVMZOSMKBSYPJG4EO3KDSEBZRR2",
                                        NOW.plus(Duration.ofDays(30)),
                                        NOW.plus(Duration.ofDays(60)),
                                        Set.of(
                                                "boards:read",
                                                "boards:write",
                                                "pins:read",
                                                "pins:write",
                                                "user_accounts:read"),
                                        null)));
        assertThat(last().getHeader("Authorization")).isEqualTo(BASIC);
        assertThat(form(last()))
                .isEqualTo(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH));
        assertThat(pinterest.refreshes()).isTrue();
    }

    @Test
    void an_answer_without_a_refresh_token_keeps_the_held_one_and_its_lifetime() {
        answer("/v5/oauth/token", 200, "token-refreshed-legacy.json");

        Grant grant = ((Renewal.Renewed) pinterest.refresh(REFRESH)).grant();

        assertThat(grant.refreshToken()).isNull();
        assertThat(grant.refreshExpiresAt()).isNull();
        assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(2_592_000));
    }

    @Test
    void a_refused_refresh_is_refresh_failed() {
        answer("/v5/oauth/token", 401, "authentication-failed.json");
        assertThat(pinterest.refresh(REFRESH))
                .isEqualTo(
                        new Renewal.Refused(
                                new Verdict.Dead(
                                        Cause.REFRESH_FAILED, "401/2", "Authentication failed.")));
    }

    // --- granting

    @Test
    void the_authorization_url_names_the_scopes_comma_separated_and_no_pkce() {
        URI url =
                pinterest.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/cb"),
                                Set.of("ads:read"),
                                "st-1",
                                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

        assertThat(url.toString())
                .isEqualTo(
                        base()
                                + "oauth/?client_id=1484022&redirect_uri=https%3A%2F%2Frelink.example%2Fcb"
                                + "&response_type=code&scope=ads%3Aread%2Cboards%3Aread%2Cboards%3Awrite%2Cpins%3Aread%2Cpins%3Awrite%2Cuser_accounts%3Aread"
                                + "&state=st-1");
    }

    @Test
    void the_real_consent_page_is_pinterest_s_own() {
        PinterestNetwork real =
                new PinterestNetwork(
                        NetworkSettings.of(
                                NetworkType.PINTEREST,
                                "id",
                                "secret",
                                URI.create(PinterestNetwork.API),
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
                .startsWith("https://www.pinterest.com/oauth/?client_id=id&");
    }

    @Test
    void an_exchange_sends_the_code_with_basic_client_authentication() {
        answer("/v5/oauth/token", 200, "token.json");

        Grant grant =
                pinterest.exchange("code-1", "verifier-1", URI.create("https://relink.example/cb"));

        assertThat(grant.accessToken()).startsWith("pina_");
        assertThat(grant.refreshToken()).startsWith("pinr_");
        assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(2_592_000));
        assertThat(grant.refreshExpiresAt()).isEqualTo(Instant.ofEpochSecond(1_800_532_800L));
        assertThat(last().getHeader("Authorization")).isEqualTo(BASIC);
        assertThat(form(last()))
                .isEqualTo(
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "code-1",
                                "redirect_uri",
                                "https://relink.example/cb"));
    }

    @Test
    void a_refused_exchange_is_a_refusal() {
        answer("/v5/oauth/token", 400, "code-invalid.json");
        assertThatThrownBy(
                        () ->
                                pinterest.exchange(
                                        "code-used", "v", URI.create("https://relink.example/cb")))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.UNKNOWN,
                                                        "400/1",
                                                        "Invalid authorization code.")));
        answer("/v5/oauth/token", 401, "authentication-failed.json");
        assertThatThrownBy(
                        () ->
                                pinterest.exchange(
                                        "code-1", "v", URI.create("https://relink.example/cb")))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause()).isEqualTo(Cause.APP_PROBLEM));
    }

    @Test
    void discovery_finds_the_person_s_own_account() {
        answer("/v5/user_account", 200, "user-account.json");
        assertThat(pinterest.discover(TOKEN))
                .isEqualTo(
                        new Discovery(
                                "549755885175",
                                "Acme Pins",
                                List.of(
                                        new Discovery.Reach(
                                                "549755885175", "acmepins", "ACCOUNT"))));
        assertThat(last().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    // --- checking

    @Test
    void a_working_token_is_valid_with_no_expiry_or_scopes_since_user_account_reports_none() {
        answer("/v5/user_account", 200, "user-account.json");
        assertThat(pinterest.inspect(new Probe(TOKEN, "549755885175")))
                .isEqualTo(new Verdict.Valid(null, null, Set.of()));
    }

    @Test
    void authentication_failed_is_unknown_and_an_empty_401_too() {
        answer("/v5/user_account", 401, "authentication-failed.json");
        assertThat(pinterest.inspect(new Probe(TOKEN, null)))
                .isEqualTo(new Verdict.Dead(Cause.UNKNOWN, "401/2", "Authentication failed."));
        wire.stubFor(
                get(urlPathEqualTo("/v5/user_account")).willReturn(aResponse().withStatus(401)));
        assertThat(pinterest.inspect(new Probe(TOKEN, null)))
                .isEqualTo(new Verdict.Dead(Cause.UNKNOWN, "401", null));
    }

    @Test
    void a_bad_request_is_trouble_never_a_death() {
        answer("/v5/user_account", 400, "invalid-parameters.json");
        Throwable thrown = catchThrowable(() -> pinterest.inspect(new Probe(TOKEN, null)));
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble ->
                                assertThat(trouble.verdict())
                                        .isEqualTo(
                                                new Verdict.Transient(
                                                        Kind.MALFORMED_ANSWER, null, "400/1")));
    }

    // --- rate limits pause the network

    @Test
    void a_window_used_up_to_80_percent_pauses_pinterest_until_it_resets() {
        answer(
                "/v5/user_account",
                200,
                "user-account.json",
                "X-RateLimit-Limit",
                "1000",
                "X-RateLimit-Remaining",
                "201",
                "X-RateLimit-Reset",
                "3600");
        pinterest.inspect(new Probe(TOKEN, null));
        assertThat(pinterest.pausedUntil()).isNull();

        answer(
                "/v5/user_account",
                200,
                "user-account.json",
                "X-RateLimit-Limit",
                "1000",
                "X-RateLimit-Remaining",
                "200",
                "X-RateLimit-Reset",
                "3600");
        pinterest.inspect(new Probe(TOKEN, null));
        assertThat(pinterest.pausedUntil()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void a_429_pauses_for_its_retry_after_or_a_minute() {
        answer("/v5/user_account", 429, "authentication-failed.json", "Retry-After", "90");
        assertThat(catchThrowable(() -> pinterest.inspect(new Probe(TOKEN, null))))
                .isInstanceOf(NetworkTrouble.class);
        assertThat(pinterest.pausedUntil()).isEqualTo(NOW.plusSeconds(90));

        PinterestNetwork fresh = adapter();
        wire.stubFor(
                post(urlPathEqualTo("/v5/oauth/token")).willReturn(aResponse().withStatus(429)));
        assertThat(catchThrowable(() -> fresh.refresh(REFRESH))).isInstanceOf(NetworkTrouble.class);
        assertThat(fresh.pausedUntil()).isEqualTo(NOW.plus(PinterestNetwork.RATE_LIMIT_PAUSE));
    }

    // --- revoking, fault tolerance, secrecy

    @Test
    void revoking_is_a_no_op_since_pinterest_has_no_revocation_endpoint() {
        pinterest.revoke(TOKEN);
        wire.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void only_network_trouble_opens_the_circuit() {
        assertThat(PinterestNetwork.class.getAnnotation(CircuitBreaker.class).failOn())
                .containsExactly(NetworkTrouble.class);
    }

    @Test
    void no_exception_message_carries_a_token_or_a_secret() {
        List<Throwable> thrown = new ArrayList<>();
        answer("/v5/user_account", 400, "invalid-parameters.json");
        thrown.add(catchThrowable(() -> pinterest.inspect(new Probe(TOKEN, null))));
        answer("/v5/oauth/token", 400, "code-invalid.json");
        thrown.add(
                catchThrowable(
                        () ->
                                pinterest.exchange(
                                        "code-SECRET", "v", URI.create("https://r.example/cb"))));
        answer("/v5/user_account", 401, "authentication-failed.json");
        thrown.add(catchThrowable(() -> pinterest.discover(TOKEN)));
        wire.stubFor(
                post(urlPathEqualTo("/v5/oauth/token")).willReturn(aResponse().withStatus(503)));
        thrown.add(catchThrowable(() -> pinterest.refresh(REFRESH)));

        assertThat(thrown)
                .hasSize(4)
                .doesNotContainNull()
                .allSatisfy(
                        t ->
                                assertThat(t.getMessage())
                                        .doesNotContain("SECRET")
                                        .doesNotContain(PinterestContractTest.APP_SECRET));
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
                (path.contains("oauth") ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path)))
                        .willReturn(response));
    }

    private LoggedRequest last() {
        return wire.getAllServeEvents().get(0).getRequest(); // WireMock lists the latest first
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

    private static String read(String file) {
        try (InputStream in =
                PinterestNetworkTest.class.getResourceAsStream("/networks/pinterest/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
