package io.relink.networks.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Revocation;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.meta.GraphCauses;
import io.relink.networks.meta.LongLivedTokens;
import io.relink.networks.meta.SignedRequestsForTests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is particular to Instagram: the two ways in, long-lived tokens that refresh themselves, "too
 * early", the Page link.
 */
class InstagramNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String APP_SECRET = "ig-app-secret-SECRET";
    static final String TOKEN = "IGAA-SECRET-long-lived";
    static final URI REDIRECT = URI.create("https://relink.example/api/v1/reconnect/callback");

    WireMockServer wire;
    InstagramNetwork instagram;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        instagram = adapter(Map.of());
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    InstagramNetwork adapter(Map<String, String> extra) {
        Map<String, String> settings =
                new HashMap<>(
                        Map.of(
                                "auth-url",
                                base() + "oauth/authorize",
                                "token-url",
                                base() + "oauth/access_token"));
        settings.putAll(extra);
        return new InstagramNetwork(
                NetworkSettings.of(
                        NetworkType.INSTAGRAM,
                        "1234567890123456",
                        APP_SECRET,
                        base(),
                        Duration.ofSeconds(5),
                        settings),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    // --- Instagram Login

    @Test
    void the_code_becomes_a_sixty_day_token_that_is_its_own_refresh_token() {
        wire.stubFor(
                post(urlPathEqualTo("/oauth/access_token"))
                        .willReturn(okJson(json("token-short.json"))));
        wire.stubFor(
                get(urlPathEqualTo("/access_token")).willReturn(okJson(json("token-long.json"))));

        Grant grant = instagram.exchange("code-1", "ignored-verifier", REDIRECT);

        assertThat(grant)
                .isEqualTo(
                        new Grant(
                                TOKEN,
                                TOKEN,
                                NOW.plusSeconds(5183944),
                                NOW.plusSeconds(5183944),
                                Set.of(
                                        "instagram_business_basic",
                                        "instagram_business_content_publish",
                                        "instagram_business_manage_comments"),
                                "26740000000000001"));
        LoggedRequest code =
                wire.findAll(
                                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                        urlPathEqualTo("/oauth/access_token")))
                        .get(0);
        assertThat(form(code.getBodyAsString()))
                .isEqualTo(
                        Map.of(
                                "client_id",
                                "1234567890123456",
                                "client_secret",
                                APP_SECRET,
                                "grant_type",
                                "authorization_code",
                                "redirect_uri",
                                REDIRECT.toString(),
                                "code",
                                "code-1"));
        LoggedRequest longLived =
                wire.findAll(getRequestedFor(urlPathEqualTo("/access_token"))).get(0);
        assertThat(longLived.queryParameter("grant_type").firstValue())
                .isEqualTo("ig_exchange_token");
        assertThat(longLived.queryParameter("client_secret").firstValue()).isEqualTo(APP_SECRET);
        assertThat(longLived.queryParameter("access_token").firstValue())
                .isEqualTo("IGAA-SECRET-short-lived");
    }

    @Test
    void a_refused_code_in_instagrams_flat_error_shape_is_a_refusal() {
        wire.stubFor(
                post(urlPathEqualTo("/oauth/access_token"))
                        .willReturn(okJson(json("code-invalid.json")).withStatus(400)));
        assertThatThrownBy(() -> instagram.exchange("used", null, REDIRECT))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.UNKNOWN,
                                                        "400",
                                                        "Invalid authorization code")));
    }

    @Test
    void a_refresh_gives_sixty_days_from_now_and_the_new_token_replaces_both() {
        refreshAnswers(200, "token-refreshed.json");
        assertThat(instagram.refreshes()).isTrue();

        assertThat(instagram.refresh(TOKEN))
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "IGAA-SECRET-refreshed",
                                        "IGAA-SECRET-refreshed",
                                        NOW.plusSeconds(5184000),
                                        NOW.plusSeconds(5184000),
                                        Set.of(),
                                        null)));
        LoggedRequest refresh =
                wire.findAll(getRequestedFor(urlPathEqualTo("/refresh_access_token"))).get(0);
        assertThat(refresh.queryParameter("grant_type").firstValue()).isEqualTo("ig_refresh_token");
        assertThat(refresh.queryParameter("access_token").firstValue()).isEqualTo(TOKEN);
    }

    @Test
    void a_refresh_refused_for_a_definitive_reason_is_refused_with_it() {
        refreshAnswers(400, "error-190-460.json");
        assertThat(instagram.refresh(TOKEN))
                .isInstanceOfSatisfying(
                        Renewal.Refused.class,
                        refused ->
                                assertThat(refused.verdict().cause())
                                        .isEqualTo(Cause.PASSWORD_CHANGED));
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo("/me")))).isEmpty();
    }

    @Test
    void a_refresh_too_early_for_a_token_that_still_works_is_no_death_but_trouble_to_retry() {
        refreshAnswers(400, "error-refresh-too-early.json");
        wire.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson(json("me.json"))));

        Throwable thrown = catchThrowable(() -> instagram.refresh(TOKEN));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble ->
                                assertThat(trouble.verdict())
                                        .isEqualTo(
                                                new Verdict.Transient(
                                                        Kind.RATE_LIMITED,
                                                        LongLivedTokens.TOO_EARLY_WAIT,
                                                        "refresh-too-early")));
        assertThat(instagram.pausedUntil())
                .as("one young token does not pause the network")
                .isNull();
    }

    @Test
    void
            an_unexplained_refusal_of_a_token_that_no_longer_works_either_is_a_failed_refresh_or_its_finer_cause() {
        refreshAnswers(400, "error-190.json");
        wire.stubFor(
                get(urlPathEqualTo("/me"))
                        .willReturn(okJson(json("error-190.json")).withStatus(400)));
        assertThat(instagram.refresh(TOKEN))
                .isEqualTo(
                        new Renewal.Refused(
                                new Verdict.Dead(
                                        Cause.REFRESH_FAILED,
                                        "190",
                                        "Invalid OAuth access token - Cannot parse access token")));

        wire.stubFor(
                get(urlPathEqualTo("/me"))
                        .willReturn(okJson(json("error-190-463.json")).withStatus(400)));
        assertThat(instagram.refresh(TOKEN))
                .isInstanceOfSatisfying(
                        Renewal.Refused.class,
                        refused ->
                                assertThat(refused.verdict().cause())
                                        .isEqualTo(Cause.LIFESPAN_ENDED));
    }

    @Test
    void the_business_use_case_limit_is_trouble_and_pauses_the_network() {
        wire.stubFor(
                get(urlPathEqualTo("/me"))
                        .willReturn(okJson(json("error-80002.json")).withStatus(400)));
        Throwable thrown = catchThrowable(() -> instagram.inspect(new Probe(TOKEN, null)));
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble ->
                                assertThat(trouble.verdict())
                                        .isEqualTo(
                                                new Verdict.Transient(
                                                        Kind.RATE_LIMITED,
                                                        GraphCauses.RATE_LIMIT_PAUSE,
                                                        "80002")));
        assertThat(instagram.pausedUntil()).isEqualTo(NOW.plus(GraphCauses.RATE_LIMIT_PAUSE));
    }

    @Test
    void the_consent_page_is_instagrams_with_the_business_scopes_and_no_pkce() {
        URI url =
                instagram.authorizationUrl(
                        new AuthorizationRequest(REDIRECT, Set.of(), "st-1", "challenge"));
        assertThat(url.toString())
                .isEqualTo(
                        base()
                                + "oauth/authorize?client_id=1234567890123456"
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fapi%2Fv1%2Freconnect%2Fcallback&response_type=code"
                                + "&scope=instagram_business_basic%2Cinstagram_business_content_publish%2Cinstagram_business_manage_comments"
                                + "%2Cinstagram_business_manage_insights&state=st-1");
    }

    @Test
    void discovery_names_the_person_and_their_professional_account() {
        wire.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson(json("me-profile.json"))));
        assertThat(instagram.discover(TOKEN))
                .isEqualTo(
                        new Discovery(
                                "26740000000000001",
                                "Acme Coffee",
                                List.of(
                                        new Discovery.Reach(
                                                "17841400000000001",
                                                "@acmecoffee",
                                                "BUSINESS_ACCOUNT"))));
    }

    @Test
    void revoking_asks_nothing_since_instagram_login_has_no_revocation() {
        instagram.revoke(TOKEN);
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_genuine_deauthorize_callback_is_read_and_a_forged_one_refused() {
        String genuine =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("26740000000000001", NOW), APP_SECRET);
        assertThat(
                        instagram
                                .callback(SignedRequestsForTests.deauthorize(genuine))
                                .revocation()
                                .externalUserId())
                .isEqualTo("26740000000000001");
        String forged =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("26740000000000001", NOW), "other");
        assertThatThrownBy(() -> instagram.callback(SignedRequestsForTests.deauthorize(forged)))
                .isInstanceOf(IllegalArgumentException.class);
        String stale =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW.minus(Duration.ofHours(1))),
                        APP_SECRET);
        assertThatThrownBy(() -> instagram.callback(SignedRequestsForTests.deauthorize(stale)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_genuine_data_deletion_request_asks_for_erasure_and_a_forged_or_stale_one_is_refused() {
        String genuine =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("26740000000000001", NOW), APP_SECRET);
        Revocation deletion =
                instagram.callback(SignedRequestsForTests.dataDeletion(genuine)).revocation();
        assertThat(deletion.externalUserId()).isEqualTo("26740000000000001");
        assertThat(deletion.erasure()).isTrue();
        assertThat(deletion.cause()).isEqualTo(Cause.REVOKED_BY_USER);
        String forged =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("26740000000000001", NOW), "other");
        assertThatThrownBy(() -> instagram.callback(SignedRequestsForTests.dataDeletion(forged)))
                .isInstanceOf(IllegalArgumentException.class);
        String stale =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW.minus(Duration.ofHours(1))),
                        APP_SECRET);
        assertThatThrownBy(() -> instagram.callback(SignedRequestsForTests.dataDeletion(stale)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instagram.callback(SignedRequestsForTests.dataDeletion("x.y")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unknown_way_in_makes_the_network_unavailable_and_says_which_values_exist() {
        assertThat(adapter(Map.of("login", "tiktok")).unavailableReason())
                .contains("relink.network.instagram.login", "instagram or facebook");
        assertThat(adapter(Map.of("login", "Facebook")).unavailableReason()).isNull();
        assertThat(instagram.unavailableReason()).isNull();
    }

    // --- Facebook Login

    @Test
    void through_facebook_login_the_account_must_still_be_linked_to_a_page_the_person_manages() {
        InstagramNetwork viaFacebook = adapter(Map.of("login", "facebook"));
        wire.stubFor(
                get(urlPathEqualTo("/debug_token"))
                        .willReturn(okJson(json("fb-debug-valid.json"))));
        wire.stubFor(
                get(urlPathEqualTo("/me/accounts"))
                        .willReturn(okJson(json("fb-accounts-linked.json"))));

        assertThat(viaFacebook.inspect(new Probe("EAAB", "17841400000000001")))
                .isEqualTo(
                        new Verdict.Valid(
                                Instant.ofEpochSecond(1799668800),
                                Instant.ofEpochSecond(1802260800),
                                Set.of(
                                        "instagram_basic",
                                        "instagram_content_publish",
                                        "pages_show_list",
                                        "pages_read_engagement")));
        assertThat(viaFacebook.inspect(new Probe("EAAB", "17841400000000099")))
                .isEqualTo(InstagramCauses.businessAccountGone("17841400000000099"));
        assertThat(
                        wire.findAll(getRequestedFor(urlPathEqualTo("/me/accounts")))
                                .get(0)
                                .queryParameter("fields")
                                .firstValue())
                .isEqualTo("instagram_business_account");
    }

    @Test
    void through_facebook_login_a_dead_token_needs_no_page_lookup() {
        InstagramNetwork viaFacebook = adapter(Map.of("login", "facebook"));
        wire.stubFor(
                get(urlPathEqualTo("/debug_token")).willReturn(okJson(json("fb-debug-460.json"))));
        assertThat(
                        ((Verdict.Dead) viaFacebook.inspect(new Probe("EAAB", "17841400000000001")))
                                .cause())
                .isEqualTo(Cause.PASSWORD_CHANGED);
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo("/me/accounts")))).isEmpty();
    }

    @Test
    void
            through_facebook_login_discovery_lists_the_accounts_linked_to_the_persons_pages_and_nothing_refreshes() {
        InstagramNetwork viaFacebook = adapter(Map.of("login", "facebook"));
        wire.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson(json("fb-me.json"))));
        wire.stubFor(
                get(urlPathEqualTo("/me/accounts"))
                        .willReturn(okJson(json("fb-accounts-linked.json"))));

        assertThat(viaFacebook.discover("EAAB"))
                .isEqualTo(
                        new Discovery(
                                "10158000000000001",
                                "Jane Doe",
                                List.of(
                                        new Discovery.Reach(
                                                "17841400000000001",
                                                "@acmecoffee",
                                                "BUSINESS_ACCOUNT"))));
        assertThat(viaFacebook.refreshes()).isFalse();
        assertThatThrownBy(() -> viaFacebook.refresh("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(
                        viaFacebook
                                .authorizationUrl(
                                        new AuthorizationRequest(REDIRECT, Set.of(), "s", null))
                                .getQuery())
                .contains(
                        "scope=business_management,instagram_basic,instagram_content_publish,instagram_manage_comments,"
                                + "instagram_manage_insights,pages_read_engagement,pages_show_list&");
    }

    private void refreshAnswers(int status, String file) {
        wire.stubFor(
                get(urlPathEqualTo("/refresh_access_token"))
                        .willReturn(okJson(json(file)).withStatus(status)));
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    static String json(String file) {
        try (var in =
                InstagramNetworkTest.class.getResourceAsStream("/networks/instagram/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
