package io.relink.networks.threads;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Revocation;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.meta.LongLivedTokens;
import io.relink.networks.meta.SignedRequestsForTests;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is particular to Threads: th_ long-lived tokens that refresh themselves, /me checks, the
 * deauthorize callback.
 */
class ThreadsNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String APP_SECRET = "th-app-secret-SECRET";
    static final String TOKEN = "THAA-SECRET-long-lived";
    static final URI REDIRECT = URI.create("https://relink.example/api/v1/reconnect/callback");

    WireMockServer wire;
    ThreadsNetwork threads;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        threads =
                new ThreadsNetwork(
                        NetworkSettings.of(
                                NetworkType.THREADS,
                                "9876543210987654",
                                APP_SECRET,
                                base(),
                                Duration.ofSeconds(5),
                                Map.of(
                                        "auth-url",
                                        base() + "oauth/authorize",
                                        "token-url",
                                        base() + "oauth/access_token")),
                        Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    @Test
    void
            the_code_becomes_a_sixty_day_token_through_th_exchange_token_and_a_numeric_user_id_is_read() {
        wire.stubFor(
                post(urlPathEqualTo("/oauth/access_token"))
                        .willReturn(okJson(json("token-short.json"))));
        wire.stubFor(
                get(urlPathEqualTo("/access_token")).willReturn(okJson(json("token-long.json"))));

        Grant grant = threads.exchange("code-1", null, REDIRECT);

        assertThat(grant)
                .isEqualTo(
                        new Grant(
                                TOKEN,
                                TOKEN,
                                NOW.plusSeconds(5183944),
                                NOW.plusSeconds(5183944),
                                Set.of(),
                                "25874000000000001"));
        assertThat(
                        wire.findAll(postRequestedFor(urlPathEqualTo("/oauth/access_token")))
                                .get(0)
                                .getBodyAsString())
                .contains(
                        "grant_type=authorization_code",
                        "code=code-1",
                        "client_id=9876543210987654");
        LoggedRequest longLived =
                wire.findAll(getRequestedFor(urlPathEqualTo("/access_token"))).get(0);
        assertThat(longLived.queryParameter("grant_type").firstValue())
                .isEqualTo("th_exchange_token");
        assertThat(longLived.queryParameter("access_token").firstValue())
                .isEqualTo("THAA-SECRET-short-lived");
    }

    @Test
    void a_refused_code_is_a_refusal() {
        wire.stubFor(
                post(urlPathEqualTo("/oauth/access_token"))
                        .willReturn(okJson(json("code-invalid.json")).withStatus(400)));
        assertThatThrownBy(() -> threads.exchange("bad", null, REDIRECT))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal -> assertThat(refusal.verdict().rawCode()).isEqualTo("100/36008"));
    }

    @Test
    void a_refresh_uses_th_refresh_token_and_gives_sixty_days_from_now() {
        wire.stubFor(
                get(urlPathEqualTo("/refresh_access_token"))
                        .willReturn(okJson(json("token-refreshed.json"))));
        assertThat(threads.refresh(TOKEN))
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "THAA-SECRET-refreshed",
                                        "THAA-SECRET-refreshed",
                                        NOW.plusSeconds(5184000),
                                        NOW.plusSeconds(5184000),
                                        Set.of(),
                                        null)));
        assertThat(
                        wire.findAll(getRequestedFor(urlPathEqualTo("/refresh_access_token")))
                                .get(0)
                                .queryParameter("grant_type")
                                .firstValue())
                .isEqualTo("th_refresh_token");
    }

    @Test
    void a_refresh_too_early_for_a_working_token_is_retried_later_and_a_lapsed_one_is_refused() {
        wire.stubFor(
                get(urlPathEqualTo("/refresh_access_token"))
                        .willReturn(okJson(json("error-190.json")).withStatus(400)));
        wire.stubFor(get(urlPathEqualTo("/v1.0/me")).willReturn(okJson(json("me.json"))));
        assertThat(catchThrowable(() -> threads.refresh(TOKEN)))
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble ->
                                assertThat(trouble.verdict())
                                        .isEqualTo(
                                                new Verdict.Transient(
                                                        Kind.RATE_LIMITED,
                                                        LongLivedTokens.TOO_EARLY_WAIT,
                                                        "refresh-too-early")));

        wire.stubFor(
                get(urlPathEqualTo("/refresh_access_token"))
                        .willReturn(okJson(json("error-190-463.json")).withStatus(400)));
        assertThat(threads.refresh(TOKEN))
                .isInstanceOfSatisfying(
                        Renewal.Refused.class,
                        refused ->
                                assertThat(refused.verdict().cause())
                                        .isEqualTo(Cause.LIFESPAN_ENDED));
    }

    @Test
    void a_rate_limit_code_is_trouble_and_pauses_the_network() {
        wire.stubFor(
                get(urlPathEqualTo("/v1.0/me"))
                        .willReturn(okJson(json("error-4.json")).withStatus(400)));
        assertThat(catchThrowable(() -> threads.inspect(new Probe(TOKEN, null))))
                .isInstanceOf(NetworkTrouble.class);
        assertThat(threads.pausedUntil()).isAfter(NOW);
    }

    @Test
    void the_consent_page_asks_for_the_threads_scopes() {
        URI url =
                threads.authorizationUrl(
                        new AuthorizationRequest(REDIRECT, Set.of(), "st-1", "challenge"));
        assertThat(url.toString())
                .isEqualTo(
                        base()
                                + "oauth/authorize?client_id=9876543210987654"
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fapi%2Fv1%2Freconnect%2Fcallback"
                                + "&scope=threads_basic%2Cthreads_content_publish%2Cthreads_manage_insights%2Cthreads_manage_replies%2Cthreads_read_replies"
                                + "&response_type=code&state=st-1");
    }

    @Test
    void discovery_names_the_profile_as_its_one_channel() {
        wire.stubFor(get(urlPathEqualTo("/v1.0/me")).willReturn(okJson(json("me-profile.json"))));
        assertThat(threads.discover(TOKEN))
                .isEqualTo(
                        new Discovery(
                                "25874000000000001",
                                "Acme Coffee",
                                List.of(
                                        new Discovery.Reach(
                                                "25874000000000001", "@acmecoffee", "PROFILE"))));
        assertThat(threads.batchLimit()).isEqualTo(1);
    }

    @Test
    void revoking_asks_nothing() {
        threads.revoke(TOKEN);
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void the_deauthorize_callback_is_verified_with_the_threads_app_secret() {
        String genuine =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("25874000000000001", NOW.minusSeconds(5)),
                        APP_SECRET);
        assertThat(threads.callback(SignedRequestsForTests.deauthorize(genuine)).revocation())
                .isEqualTo(
                        new Revocation(
                                "25874000000000001",
                                Cause.REVOKED_BY_USER,
                                "deauthorize-callback",
                                "The person removed Relink's app in their Threads settings."));
        String forged =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("25874000000000001", NOW), "fb-app-secret");
        assertThatThrownBy(() -> threads.callback(SignedRequestsForTests.deauthorize(forged)))
                .isInstanceOf(IllegalArgumentException.class);
        String stale =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW.minus(Duration.ofMinutes(30))),
                        APP_SECRET);
        assertThatThrownBy(() -> threads.callback(SignedRequestsForTests.deauthorize(stale)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> threads.callback(SignedRequestsForTests.deauthorize("%%%.###")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_delete_callback_is_verified_with_the_threads_app_secret_and_asks_for_erasure() {
        String genuine =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("25874000000000001", NOW.minusSeconds(5)),
                        APP_SECRET);
        assertThat(threads.callback(SignedRequestsForTests.dataDeletion(genuine)).revocation())
                .isEqualTo(
                        new Revocation(
                                "25874000000000001",
                                Cause.REVOKED_BY_USER,
                                "data-deletion-callback",
                                "The person asked for their data to be deleted in their Threads settings.",
                                true));
        String forged =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("25874000000000001", NOW), "fb-app-secret");
        assertThatThrownBy(() -> threads.callback(SignedRequestsForTests.dataDeletion(forged)))
                .isInstanceOf(IllegalArgumentException.class);
        String stale =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW.minus(Duration.ofMinutes(30))),
                        APP_SECRET);
        assertThatThrownBy(() -> threads.callback(SignedRequestsForTests.dataDeletion(stale)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> threads.callback(SignedRequestsForTests.dataDeletion("%%%.###")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String json(String file) {
        try (var in = ThreadsNetworkTest.class.getResourceAsStream("/networks/threads/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
