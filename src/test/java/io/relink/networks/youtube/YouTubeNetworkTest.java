package io.relink.networks.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.relink.networks.youtube.YouTubeStubs.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Callback;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YouTube's and Google's own rules, over real HTTP against stubs shaped like them. */
class YouTubeNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TOKEN = "ya29.SECRET-access-0001";
    static final String REFRESH = "1//0gSECRET-refresh-0001";
    static final Set<String> SCOPES =
            Set.of(
                    "openid",
                    "https://www.googleapis.com/auth/userinfo.email",
                    "https://www.googleapis.com/auth/userinfo.profile",
                    "https://www.googleapis.com/auth/youtube.readonly",
                    "https://www.googleapis.com/auth/youtube.upload");
    static final Verdict VALID = new Verdict.Valid(NOW.plusSeconds(3599), null, SCOPES);

    WireMockServer wire;
    YouTubeStubs stubs;
    YouTubeNetwork youtube;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        stubs = new YouTubeStubs(wire);
        youtube = stubs.adapter(Duration.ofSeconds(5), CLOCK);
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    // --- inspecting: tokeninfo (no quota), then one unit of YouTube

    @Test
    void a_working_token_is_valid_until_tokeninfos_exp_with_its_scopes() {
        stubs.tokenInfo(TOKEN, 200, "tokeninfo.json")
                .channels(TOKEN, "id", 200, "channels-id.json");

        assertThat(youtube.inspect(new Probe(TOKEN, CHANNEL))).isEqualTo(VALID);

        assertThat(
                        only(getRequestedFor(urlPathEqualTo("/tokeninfo")))
                                .queryParameter("access_token")
                                .firstValue())
                .isEqualTo(TOKEN);
        LoggedRequest channels = only(getRequestedFor(urlPathEqualTo("/youtube/v3/channels")));
        assertThat(channels.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(channels.queryParameter("part").firstValue())
                .isEqualTo("id"); // 1 unit, the cheapest part
        assertThat(channels.queryParameter("mine").firstValue()).isEqualTo("true");
    }

    @Test
    void a_token_without_a_known_channel_is_still_asked_whether_it_may_read_youtube() {
        stubs.tokenInfo(TOKEN, 200, "tokeninfo.json")
                .channels(TOKEN, "id", 200, "channels-none.json");
        assertThat(youtube.inspect(new Probe(TOKEN, null))).isEqualTo(VALID);
        stubs.channels(TOKEN, "id", 403, "api-insufficient_permissions.json");
        assertThat(youtube.inspect(new Probe(TOKEN, null)))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.SCOPE_MISSING,
                                "403/insufficientPermissions",
                                "Request had insufficient authentication scopes."));
    }

    @Test
    void a_channel_the_grant_no_longer_reaches_is_lost() {
        stubs.tokenInfo(TOKEN, 200, "tokeninfo.json")
                .channels(TOKEN, "id", 200, "channels-none.json");
        assertThat(youtube.inspect(new Probe(TOKEN, CHANNEL)))
                .isInstanceOfSatisfying(
                        Verdict.Dead.class,
                        dead -> {
                            assertThat(dead.cause()).isEqualTo(Cause.ADMIN_ROLE_LOST);
                            assertThat(dead.rawCode()).isEqualTo("200/channel-not-listed");
                        });
    }

    @Test
    void a_dead_access_token_is_unknown_so_that_the_refresh_decides() {
        stubs.tokenInfo(TOKEN, 400, "tokeninfo-invalid_token.json");
        assertThat(youtube.inspect(new Probe(TOKEN, CHANNEL)))
                .isEqualTo(new Verdict.Dead(Cause.UNKNOWN, "400/invalid_token", "Invalid Value"));
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo("/youtube/v3/channels"))))
                .isEmpty(); // no unit spent on it

        stubs.tokenInfo(TOKEN, 200, "tokeninfo.json")
                .channels(TOKEN, "id", 401, "api-auth_error.json");
        assertThat(youtube.inspect(new Probe(TOKEN, CHANNEL)))
                .extracting(v -> ((Verdict.Dead) v).rawCode())
                .isEqualTo("401/authError");
    }

    @Test
    void a_token_of_another_client_or_an_api_switched_off_is_relinks_own_problem() {
        stubs.tokenInfo(TOKEN, 200, "tokeninfo-other_client.json");
        assertThat(youtube.inspect(new Probe(TOKEN, CHANNEL)))
                .extracting(v -> ((Verdict.Dead) v).cause())
                .isEqualTo(Cause.APP_PROBLEM);
        stubs.tokenInfo(TOKEN, 200, "tokeninfo.json")
                .channels(TOKEN, "id", 403, "api-access_not_configured.json");
        assertThat(youtube.inspect(new Probe(TOKEN, CHANNEL)))
                .extracting(v -> ((Verdict.Dead) v).rawCode())
                .isEqualTo("403/accessNotConfigured");
    }

    // --- the daily quota

    @Test
    void a_spent_quota_pauses_youtube_until_midnight_pacific_and_says_why() {
        assertThat(youtube.pausedUntil()).isNull();
        stubs.tokenInfo(TOKEN, 200, "tokeninfo.json")
                .channels(TOKEN, "id", 403, "api-quota_exceeded.json");

        NetworkTrouble trouble =
                (NetworkTrouble) catchThrowable(() -> youtube.inspect(new Probe(TOKEN, CHANNEL)));

        assertThat(trouble.verdict())
                .isEqualTo(
                        new Verdict.Transient(
                                Kind.RATE_LIMITED, Duration.ofHours(20), "403/quotaExceeded"));
        assertThat(trouble.getMessage())
                .contains("daily quota")
                .contains("midnight Pacific time")
                .contains("2026-11-23T08:00:00Z");
        assertThat(youtube.pausedUntil()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(
                        new YouTubeNetwork(stubs.settings(Duration.ofSeconds(5), Map.of()), CLOCK)
                                .pausedUntil())
                .isNull();
    }

    @Test
    void a_rate_limit_is_only_transient_and_pauses_nothing() {
        stubs.tokenInfo(TOKEN, 200, "tokeninfo.json")
                .channels(TOKEN, "id", 403, "api-rate_limit_exceeded.json");
        NetworkTrouble trouble =
                (NetworkTrouble) catchThrowable(() -> youtube.inspect(new Probe(TOKEN, CHANNEL)));
        assertThat(trouble.verdict())
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, null, "403/rateLimitExceeded"));
        assertThat(youtube.pausedUntil()).isNull();
    }

    @Test
    void a_quota_spent_during_discovery_pauses_too() {
        stubs.userinfo(TOKEN, 200, "userinfo.json")
                .channels(TOKEN, "snippet", 403, "api-quota_exceeded.json");
        assertThat(catchThrowable(() -> youtube.discover(TOKEN)))
                .isInstanceOf(NetworkTrouble.class);
        assertThat(youtube.pausedUntil()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    }

    // --- refreshing: Google does not rotate

    @Test
    void a_refresh_keeps_the_refresh_token_held_and_claims_no_end_for_it() {
        stubs.token("refresh_token", REFRESH, 200, "refresh.json");

        Renewal renewal = youtube.refresh(REFRESH);

        assertThat(renewal)
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "ya29.SECRET-access-0002",
                                        REFRESH,
                                        NOW.plusSeconds(3599),
                                        null,
                                        SCOPES,
                                        null)));
        assertThat(form(only(postRequestedFor(urlPathEqualTo("/token")))))
                .isEqualTo(
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                REFRESH,
                                "client_id",
                                YouTubeStubs.CLIENT_ID,
                                "client_secret",
                                YouTubeStubs.CLIENT_SECRET));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "oauth-invalid_grant.json,         REFRESH_FAILED,      400, 400/invalid_grant",
        "oauth-account_deleted.json,       ACCOUNT_UNAVAILABLE, 400, 400/invalid_grant",
        "oauth-invalid_rapt.json,          LIFESPAN_ENDED,      400, 400/invalid_grant/invalid_rapt",
        "oauth-admin_policy_enforced.json, SCOPE_MISSING,       400, 400/admin_policy_enforced",
        "oauth-invalid_client.json,        APP_PROBLEM,         401, 401/invalid_client",
    })
    void a_refused_refresh_has_the_finest_cause_google_tells(
            String file, Cause cause, int status, String raw) {
        stubs.token("refresh_token", REFRESH, status, file);
        assertThat(youtube.refresh(REFRESH))
                .isInstanceOfSatisfying(
                        Renewal.Refused.class,
                        refused -> {
                            assertThat(refused.verdict().cause()).isEqualTo(cause);
                            assertThat(refused.verdict().rawCode()).isEqualTo(raw);
                        });
    }

    // --- granting

    @Test
    void the_authorization_url_asks_for_offline_access_a_fresh_consent_and_pkce() {
        URI url =
                youtube.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/cb"),
                                Set.of(),
                                "st",
                                "E9Mel-cM"));

        assertThat(url.toString())
                .isEqualTo(
                        stubs.base()
                                + "o/oauth2/v2/auth?response_type=code&client_id=1042-relink.apps.googleusercontent.com"
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fcb"
                                + "&scope=email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fyoutube.readonly%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fyoutube.upload"
                                + "%20openid%20profile&state=st&access_type=offline&prompt=consent&include_granted_scopes=true"
                                + "&code_challenge=E9Mel-cM&code_challenge_method=S256");
    }

    @Test
    void without_a_challenge_no_pkce_is_asked_and_extra_scopes_are_added() {
        URI url =
                youtube.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/cb"),
                                Set.of("https://www.googleapis.com/auth/yt-analytics.readonly"),
                                "st",
                                null));
        assertThat(url.getQuery())
                .doesNotContain("code_challenge")
                .contains("auth/yt-analytics.readonly");
    }

    @Test
    void an_exchange_sends_the_verifier_and_gives_a_refresh_token_without_end() {
        stubs.token("code", "4/0code", 200, "token.json");

        Grant grant =
                youtube.exchange("4/0code", "verifier-1", URI.create("https://relink.example/cb"));

        assertThat(grant)
                .isEqualTo(new Grant(TOKEN, REFRESH, NOW.plusSeconds(3599), null, SCOPES, null));
        assertThat(form(only(postRequestedFor(urlPathEqualTo("/token")))))
                .isEqualTo(
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "4/0code",
                                "redirect_uri",
                                "https://relink.example/cb",
                                "client_id",
                                YouTubeStubs.CLIENT_ID,
                                "client_secret",
                                YouTubeStubs.CLIENT_SECRET,
                                "code_verifier",
                                "verifier-1"));
    }

    @Test
    void time_based_access_ends_when_google_says() {
        stubs.token("code", "4/0code", 200, "token-time_based.json");
        assertThat(
                        youtube.exchange("4/0code", "v", URI.create("https://relink.example/cb"))
                                .refreshExpiresAt())
                .isEqualTo(NOW.plusSeconds(86399));
    }

    @Test
    void
            an_app_in_testing_gets_refresh_tokens_for_seven_days_unless_it_asks_only_for_basic_scopes() {
        YouTubeNetwork testing =
                new YouTubeNetwork(
                        stubs.settings(Duration.ofSeconds(5), Map.of("consent-testing", "true")),
                        CLOCK);
        stubs.token("code", "4/0code", 200, "token.json");
        assertThat(
                        testing.exchange("4/0code", "v", URI.create("https://relink.example/cb"))
                                .refreshExpiresAt())
                .isEqualTo(NOW.plus(Duration.ofDays(7)));
        stubs.token(
                "code", "4/0code", 200, "token-time_based.json"); // an earlier end from Google wins
        assertThat(
                        testing.exchange("4/0code", "v", URI.create("https://relink.example/cb"))
                                .refreshExpiresAt())
                .isEqualTo(NOW.plusSeconds(86399));
        stubs.token("code", "4/0code", 200, "token-basic.json");
        assertThat(
                        testing.exchange("4/0code", "v", URI.create("https://relink.example/cb"))
                                .refreshExpiresAt())
                .isNull();
        stubs.token(
                "refresh_token",
                REFRESH,
                200,
                "refresh.json"); // a refresh does not restart the 7 days
        assertThat(((Renewal.Renewed) testing.refresh(REFRESH)).grant().refreshExpiresAt())
                .isNull();
    }

    @Test
    void a_refused_exchange_is_thrown_as_a_refusal() {
        stubs.token("code", "used", 400, "oauth-code-invalid_grant.json");
        assertThatThrownBy(
                        () ->
                                youtube.exchange(
                                        "used", "v", URI.create("https://relink.example/cb")))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.UNKNOWN,
                                                        "400/invalid_grant",
                                                        "Bad Request")));
    }

    @Test
    void discovery_names_the_google_account_and_its_channel() {
        stubs.userinfo(TOKEN, 200, "userinfo.json")
                .channels(TOKEN, "snippet", 200, "channels-snippet.json");

        assertThat(youtube.discover(TOKEN))
                .isEqualTo(
                        new Discovery(
                                "110169484474386276334",
                                "Ana Example",
                                List.of(new Discovery.Reach(CHANNEL, "Acme Coffee", "CHANNEL"))));
        assertThat(
                        only(getRequestedFor(urlPathEqualTo("/v1/userinfo")))
                                .getHeaders()
                                .getHeader("Authorization")
                                .values())
                .containsExactly("Bearer " + TOKEN);
    }

    @Test
    void an_account_without_a_channel_reaches_none() {
        stubs.userinfo(TOKEN, 200, "userinfo.json")
                .channels(TOKEN, "snippet", 200, "channels-none.json");
        assertThat(youtube.discover(TOKEN).channels()).isEmpty();
    }

    @Test
    void a_discovery_with_a_dead_token_is_thrown_as_a_refusal() {
        stubs.userinfo(TOKEN, 401, "userinfo-invalid.json");
        assertThatThrownBy(() -> youtube.discover(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.UNKNOWN,
                                                        "401/invalid_request",
                                                        "Invalid Credentials")));
    }

    // --- revoking

    @Test
    void revoking_sends_the_token_and_a_token_google_no_longer_knows_is_done() {
        stubs.revoke(200, null);
        youtube.revoke(REFRESH);
        assertThat(form(only(postRequestedFor(urlPathEqualTo("/revoke")))))
                .isEqualTo(Map.of("token", REFRESH));
        stubs.revoke(400, "revoke-invalid_token.json");
        youtube.revoke(REFRESH);
        stubs.revoke(400, "userinfo-invalid.json");
        assertThatThrownBy(() -> youtube.revoke(REFRESH)).isInstanceOf(NetworkRefusal.class);
    }

    @Test
    void no_risc_callback_is_read() {
        assertThatThrownBy(() -> youtube.callback(new Callback("risc", Map.of(), "eyJ", Map.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- fault tolerance, secrecy

    @Test
    void only_network_trouble_opens_the_circuit() {
        assertThat(YouTubeNetwork.class.getAnnotation(CircuitBreaker.class).failOn())
                .containsExactly(NetworkTrouble.class);
    }

    @Test
    void no_exception_message_carries_a_token_or_the_client_secret() {
        List<Throwable> thrown = new ArrayList<>();
        stubs.tokenInfo(TOKEN, 200, "garbage.html")
                .token("refresh_token", REFRESH, 503, "garbage.html")
                .token("code", REFRESH, 400, "oauth-code-invalid_grant.json")
                .userinfo(TOKEN, 401, "userinfo-invalid.json")
                .revoke(400, "userinfo-invalid.json");
        thrown.add(catchThrowable(() -> youtube.inspect(new Probe(TOKEN, CHANNEL))));
        thrown.add(catchThrowable(() -> youtube.refresh(REFRESH)));
        thrown.add(
                catchThrowable(
                        () ->
                                youtube.exchange(
                                        REFRESH,
                                        REFRESH,
                                        URI.create("https://relink.example/cb"))));
        thrown.add(catchThrowable(() -> youtube.discover(TOKEN)));
        thrown.add(catchThrowable(() -> youtube.revoke(TOKEN)));
        wire.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(429)));
        thrown.add(catchThrowable(() -> youtube.inspect(new Probe(TOKEN, null))));

        assertThat(thrown).doesNotContainNull().hasSize(6);
        List<String> texts = new ArrayList<>();
        for (Throwable each : thrown) {
            for (Throwable t = each; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
        }
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain("SECRET"));
    }

    private LoggedRequest only(RequestPatternBuilder pattern) {
        List<LoggedRequest> found = wire.findAll(pattern);
        assertThat(found).hasSize(1);
        return found.get(0);
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
}
