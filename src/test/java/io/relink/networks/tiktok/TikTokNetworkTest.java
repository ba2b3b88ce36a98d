package io.relink.networks.tiktok;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
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
import io.relink.networks.Callback;
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
import io.relink.networks.VerifiedCallback;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the contract leaves open for TikTok: the requests' exact shape, rotation, lifetimes, scopes,
 * PKCE, pauses, the webhook.
 */
class TikTokNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String KEY = "relink-client-key";
    static final String SECRET = "tiktok-SECRET-client";
    static final String TOKEN = "act.SECRET-access-0001";
    static final String REFRESH = "rft.SECRET-refresh-0001";
    static final String ANA = "-000Ana-Open-Id-0001";
    static final URI REDIRECT = URI.create("https://relink.example/api/v1/reconnect/callback");

    final WireMockServer wire = start();
    final TikTokNetwork tiktok = adapter(Map.of());

    static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    TikTokNetwork adapter(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(extra);
        settings.putIfAbsent("auth-url", base() + "v2/auth/authorize/");
        return new TikTokNetwork(
                NetworkSettings.of(
                        NetworkType.TIKTOK,
                        KEY,
                        SECRET,
                        URI.create(base()),
                        Duration.ofSeconds(5),
                        settings),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    String base() {
        return "http://127.0.0.1:" + wire.port() + "/";
    }

    void answer(String method, String path, int status, String file, String... headers) {
        var response =
                aResponse().withStatus(status).withHeader("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            response.withHeader(headers[i], headers[i + 1]);
        }
        if (file != null) {
            response.withBody(read(file));
        }
        wire.stubFor(
                (method.equals("GET") ? get(urlPathEqualTo(path)) : post(urlPathEqualTo(path)))
                        .willReturn(response));
    }

    LoggedRequest last() {
        List<LoggedRequest> all = wire.findAll(anyRequestedFor(anyUrl()));
        return all.get(all.size() - 1);
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] nameValue = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    static String read(String file) {
        try (InputStream in =
                TikTokNetworkTest.class.getResourceAsStream("/networks/tiktok/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    // --- checking

    @Test
    void a_check_reads_user_info_with_the_bearer_token_and_asks_only_for_the_fields_it_needs() {
        answer("GET", "/v2/user/info/", 200, "user-info.json");

        Verdict verdict = tiktok.inspect(new Probe(TOKEN, ANA));

        // user/info reports neither expiry nor scopes: the grant's lifetimes stay those of the
        // token answers.
        assertThat(verdict).isEqualTo(new Verdict.Valid(null, null, Set.of()));
        LoggedRequest seen = last();
        assertThat(seen.getMethod().getName()).isEqualTo("GET");
        assertThat(seen.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(seen.queryParameter("fields").values()).containsExactly("open_id,display_name");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "401, access_token_invalid,    UNKNOWN",
        "401, scope_not_authorized,    SCOPE_MISSING",
        "403, scope_permission_missed, SCOPE_MISSING",
        "401, something_new,           UNKNOWN",
    })
    void an_error_answer_is_a_dead_token_with_its_cause_raw_code_and_log_id(
            int status, String code, Cause cause) {
        answer("GET", "/v2/user/info/", status, "user-" + code + ".json");

        Verdict verdict = tiktok.inspect(new Probe(TOKEN, null));

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Dead.class,
                        dead -> {
                            assertThat(dead.cause()).isEqualTo(cause);
                            assertThat(dead.rawCode()).isEqualTo(status + "/" + code);
                            assertThat(dead.rawMessage())
                                    .endsWith("(log_id 20261122120000ABCDEF0123456789AB20)");
                        });
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "400, invalid_params,      MALFORMED_ANSWER",
        "200, internal_error,      SERVER_ERROR",
        "403, rate_limit_exceeded, RATE_LIMITED",
    })
    void an_error_that_says_nothing_about_the_token_is_thrown_as_trouble(
            int status, String code, Kind kind) {
        answer("GET", "/v2/user/info/", status, "user-" + code + ".json");
        Throwable thrown = catchThrowable(() -> tiktok.inspect(new Probe(TOKEN, null)));
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble ->
                                assertThat(trouble.verdict())
                                        .isEqualTo(
                                                new Verdict.Transient(
                                                        kind, null, status + "/" + code)));
    }

    @Test
    void a_success_without_the_user_or_an_error_without_a_code_is_malformed() {
        wire.stubFor(
                get(urlPathEqualTo("/v2/user/info/"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody("{\"data\":{},\"error\":{\"code\":\"ok\"}}")));
        assertThat(
                        ((NetworkTrouble)
                                        catchThrowable(
                                                () -> tiktok.inspect(new Probe(TOKEN, null))))
                                .verdict()
                                .kind())
                .isEqualTo(Kind.MALFORMED_ANSWER);
        wire.stubFor(
                get(urlPathEqualTo("/v2/user/info/"))
                        .willReturn(aResponse().withStatus(401).withBody("{}")));
        assertThat(
                        ((NetworkTrouble)
                                        catchThrowable(
                                                () -> tiktok.inspect(new Probe(TOKEN, null))))
                                .verdict())
                .isEqualTo(new Verdict.Transient(Kind.MALFORMED_ANSWER, null, "401"));
    }

    // --- pausing

    @Test
    void a_429_pauses_the_network_for_the_retry_after_tiktok_sent() {
        assertThat(tiktok.pausedUntil()).isNull();
        answer("GET", "/v2/user/info/", 429, "user-rate_limit_exceeded.json", "Retry-After", "42");

        assertThat(catchThrowable(() -> tiktok.inspect(new Probe(TOKEN, null))))
                .isInstanceOf(NetworkTrouble.class);

        assertThat(tiktok.pausedUntil()).isEqualTo(NOW.plusSeconds(42));
    }

    @Test
    void a_rate_limit_without_retry_after_or_in_a_body_pauses_one_window() {
        answer("GET", "/v2/user/info/", 403, "user-rate_limit_exceeded.json");
        assertThat(catchThrowable(() -> tiktok.inspect(new Probe(TOKEN, null))))
                .isInstanceOf(NetworkTrouble.class);
        assertThat(tiktok.pausedUntil()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void the_adapter_pauses_itself_at_80_percent_of_the_configured_per_minute_limit() {
        TikTokNetwork frugal = adapter(Map.of("user-info-per-minute", "5")); // pauses at 4 calls
        answer("GET", "/v2/user/info/", 200, "user-info.json");
        for (int i = 0; i < 3; i++) {
            frugal.inspect(new Probe(TOKEN, null));
        }
        assertThat(frugal.pausedUntil()).isNull();

        frugal.discover(TOKEN);

        assertThat(frugal.pausedUntil()).isEqualTo(NOW.plusSeconds(60));
        assertThat(wire.getAllServeEvents()).hasSize(4);
    }

    // --- refreshing and granting

    @Test
    void
            a_refresh_sends_the_client_and_the_refresh_token_and_keeps_the_rotated_one_with_the_answers_lifetimes() {
        answer("POST", "/v2/oauth/token/", 200, "token-refreshed.json");

        Renewal renewal = tiktok.refresh(REFRESH);

        // The newer docs' lifetimes, as the answer states them: 2 h and 180 days, from now.
        assertThat(renewal)
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "act.SECRET-access-0002",
                                        "rft.SECRET-refresh-0002",
                                        NOW.plusSeconds(7200),
                                        NOW.plusSeconds(15_552_000),
                                        Set.of("user.info.basic", "video.list"),
                                        ANA)));
        assertThat(last().getHeader("Content-Type"))
                .startsWith("application/x-www-form-urlencoded");
        assertThat(form(last()))
                .isEqualTo(
                        Map.of(
                                "client_key",
                                KEY,
                                "client_secret",
                                SECRET,
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                REFRESH));
        assertThat(tiktok.refreshes()).isTrue();
    }

    @Test
    void a_token_answer_without_a_refresh_token_is_malformed_rather_than_a_lost_chain() {
        answer("POST", "/v2/oauth/token/", 200, "token-no-refresh.json");
        assertThat(
                        ((NetworkTrouble) catchThrowable(() -> tiktok.refresh(REFRESH)))
                                .verdict()
                                .kind())
                .isEqualTo(Kind.MALFORMED_ANSWER);
    }

    @Test
    void lifetimes_sent_as_numeric_strings_are_read_too() {
        wire.stubFor(
                post(urlPathEqualTo("/v2/oauth/token/"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                read("token.json")
                                                        .replace("31536000", "\"31536000\""))));
        Renewal renewal = tiktok.refresh(REFRESH);
        assertThat(((Renewal.Renewed) renewal).grant().refreshExpiresAt())
                .isEqualTo(NOW.plusSeconds(31_536_000));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "400, invalid_grant, REFRESH_FAILED",
        "401, invalid_client, APP_PROBLEM",
        "400, invalid_request, UNKNOWN",
        "200, invalid_grant, REFRESH_FAILED"
    })
    void a_refused_refresh_is_a_dead_verdict(int status, String error, Cause cause) {
        answer("POST", "/v2/oauth/token/", status, "oauth-" + error + ".json");

        Renewal renewal = tiktok.refresh(REFRESH);

        assertThat(renewal)
                .isInstanceOfSatisfying(
                        Renewal.Refused.class,
                        refused -> {
                            assertThat(refused.verdict().cause()).isEqualTo(cause);
                            assertThat(refused.verdict().rawCode()).isEqualTo(status + "/" + error);
                            assertThat(refused.verdict().rawMessage()).contains("log_id");
                        });
    }

    @Test
    void
            the_authorization_url_names_the_client_key_and_comma_separated_scopes_without_pkce_by_default() {
        URI url =
                tiktok.authorizationUrl(
                        new AuthorizationRequest(
                                REDIRECT,
                                Set.of("user.info.profile"),
                                "st/ate+1",
                                "challenge-abc"));

        assertThat(url.toString())
                .isEqualTo(
                        base()
                                + "v2/auth/authorize/?client_key=relink-client-key&response_type=code"
                                + "&scope=user.info.basic%2Cuser.info.profile%2Cvideo.list%2Cvideo.publish%2Cvideo.upload"
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fapi%2Fv1%2Freconnect%2Fcallback&state=st%2Fate%2B1");
    }

    @Test
    void with_pkce_switched_on_the_challenge_and_the_verifier_both_travel() {
        TikTokNetwork withPkce = adapter(Map.of("pkce", "true", "scopes", "user.info.basic"));
        URI url =
                withPkce.authorizationUrl(
                        new AuthorizationRequest(REDIRECT, Set.of(), "s", "challenge-abc"));
        assertThat(url.getRawQuery())
                .endsWith(
                        "&scope=user.info.basic&redirect_uri=https%3A%2F%2Frelink.example%2Fapi%2Fv1%2Freconnect%2Fcallback"
                                + "&state=s&code_challenge=challenge-abc&code_challenge_method=S256");

        answer("POST", "/v2/oauth/token/", 200, "token.json");
        withPkce.exchange("code-1", "verifier-1", REDIRECT);
        assertThat(form(last())).containsEntry("code_verifier", "verifier-1");
    }

    @Test
    void an_exchange_trades_the_code_as_the_client_and_names_the_person() {
        answer("POST", "/v2/oauth/token/", 200, "token.json");

        Grant grant = tiktok.exchange("code-1", "verifier-1", REDIRECT);

        // The older docs' lifetimes this time (24 h, 365 days): whatever the answer says is kept.
        assertThat(grant)
                .isEqualTo(
                        new Grant(
                                TOKEN,
                                REFRESH,
                                NOW.plusSeconds(86_400),
                                NOW.plusSeconds(31_536_000),
                                Set.of(
                                        "user.info.basic",
                                        "video.list",
                                        "video.upload",
                                        "video.publish"),
                                ANA));
        assertThat(form(last()))
                .isEqualTo(
                        Map.of(
                                "client_key",
                                KEY,
                                "client_secret",
                                SECRET,
                                "code",
                                "code-1",
                                "grant_type",
                                "authorization_code",
                                "redirect_uri",
                                REDIRECT.toString()));
    }

    @Test
    void a_refused_exchange_is_thrown_as_a_refusal() {
        answer("POST", "/v2/oauth/token/", 400, "oauth-invalid_grant.json");
        assertThatThrownBy(() -> tiktok.exchange("used-code", null, REDIRECT))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal -> assertThat(refusal.verdict().cause()).isEqualTo(Cause.UNKNOWN));
        answer("POST", "/v2/oauth/token/", 401, "oauth-invalid_client.json");
        assertThatThrownBy(() -> tiktok.exchange("code", null, REDIRECT))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause()).isEqualTo(Cause.APP_PROBLEM));
    }

    @Test
    void discovery_names_the_account_as_its_own_one_channel() {
        answer("GET", "/v2/user/info/", 200, "user-info.json");

        Discovery discovery = tiktok.discover(TOKEN);

        assertThat(discovery)
                .isEqualTo(
                        new Discovery(
                                ANA,
                                "Ana Creator",
                                List.of(new Discovery.Reach(ANA, "Ana Creator", "ACCOUNT"))));
        assertThat(last().queryParameter("fields").values())
                .containsExactly("open_id,union_id,display_name");
    }

    @Test
    void a_discovery_with_a_dead_token_is_a_refusal() {
        answer("GET", "/v2/user/info/", 401, "user-access_token_invalid.json");
        assertThatThrownBy(() -> tiktok.discover(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().rawCode())
                                        .isEqualTo("401/access_token_invalid"));
    }

    // --- revoking

    @Test
    void revoking_sends_the_client_and_the_token_and_takes_an_empty_or_empty_object_answer() {
        answer("POST", "/v2/oauth/revoke/", 200, null);
        tiktok.revoke(TOKEN);
        assertThat(form(last()))
                .isEqualTo(Map.of("client_key", KEY, "client_secret", SECRET, "token", TOKEN));
        answer("POST", "/v2/oauth/revoke/", 200, "revoke-ok.json");
        tiktok.revoke(TOKEN);
    }

    @Test
    void revoking_a_token_tiktok_no_longer_knows_is_done_and_a_refused_client_is_a_refusal() {
        answer("POST", "/v2/oauth/revoke/", 400, "oauth-invalid_grant.json");
        tiktok.revoke(TOKEN);
        answer("POST", "/v2/oauth/revoke/", 401, "user-access_token_invalid.json");
        tiktok.revoke(TOKEN);
        answer("POST", "/v2/oauth/revoke/", 401, "oauth-invalid_client.json");
        assertThatThrownBy(() -> tiktok.revoke(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause()).isEqualTo(Cause.APP_PROBLEM));
    }

    // --- the webhook

    Callback event(String kind, String body, String signature) {
        return new Callback(
                kind,
                signature == null ? Map.of() : Map.of("tiktok-signature", signature),
                body,
                Map.of());
    }

    @Test
    void a_signed_authorization_removed_event_revokes_the_persons_grant() {
        String body = read("webhook-authorization-removed.json");

        VerifiedCallback verified =
                tiktok.callback(
                        event(
                                "events",
                                body,
                                TikTokSignature.sign(NOW.getEpochSecond() - 3, body, SECRET)));
        Revocation revocation = verified.revocation();

        assertThat(revocation)
                .isEqualTo(
                        new Revocation(
                                ANA,
                                Cause.REVOKED_BY_USER,
                                "authorization.removed/1",
                                "The person disconnected Relink in the TikTok app."));
    }

    @Test
    void other_signed_events_tell_nothing_to_act_on() {
        String body = read("webhook-video-publish-completed.json");
        assertThat(
                        tiktok.callback(
                                        event(
                                                "events",
                                                body,
                                                TikTokSignature.sign(
                                                        NOW.getEpochSecond(), body, SECRET)))
                                .revocation())
                .isNull();
    }

    /**
     * What it takes to accept an event once: its fingerprint covers what TikTok signs (the signing
     * time and the body), whatever else the header says; it was issued when the event says it
     * happened, and stays fresh for the tolerance after it was signed.
     */
    @Test
    void a_verified_event_tells_its_issue_time_its_freshness_and_a_fingerprint_of_what_is_signed() {
        String body = read("webhook-authorization-removed.json");
        long t = NOW.getEpochSecond() - 3;
        String header = TikTokSignature.sign(t, body, SECRET);
        VerifiedCallback verified = tiktok.callback(event("events", body, header));
        assertThat(verified.issuedAt())
                .as("create_time of the event")
                .isEqualTo(java.time.Instant.ofEpochSecond(1795348800));
        assertThat(verified.freshUntil())
                .isEqualTo(java.time.Instant.ofEpochSecond(t).plus(Duration.ofMinutes(5)));
        assertThat(tiktok.callback(event("events", body, header + ",v=2")).fingerprint())
                .as("another element in the header changes nothing signed")
                .isEqualTo(verified.fingerprint());
        assertThat(
                        tiktok.callback(
                                        event(
                                                "events",
                                                body,
                                                TikTokSignature.sign(t - 1, body, SECRET)))
                                .fingerprint())
                .as("signed at another time: another delivery")
                .isNotEqualTo(verified.fingerprint());
    }

    @Test
    void an_unsigned_forged_stale_or_replayed_event_is_not_genuine() {
        String body = read("webhook-authorization-removed.json");
        String genuine = TikTokSignature.sign(NOW.getEpochSecond(), body, SECRET);
        assertThatThrownBy(() -> tiktok.callback(event("events", body, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                tiktok.callback(
                                        event(
                                                "events",
                                                body,
                                                TikTokSignature.sign(
                                                        NOW.getEpochSecond(), body, "guess"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                tiktok.callback(
                                        event(
                                                "events",
                                                body,
                                                TikTokSignature.sign(
                                                        NOW.getEpochSecond() - 301, body, SECRET))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                tiktok.callback(
                                        event(
                                                "events",
                                                body.replace(
                                                        "\\\"reason\\\": 1", "\\\"reason\\\": 5"),
                                                genuine)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                tiktok.callback(
                                        event(
                                                "events",
                                                "not json",
                                                TikTokSignature.sign(
                                                        NOW.getEpochSecond(), "not json", SECRET))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_tolerance_for_old_deliveries_is_configurable_and_tiktok_sends_no_other_callback() {
        String body = read("webhook-authorization-removed.json");
        String tenMinutesOld = TikTokSignature.sign(NOW.getEpochSecond() - 600, body, SECRET);
        assertThat(
                        adapter(Map.of("webhook-tolerance", "PT15M"))
                                .callback(event("events", body, tenMinutesOld)))
                .isNotNull();
        assertThatThrownBy(() -> tiktok.callback(event("deauthorize", body, tenMinutesOld)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- availability, fault tolerance, secrecy

    @Test
    void only_network_trouble_opens_the_circuit() {
        assertThat(TikTokNetwork.class.getAnnotation(CircuitBreaker.class).failOn())
                .containsExactly(NetworkTrouble.class);
    }

    @Test
    void no_exception_message_or_string_carries_a_token_or_the_client_secret() {
        List<Throwable> thrown = new ArrayList<>();
        answer("GET", "/v2/user/info/", 400, "user-invalid_params.json");
        thrown.add(catchThrowable(() -> tiktok.inspect(new Probe(TOKEN, ANA))));
        answer("GET", "/v2/user/info/", 401, "user-access_token_invalid.json");
        thrown.add(catchThrowable(() -> tiktok.discover(TOKEN)));
        answer(
                "POST",
                "/v2/oauth/token/",
                429,
                "user-rate_limit_exceeded.json",
                "Retry-After",
                "5");
        thrown.add(catchThrowable(() -> tiktok.refresh(REFRESH)));
        thrown.add(catchThrowable(() -> tiktok.exchange(REFRESH, REFRESH, REDIRECT)));
        answer("POST", "/v2/oauth/revoke/", 401, "oauth-invalid_client.json");
        thrown.add(catchThrowable(() -> tiktok.revoke(TOKEN)));
        wire.stubFor(
                any(anyUrl())
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(200).withBody("<html>")));
        thrown.add(catchThrowable(() -> tiktok.inspect(new Probe(TOKEN, null))));
        thrown.add(
                catchThrowable(
                        () -> tiktok.callback(event("events", "{}", "t=1,s=" + "0".repeat(64)))));
        wire.stop();
        thrown.add(catchThrowable(() -> tiktok.inspect(new Probe(TOKEN, null))));

        assertThat(thrown).doesNotContainNull().hasSize(8);
        List<String> texts = new ArrayList<>();
        for (Throwable each : thrown) {
            for (Throwable t = each; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
        }
        texts.add(tiktok.toString());
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain("SECRET"));
    }

    @Test
    void without_a_client_key_or_secret_tiktok_is_not_configured() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThat(tiktok.unavailableReason()).isNull();
        assertThat(
                        new TikTokNetwork(
                                        NetworkSettings.of(
                                                NetworkType.TIKTOK,
                                                KEY,
                                                " ",
                                                URI.create(base()),
                                                Duration.ofSeconds(1),
                                                Map.of()),
                                        clock)
                                .unavailableReason())
                .contains("relink.network.tiktok.client-secret");
        assertThat(tiktok.type()).isEqualTo(NetworkType.TIKTOK);
    }
}
