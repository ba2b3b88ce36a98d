package io.relink.networks.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import io.relink.networks.Revocation;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import io.relink.networks.meta.GraphCauses;
import io.relink.networks.meta.SignedRequestsForTests;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is particular to Facebook: batches, the long-lived exchange, Pages, usage pauses, the
 * deauthorize callback.
 */
class FacebookNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String APP_ID = "138483919580948";
    static final String APP_SECRET = "fb-app-secret-SECRET";
    static final String APP_TOKEN = APP_ID + "|" + APP_SECRET;
    static final String TOKEN = "EAAB-SECRET-user";
    static final URI REDIRECT = URI.create("https://relink.example/api/v1/reconnect/callback");

    WireMockServer wire;
    FacebookNetwork facebook;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        facebook = adapter(Map.of());
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    FacebookNetwork adapter(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("auth-url", base() + "dialog/oauth"));
        settings.putAll(extra);
        return new FacebookNetwork(
                NetworkSettings.of(
                        NetworkType.FACEBOOK,
                        APP_ID,
                        APP_SECRET,
                        base(),
                        Duration.ofSeconds(5),
                        settings),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/");
    }

    // --- inspecting one token

    @Test
    void a_valid_user_token_carries_expiry_data_access_expiry_and_scopes() {
        debugToken(TOKEN, 200, "debug-valid-user.json");

        assertThat(facebook.inspect(new Probe(TOKEN, "1000001")))
                .isEqualTo(
                        new Verdict.Valid(
                                Instant.ofEpochSecond(1799668800),
                                Instant.ofEpochSecond(1802260800),
                                Set.of(
                                        "pages_show_list",
                                        "pages_read_engagement",
                                        "pages_manage_posts",
                                        "public_profile")));
    }

    @Test
    void a_page_token_from_a_long_lived_user_token_never_expires() {
        debugToken(TOKEN, 200, "debug-valid-page.json");
        Verdict verdict = facebook.inspect(new Probe(TOKEN, "1000001"));
        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Valid.class, valid -> assertThat(valid.expiresAt()).isNull());
    }

    @Test
    void a_user_token_whose_page_permissions_no_longer_name_the_channel_lost_the_page() {
        debugToken(TOKEN, 200, "debug-valid-user.json");
        assertThat(facebook.inspect(new Probe(TOKEN, "1000009")))
                .isInstanceOfSatisfying(
                        Verdict.Dead.class,
                        dead -> {
                            assertThat(dead.cause()).isEqualTo(Cause.ADMIN_ROLE_LOST);
                            assertThat(dead.rawCode()).isEqualTo("granular_scopes");
                        });
        // Named by one Page permission is enough: the person chose what to grant per Page.
        assertThat(facebook.inspect(new Probe(TOKEN, "1000002"))).isInstanceOf(Verdict.Valid.class);
        assertThat(facebook.inspect(new Probe(TOKEN, null))).isInstanceOf(Verdict.Valid.class);
    }

    @Test
    void a_bare_190_is_the_end_of_the_lifespan_only_past_expires_at() {
        debugToken("past", 200, "debug-190-past.json");
        debugToken("before", 200, "debug-190-before.json");
        assertThat(facebook.inspect(new Probe("past", null)))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.LIFESPAN_ENDED,
                                "190",
                                "Error validating access token: The session is invalid."));
        assertThat(((Verdict.Dead) facebook.inspect(new Probe("before", null))).cause())
                .isEqualTo(Cause.UNKNOWN);
    }

    @Test
    void the_check_asks_debug_token_as_relinks_app() {
        debugToken(TOKEN, 200, "debug-460.json");
        assertThat(facebook.inspect(new Probe(TOKEN, "1000001")))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.PASSWORD_CHANGED,
                                "190/460",
                                "Error validating access token: The session has been invalidated because the user changed their password or Facebook has "
                                        + "changed the session for security reasons."));
        LoggedRequest seen =
                wire.findAll(
                                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                        urlPathEqualTo("/debug_token")))
                        .get(0);
        assertThat(seen.queryParameter("input_token").firstValue()).isEqualTo(TOKEN);
        assertThat(seen.queryParameter("access_token").firstValue()).isEqualTo(APP_TOKEN);
    }

    @Test
    void
            graph_outages_and_rate_limits_sent_as_400_bodies_are_trouble_and_a_rate_limit_pauses_the_network() {
        debugToken("outage", 500, "error-2.json");
        debugToken("limited", 400, "error-4.json");
        assertThat(catchTrouble(() -> facebook.inspect(new Probe("outage", null))).verdict())
                .isEqualTo(new Verdict.Transient(Kind.SERVER_ERROR, null, "500"));
        assertThat(facebook.pausedUntil()).isNull();

        assertThat(catchTrouble(() -> facebook.inspect(new Probe("limited", null))).verdict())
                .isEqualTo(
                        new Verdict.Transient(
                                Kind.RATE_LIMITED, GraphCauses.RATE_LIMIT_PAUSE, "4"));
        assertThat(facebook.pausedUntil()).isEqualTo(NOW.plus(GraphCauses.RATE_LIMIT_PAUSE));
    }

    @Test
    void usage_headers_near_the_limit_pause_the_network() {
        wire.stubFor(
                get(urlPathEqualTo("/debug_token"))
                        .willReturn(
                                okJson(json("debug-valid-user.json"))
                                        .withHeader(
                                                "X-App-Usage",
                                                "{\"call_count\":86,\"total_time\":12,\"total_cputime\":9}")));
        assertThat(facebook.pausedUntil()).isNull();

        assertThat(facebook.inspect(new Probe(TOKEN, null))).isInstanceOf(Verdict.Valid.class);
        assertThat(facebook.pausedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void a_429_pauses_the_network_for_as_long_as_it_asked() {
        wire.stubFor(
                get(urlPathEqualTo("/debug_token"))
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        assertThat(catchTrouble(() -> facebook.inspect(new Probe(TOKEN, null))).verdict().kind())
                .isEqualTo(Kind.RATE_LIMITED);
        assertThat(facebook.pausedUntil()).isEqualTo(NOW.plusSeconds(120));
    }

    // --- batches

    @Test
    void fifty_probes_make_exactly_one_graph_batch_request() {
        List<Probe> probes = new ArrayList<>();
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 50; i++) {
            probes.add(new Probe("EAAB-SECRET-" + i, null));
            items.add(
                    Json.createObjectBuilder()
                            .add("code", 200)
                            .add("body", json("debug-valid-page.json"))
                            .build()
                            .toString());
        }
        wire.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(items.toString())));

        List<Verdict> verdicts = facebook.inspectAll(probes);

        assertThat(verdicts)
                .hasSize(50)
                .allSatisfy(verdict -> assertThat(verdict).isInstanceOf(Verdict.Valid.class));
        assertThat(wire.getAllServeEvents()).hasSize(1);
        LoggedRequest batch = wire.getAllServeEvents().get(0).getRequest();
        Map<String, String> form = form(batch.getBodyAsString());
        assertThat(form)
                .containsEntry("access_token", APP_TOKEN)
                .containsEntry("include_headers", "false");
        JsonArray operations = Json.createReader(new StringReader(form.get("batch"))).readArray();
        assertThat(operations).hasSize(50);
        assertThat(operations.getJsonObject(7))
                .isEqualTo(
                        Json.createObjectBuilder()
                                .add("method", "GET")
                                .add("relative_url", "debug_token?input_token=EAAB-SECRET-7")
                                .build());
    }

    @Test
    void each_batch_item_has_its_own_status_and_body() {
        wire.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(json("batch-mixed.json"))));

        List<Verdict> verdicts =
                facebook.inspectAll(
                        List.of(
                                new Probe("a", "1000001"),
                                new Probe("b", null),
                                new Probe("c", null),
                                new Probe("d", null),
                                new Probe("e", null),
                                new Probe("f", null)));

        assertThat(verdicts)
                .containsExactly(
                        new Verdict.Valid(
                                null,
                                Instant.ofEpochSecond(1802260800),
                                Set.of("pages_show_list", "pages_manage_posts")),
                        new Verdict.Dead(
                                Cause.PASSWORD_CHANGED,
                                "190/460",
                                "Error validating access token: The session has been invalidated because "
                                        + "the user changed their password or Facebook has changed the session for security reasons."),
                        new Verdict.Transient(Kind.TIMEOUT, null, "batch-item"),
                        new Verdict.Transient(Kind.SERVER_ERROR, null, "500"),
                        new Verdict.Transient(Kind.RATE_LIMITED, GraphCauses.RATE_LIMIT_PAUSE, "4"),
                        new Verdict.Transient(Kind.MALFORMED_ANSWER, null, "item"));
        assertThat(facebook.pausedUntil())
                .as("an item's rate limit pauses the network too")
                .isEqualTo(NOW.plus(GraphCauses.RATE_LIMIT_PAUSE));
    }

    @Test
    void a_batch_refused_as_a_whole_for_relinks_app_token_is_an_app_problem_for_every_token() {
        wire.stubFor(
                post(urlPathEqualTo("/"))
                        .willReturn(okJson(json("error-app-token.json")).withStatus(400)));
        assertThat(facebook.inspectAll(List.of(new Probe("a", null), new Probe("b", null))))
                .containsExactly(
                        new Verdict.Dead(
                                Cause.APP_PROBLEM, "190/460", "Error validating client secret."),
                        new Verdict.Dead(
                                Cause.APP_PROBLEM, "190/460", "Error validating client secret."));
    }

    @Test
    void a_batch_answer_with_another_number_of_items_or_not_an_array_is_malformed() {
        wire.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(json("batch-mixed.json"))));
        assertThat(
                        catchTrouble(() -> facebook.inspectAll(List.of(new Probe("a", null))))
                                .verdict()
                                .kind())
                .isEqualTo(Kind.MALFORMED_ANSWER);
        wire.stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"data\":[]}")));
        assertThat(
                        catchTrouble(() -> facebook.inspectAll(List.of(new Probe("a", null))))
                                .verdict()
                                .kind())
                .isEqualTo(Kind.MALFORMED_ANSWER);
    }

    @Test
    void a_batch_holds_at_most_fifty_and_an_empty_one_asks_nothing() {
        assertThat(facebook.batchLimit()).isEqualTo(50);
        assertThatThrownBy(
                        () -> facebook.inspectAll(Collections.nCopies(51, new Probe(TOKEN, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(facebook.inspectAll(List.of())).isEmpty();
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    // --- granting

    @Test
    void the_dialog_asks_for_the_page_scopes_with_state_pkce_and_rerequest() {
        URI url =
                facebook.authorizationUrl(
                        new AuthorizationRequest(
                                REDIRECT, Set.of("instagram_basic"), "st+1", "challenge-abc"));
        assertThat(url.toString())
                .isEqualTo(
                        base()
                                + "dialog/oauth?client_id="
                                + APP_ID
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fapi%2Fv1%2Freconnect%2Fcallback&state=st%2B1&response_type=code"
                                + "&scope=business_management%2Cinstagram_basic%2Cpages_manage_engagement%2Cpages_manage_metadata%2Cpages_manage_posts"
                                + "%2Cpages_read_engagement%2Cpages_read_user_engagement%2Cpages_show_list%2Cpublish_video%2Cread_insights"
                                + "&auth_type=rerequest&code_challenge=challenge-abc&code_challenge_method=S256");
    }

    @Test
    void the_scopes_setting_replaces_the_defaults_and_pkce_can_be_switched_off() {
        URI url =
                adapter(Map.of("scopes", "pages_show_list, pages_manage_posts", "pkce", "false"))
                        .authorizationUrl(
                                new AuthorizationRequest(REDIRECT, Set.of(), "s", "challenge-abc"));
        assertThat(url.getQuery())
                .contains("scope=pages_manage_posts,pages_show_list&")
                .doesNotContain("code_challenge");
    }

    @Test
    void
            an_exchange_trades_the_code_then_the_short_lived_token_for_a_long_lived_one_described_by_debug_token() {
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .withQueryParam("code", equalTo("code-1"))
                        .willReturn(okJson(json("oauth-code.json"))));
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                        .willReturn(okJson(json("oauth-long-lived.json"))));
        debugToken("EAAB-SECRET-long-lived", 200, "debug-valid-user.json");

        Grant grant = facebook.exchange("code-1", "verifier-1", REDIRECT);

        assertThat(grant)
                .isEqualTo(
                        new Grant(
                                "EAAB-SECRET-long-lived",
                                null,
                                Instant.ofEpochSecond(1799668800),
                                null,
                                Set.of(
                                        "pages_show_list",
                                        "pages_read_engagement",
                                        "pages_manage_posts",
                                        "public_profile"),
                                "10158000000000001"));
        List<LoggedRequest> exchanges =
                wire.findAll(
                        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                urlPathEqualTo("/oauth/access_token")));
        assertThat(exchanges).hasSize(2);
        assertThat(exchanges.get(0).queryParameter("code_verifier").firstValue())
                .isEqualTo("verifier-1");
        assertThat(exchanges.get(0).queryParameter("redirect_uri").firstValue())
                .isEqualTo(REDIRECT.toString());
        assertThat(exchanges.get(0).queryParameter("client_secret").firstValue())
                .isEqualTo(APP_SECRET);
        assertThat(exchanges.get(1).queryParameter("fb_exchange_token").firstValue())
                .isEqualTo("EAAB-SECRET-short-lived");
    }

    @Test
    void a_used_code_is_a_refusal() {
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .willReturn(okJson(json("oauth-code-used.json")).withStatus(400)));
        assertThatThrownBy(() -> facebook.exchange("used", "v", REDIRECT))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict())
                                        .isEqualTo(
                                                new Verdict.Dead(
                                                        Cause.UNKNOWN,
                                                        "100",
                                                        "This authorization code has been used.")));
    }

    // --- discovery and Page tokens

    @Test
    void discovery_lists_the_pages_the_person_can_still_work_on_across_every_page_of_answers() {
        stubAccounts();

        Discovery discovery = facebook.discover(TOKEN);

        assertThat(discovery)
                .isEqualTo(
                        new Discovery(
                                "10158000000000001",
                                "Jane Doe",
                                List.of(
                                        new Discovery.Reach("1000001", "Acme Coffee", "PAGE"),
                                        new Discovery.Reach(
                                                "1000002", "Acme Coffee Berlin", "PAGE"))));
        List<LoggedRequest> pages =
                wire.findAll(
                        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                urlPathEqualTo("/me/accounts")));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).queryParameter("fields").firstValue()).isEqualTo("id,name,tasks");
        assertThat(pages.get(1).queryParameter("after").firstValue()).isEqualTo("QVFIUnh5");
    }

    @Test
    void page_tokens_come_from_the_long_lived_user_token_and_never_expire() {
        stubAccounts();
        assertThat(facebook.pageTokens(TOKEN))
                .containsExactly(
                        Map.entry(
                                "1000001",
                                new Grant(
                                        "EAAB-SECRET-page-1000001",
                                        null,
                                        null,
                                        null,
                                        Set.of(),
                                        "10158000000000001")),
                        Map.entry(
                                "1000002",
                                new Grant(
                                        "EAAB-SECRET-page-1000002",
                                        null,
                                        null,
                                        null,
                                        Set.of(),
                                        "10158000000000001")));
    }

    @Test
    void a_discovery_with_a_dead_token_is_a_refusal_with_its_cause() {
        wire.stubFor(
                get(urlPathEqualTo("/me"))
                        .willReturn(okJson(json("error-190-page.json")).withStatus(400)));
        assertThatThrownBy(() -> facebook.discover(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause())
                                        .isEqualTo(Cause.PASSWORD_CHANGED));
    }

    // --- revoking

    @Test
    void revoking_deletes_the_persons_permissions_and_a_dead_token_is_already_revoked() {
        wire.stubFor(
                delete(urlPathEqualTo("/me/permissions"))
                        .withQueryParam("access_token", equalTo(TOKEN))
                        .willReturn(okJson(json("permissions-deleted.json"))));
        facebook.revoke(TOKEN);
        wire.verify(1, deleteRequestedFor(urlPathEqualTo("/me/permissions")));

        wire.stubFor(
                delete(urlPathEqualTo("/me/permissions"))
                        .withQueryParam("access_token", equalTo("dead"))
                        .willReturn(okJson(json("error-190-page.json")).withStatus(400)));
        facebook.revoke("dead");

        wire.stubFor(
                delete(urlPathEqualTo("/me/permissions"))
                        .withQueryParam("access_token", equalTo("weak"))
                        .willReturn(okJson(json("error-200.json")).withStatus(403)));
        assertThatThrownBy(() -> facebook.revoke("weak")).isInstanceOf(NetworkRefusal.class);
    }

    // --- the deauthorize and data-deletion callbacks

    @Test
    void a_genuine_deauthorize_callback_revokes_the_persons_grant() {
        String signed =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("10158000000000001", NOW.minusSeconds(30)),
                        APP_SECRET);
        assertThat(facebook.callback(SignedRequestsForTests.deauthorize(signed)).revocation())
                .isEqualTo(
                        new Revocation(
                                "10158000000000001",
                                Cause.REVOKED_BY_USER,
                                "deauthorize-callback",
                                "The person removed Relink's app in their Facebook settings."));
    }

    /**
     * What it takes to take a callback once (DataDeletions and the callback endpoint remember the
     * fingerprint): the issue time, the end of the ten minutes, and a fingerprint of what the
     * signature covers, so that re-encoding the signature (base64 padding) makes no new request,
     * while the same payload sent as another kind of callback is another request.
     */
    @Test
    void
            a_verified_callback_tells_its_issue_time_its_freshness_and_a_fingerprint_of_what_is_signed() {
        String signed =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("10158000000000001", NOW.minusSeconds(30)),
                        APP_SECRET);
        var verified = facebook.callback(SignedRequestsForTests.deauthorize(signed));
        assertThat(verified.issuedAt()).isEqualTo(NOW.minusSeconds(30));
        assertThat(verified.freshUntil())
                .isEqualTo(NOW.minusSeconds(30).plus(Duration.ofMinutes(10)));
        String padded = signed.replace(".", "=.");
        assertThat(facebook.callback(SignedRequestsForTests.deauthorize(padded)).fingerprint())
                .as("the same signed request, its signature padded")
                .isEqualTo(verified.fingerprint());
        assertThat(facebook.callback(SignedRequestsForTests.dataDeletion(signed)).fingerprint())
                .as("the same payload as a data-deletion request")
                .isNotEqualTo(verified.fingerprint());
        String later =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("10158000000000001", NOW), APP_SECRET);
        assertThat(facebook.callback(SignedRequestsForTests.deauthorize(later)).fingerprint())
                .isNotEqualTo(verified.fingerprint());
    }

    @Test
    void a_forged_stale_or_malformed_callback_is_refused() {
        String forged =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW), "another-secret");
        String stale =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW.minus(Duration.ofMinutes(11))),
                        APP_SECRET);
        String nobody =
                SignedRequestsForTests.signed(
                        "{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":"
                                + NOW.getEpochSecond()
                                + "}",
                        APP_SECRET);
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.deauthorize(forged)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.deauthorize(stale)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too far");
        assertThatThrownBy(
                        () ->
                                facebook.callback(
                                        SignedRequestsForTests.deauthorize("not-a-signed-request")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.deauthorize(nobody)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user_id");
    }

    @Test
    void a_genuine_data_deletion_request_revokes_the_grant_and_asks_for_erasure() {
        // Meta's deletion payload carries an "expires" too; it is not needed to act on the request.
        String signed =
                SignedRequestsForTests.signed(
                        "{\"algorithm\":\"HMAC-SHA256\",\"expires\":"
                                + NOW.plusSeconds(3600).getEpochSecond()
                                + ",\"issued_at\":"
                                + NOW.minusSeconds(30).getEpochSecond()
                                + ",\"user_id\":\"10158000000000001\"}",
                        APP_SECRET);
        assertThat(facebook.callback(SignedRequestsForTests.dataDeletion(signed)).revocation())
                .isEqualTo(
                        new Revocation(
                                "10158000000000001",
                                Cause.REVOKED_BY_USER,
                                "data-deletion-callback",
                                "The person asked for their data to be deleted in their Facebook settings.",
                                true));
        assertThat(
                        facebook.callback(SignedRequestsForTests.deauthorize(signed))
                                .revocation()
                                .erasure())
                .as("a deauthorize callback erases nothing")
                .isFalse();
    }

    @Test
    void
            a_forged_stale_or_malformed_data_deletion_request_is_refused_like_a_deauthorize_callback() {
        String forged =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW), "another-secret");
        String stale =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW.minus(Duration.ofMinutes(11))),
                        APP_SECRET);
        String future =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("1", NOW.plus(Duration.ofMinutes(11))),
                        APP_SECRET);
        String nobody =
                SignedRequestsForTests.signed(
                        "{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":"
                                + NOW.getEpochSecond()
                                + "}",
                        APP_SECRET);
        String fraction =
                SignedRequestsForTests.signed(
                        "{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":"
                                + NOW.getEpochSecond()
                                + ",\"user_id\":1.5}",
                        APP_SECRET);
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.dataDeletion(forged)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.dataDeletion(stale)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too far");
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.dataDeletion(future)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too far");
        for (String malformed : new String[] {"not-a-signed-request", "", "a.b.c", "%%%.###"}) {
            assertThatThrownBy(
                            () -> facebook.callback(SignedRequestsForTests.dataDeletion(malformed)))
                    .as(malformed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(
                        () ->
                                facebook.callback(
                                        new io.relink.networks.Callback(
                                                "data-deletion", Map.of(), "", Map.of())))
                .as("no signed_request at all")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.dataDeletion(nobody)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user_id");
        assertThatThrownBy(() -> facebook.callback(SignedRequestsForTests.dataDeletion(fraction)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user_id");
    }

    /**
     * The signature proves who sent a request, not that it is new: within the ten minutes a copy
     * verifies again. That is harmless here, because a second request finds nothing left to kill or
     * erase (see DataDeletions); after the ten minutes the copy is refused.
     */
    @Test
    void a_replayed_data_deletion_request_verifies_only_inside_the_ten_minutes() {
        String signed =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal("10158000000000001", NOW.minusSeconds(30)),
                        APP_SECRET);
        assertThat(facebook.callback(SignedRequestsForTests.dataDeletion(signed)))
                .isEqualTo(facebook.callback(SignedRequestsForTests.dataDeletion(signed)));
        FacebookNetwork later =
                new FacebookNetwork(
                        NetworkSettings.of(
                                NetworkType.FACEBOOK,
                                APP_ID,
                                APP_SECRET,
                                base(),
                                Duration.ofSeconds(2),
                                Map.of()),
                        Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        assertThatThrownBy(() -> later.callback(SignedRequestsForTests.dataDeletion(signed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too far");
    }

    @Test
    void other_callback_kinds_are_not_offered() {
        String signed =
                SignedRequestsForTests.signed(SignedRequestsForTests.removal("1", NOW), APP_SECRET);
        var other =
                new io.relink.networks.Callback(
                        "events", Map.of(), "", Map.of("signed_request", signed));
        assertThatThrownBy(() -> facebook.callback(other))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- secrecy

    @Test
    void no_exception_message_or_string_carries_a_token_or_the_app_secret() {
        debugToken(TOKEN, 400, "error-4.json");
        wire.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(503)));
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .willReturn(okJson(json("oauth-code-used.json")).withStatus(400)));
        wire.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("<html>")));
        List<Throwable> thrown = new ArrayList<>();
        thrown.add(catchThrowable(() -> facebook.inspect(new Probe(TOKEN, null))));
        thrown.add(catchThrowable(() -> facebook.inspectAll(List.of(new Probe(TOKEN, null)))));
        thrown.add(catchThrowable(() -> facebook.exchange(TOKEN, TOKEN, REDIRECT)));
        thrown.add(catchThrowable(() -> facebook.discover(TOKEN)));
        assertThat(thrown).doesNotContainNull();
        List<String> texts = new ArrayList<>();
        for (Throwable each : thrown) {
            for (Throwable t = each; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
        }
        texts.add(facebook.toString());
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain("SECRET", APP_SECRET));
    }

    private void stubAccounts() {
        wire.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson(json("me.json"))));
        wire.stubFor(
                get(urlPathEqualTo("/me/accounts")).willReturn(okJson(json("me-accounts-1.json"))));
        wire.stubFor(
                get(urlPathEqualTo("/me/accounts"))
                        .withQueryParam("after", equalTo("QVFIUnh5"))
                        .willReturn(okJson(json("me-accounts-2.json"))));
    }

    private void debugToken(String token, int status, String file) {
        wire.stubFor(
                get(urlPathEqualTo("/debug_token"))
                        .withQueryParam("input_token", equalTo(token))
                        .willReturn(okJson(json(file)).withStatus(status)));
    }

    static NetworkTrouble catchTrouble(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(NetworkTrouble.class);
        return (NetworkTrouble) thrown;
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
        try (var in = FacebookNetworkTest.class.getResourceAsStream("/networks/facebook/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
