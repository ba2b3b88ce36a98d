package io.relink.networks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.relink.Await;
import io.relink.Http;
import io.relink.MicroNode;
import io.relink.networks.meta.SignedRequestsForTests;
import io.relink.networks.tiktok.TikTokSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Meta's signed callbacks, end to end on a Facebook-configured node. The Arquillian nodes leave
 * Facebook unconfigured, so this test starts a Payara Micro node of its own (demo workspace, own H2
 * database under {@code target/facebook-callback}, port {@value #PORT}) whose Facebook adapter
 * talks to a WireMock stub in this JVM that finds every token valid, as a real app would see them
 * before anything happens. Then, as Meta would, it posts signed requests for Jane Doe, who holds
 * "Acme Coffee" alone and "Acme Coffee Events" together with Tom Berg:
 *
 * <ul>
 *   <li>a forged one is a 400 and changes nothing;
 *   <li>a deauthorize callback turns every channel reached only through Jane red at once (no sweep
 *       needed: the stub would call them valid), and the shared page DEGRADED;
 *   <li>a data-deletion request answers {@code {url, confirmation_code}}, the URL answers the
 *       status, and Jane's tokens' secrets are erased (told by the history, as no REST answer shows
 *       secrets); for Tom, still connected, the same request also kills his token.
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FacebookCallbackIT {

    static final int PORT = 18095;
    static final String KEY = "rk_facebook_callback_it_0123456789abcdef";
    static final String APP_ID = "138483919580948";
    static final String APP_SECRET = "it-facebook-app-secret-0123456789";
    static final String TIKTOK_SECRET = "it-tiktok-client-secret-0123456789";
    static final String JANE = "10158000000000001";
    static final String TOM = "10158000000000002";

    /**
     * Jane's only page, the page Jane and Tom share, and Tom's page he lost the role on (demo
     * data).
     */
    static final String ALONE = "fb-page-1";

    static final String SHARED = "fb-page-4";
    static final String BERLIN = "fb-page-2";
    static final Path WORK =
            Path.of(System.getProperty("relink.war", "target/relink.war"))
                    .toAbsolutePath()
                    .getParent()
                    .resolve("facebook-callback");

    static WireMockServer graph;
    static MicroNode node;
    static Http api;

    @BeforeAll
    static void startGraphStubAndNode() throws IOException {
        graph =
                new WireMockServer(
                        WireMockConfiguration.options()
                                .bindAddress("127.0.0.1")
                                .dynamicPort()
                                .extensions(new ValidTokens()));
        graph.start();
        graph.stubFor(
                get(urlPathEqualTo("/debug_token"))
                        .willReturn(aResponse().withTransformers(ValidTokens.NAME)));
        graph.stubFor(
                post(urlPathEqualTo("/"))
                        .willReturn(aResponse().withTransformers(ValidTokens.NAME)));

        deleteRecursively(WORK.resolve("data")); // the demo seeds only an empty database
        Map<String, String> env = new HashMap<>();
        env.put("RELINK_DEMO", "true");
        env.put("RELINK_DEMO_API_KEY", KEY);
        env.put("RELINK_DATA_DIR", WORK.resolve("data").toString());
        env.put("RELINK_DB_URL", "jdbc:h2:file:" + WORK.resolve("data").resolve("relink"));
        env.put("RELINK_DB_USER", "relink");
        env.put("RELINK_DB_PASSWORD", "relink");
        env.put("RELINK_PUBLIC_URL", "http://localhost:" + PORT);
        env.put("RELINK_NODE_NAME", "relink-facebook-it");
        env.put("RELINK_CHECKS_INTERVAL", "PT2S");
        env.put("RELINK_NETWORK_FACEBOOK_CLIENT_ID", APP_ID);
        env.put("RELINK_NETWORK_FACEBOOK_CLIENT_SECRET", APP_SECRET);
        env.put("RELINK_NETWORK_FACEBOOK_BASE_URL", "http://127.0.0.1:" + graph.port() + "/");
        env.put("RELINK_NETWORK_FACEBOOK_TIMEOUT", "PT5S");
        // TikTok too, for its signed webhook (no TikTok channel in the demo data needs the stub)
        env.put("RELINK_NETWORK_TIKTOK_CLIENT_ID", "it-tiktok-client");
        env.put("RELINK_NETWORK_TIKTOK_CLIENT_SECRET", TIKTOK_SECRET);
        env.put("RELINK_NETWORK_TIKTOK_BASE_URL", "http://127.0.0.1:" + graph.port() + "/");
        node = MicroNode.start("relink-facebook", PORT, WORK, env);
        node.awaitReady("/sandbox/script/stats", Duration.ofMinutes(5));
        api = new Http(node.base());
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (graph != null) {
            graph.stop();
        }
    }

    @Test
    @Order(1)
    void the_sweep_finds_the_demo_facebook_tokens_valid_at_the_stub() {
        Map<String, JsonObject> pages =
                Await.until(
                        Duration.ofMinutes(2),
                        FacebookCallbackIT::facebookPages,
                        seen ->
                                Stream.of(ALONE, SHARED)
                                        .allMatch(
                                                page ->
                                                        seen.containsKey(page)
                                                                && tokens(seen.get(page)).stream()
                                                                        .allMatch(
                                                                                t ->
                                                                                        t.getInt(
                                                                                                        "checks")
                                                                                                > 0)),
                        "the sweep checked Jane's and Tom's working Facebook tokens at the stub");
        assertThat(state(pages, ALONE)).isEqualTo("CONNECTED");
        assertThat(state(pages, SHARED)).isEqualTo("CONNECTED");
        assertThat(tokens(pages.get(SHARED)))
                .extracting(t -> t.getJsonObject("identity").getString("name"))
                .containsExactlyInAnyOrder("Jane Doe", "Tom Berg");
        assertThat(graph.getAllServeEvents())
                .as("Relink asked the stub as Facebook's app")
                .anySatisfy(
                        e ->
                                assertThat(
                                                e.getRequest().getUrl()
                                                        + " "
                                                        + e.getRequest().getBodyAsString())
                                        .contains("access_token=" + APP_ID));
    }

    @Test
    @Order(2)
    void a_forged_stale_or_malformed_callback_is_a_400_and_changes_nothing() {
        Map<String, String> before = states();
        String forged =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal(JANE, Instant.now()), "not-the-app-secret");
        String stale =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal(
                                JANE, Instant.now().minus(Duration.ofMinutes(30))),
                        APP_SECRET);
        for (String kind : List.of("deauthorize", "data-deletion")) {
            for (String signed : List.of(forged, stale, "x.y", "")) {
                HttpResponse<String> refused = callback(kind, signed);
                assertThat(refused.statusCode())
                        .as(kind + " " + signed + ": " + refused.body())
                        .isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(
                                t -> assertThat(t).startsWith("application/problem+json"));
            }
        }
        assertThat(states()).isEqualTo(before);
        assertThat(tokens(facebookPages().get(ALONE)))
                .allSatisfy(t -> assertThat(t.getString("status")).isEqualTo("VALID"));
    }

    @Test
    @Order(3)
    void a_deauthorize_callback_turns_janes_only_page_red_at_once_and_the_shared_page_degraded() {
        String signed = signedFor(JANE);
        HttpResponse<String> answer = callback("deauthorize", signed);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Http.json(answer).getString("network")).isEqualTo("FACEBOOK");
        assertThat(Http.json(answer).getInt("tokensRevoked"))
                .as("Jane's tokens on both pages")
                .isEqualTo(2);

        // No waiting: the answer came after the deaths were committed, and the stub would call
        // every token valid.
        Map<String, JsonObject> pages = facebookPages();
        JsonObject alone = pages.get(ALONE);
        assertThat(alone.getString("state")).isEqualTo("DISCONNECTED");
        assertThat(alone.getString("cause")).isEqualTo("REVOKED_BY_USER");
        assertThat(alone.getString("causeText")).isNotBlank();
        JsonObject shared = pages.get(SHARED);
        assertThat(shared.getString("state")).isEqualTo("DEGRADED");
        assertThat(token(shared, "Jane Doe").getString("status")).isEqualTo("REVOKED");
        assertThat(token(shared, "Jane Doe").getString("cause")).isEqualTo("REVOKED_BY_USER");
        assertThat(token(shared, "Tom Berg").getString("status")).isEqualTo("VALID");
        assertThat(state(pages, BERLIN))
                .as("another person's page is untouched")
                .isEqualTo("DISCONNECTED");
        assertThat(pages.get(BERLIN).getString("cause")).isEqualTo("ADMIN_ROLE_LOST");

        assertThat(history(alone))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("action")).isEqualTo("token.died");
                            assertThat(e.getString("actor")).isEqualTo("network:facebook");
                        })
                .anySatisfy(
                        e -> assertThat(e.getString("action")).isEqualTo("channel.state-changed"));

        assertReplayRefused("deauthorize", signed);
    }

    /** A copy of a signed request that was taken: a 400 problem, and nothing changes. */
    static void assertReplayRefused(String kind, String signed) {
        Map<String, String> before = states();
        int historyBefore = history(facebookPages().get(ALONE)).size();
        HttpResponse<String> again = callback(kind, signed);
        assertThat(again.statusCode()).as(kind + " again: " + again.body()).isEqualTo(400);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(again).getString("type")).endsWith("replayed-callback");
        assertThat(states()).isEqualTo(before);
        assertThat(history(facebookPages().get(ALONE))).hasSize(historyBefore);
    }

    @Test
    @Order(4)
    void a_data_deletion_request_erases_janes_secrets_and_answers_a_status_url() {
        // Issued half a minute ago, so that the second request below (issued now) is surely not a
        // copy of it: issue times are whole seconds.
        String signed =
                SignedRequestsForTests.signed(
                        SignedRequestsForTests.removal(JANE, Instant.now().minusSeconds(30)),
                        APP_SECRET);
        HttpResponse<String> answer = callback("data-deletion", signed);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject receipt = Http.json(answer);
        String code = receipt.getString("confirmation_code");
        assertThat(code).matches("[0-9a-f]{32}");
        assertThat(receipt.getString("url"))
                .isEqualTo(
                        "http://localhost:"
                                + PORT
                                + "/api/v1/callbacks/facebook/data-deletion/"
                                + code);

        HttpResponse<String> status = api.get(receipt.getString("url"), null);
        assertThat(status.statusCode()).as("no API key needed: " + status.body()).isEqualTo(200);
        JsonObject deletion = Http.json(status);
        assertThat(deletion.getString("confirmation_code")).isEqualTo(code);
        assertThat(deletion.getString("status")).isEqualTo("COMPLETED");
        assertThat(deletion.getInt("tokensErased"))
                .as("Jane's two Facebook tokens, dead since the deauthorize callback")
                .isEqualTo(2);
        assertThat(Instant.parse(deletion.getString("completedAt")))
                .isAfterOrEqualTo(Instant.parse(deletion.getString("requestedAt")));

        Map<String, JsonObject> pages = facebookPages();
        for (String page : List.of(ALONE, SHARED)) {
            String janes = token(pages.get(page), "Jane Doe").getString("id");
            assertThat(history(pages.get(page)))
                    .as(page)
                    .anySatisfy(
                            e -> {
                                assertThat(e.getString("action")).isEqualTo("token.erased");
                                assertThat(e.getString("actor")).isEqualTo("network:facebook");
                                assertThat(e.getString("tokenId")).isEqualTo(janes);
                                // the code is a secret: the history names its end only
                                assertThat(e.getString("detail"))
                                        .contains("ending " + code.substring(26))
                                        .doesNotContain(code);
                            });
        }
        assertThat(state(pages, SHARED))
                .as("Tom's token still carries the shared page")
                .isEqualTo("DEGRADED");

        assertReplayRefused("data-deletion", signed);
        // Another request of Jane's (issued at another second), not a copy: taken.
        JsonObject again = Http.json(callback("data-deletion", signedFor(JANE)));
        assertThat(again.getString("confirmation_code")).isNotEqualTo(code);
        assertThat(Http.json(api.get(again.getString("url"), null)).getInt("tokensErased"))
                .as("nothing left to erase")
                .isZero();

        for (String unknown : List.of("0123456789abcdef0123456789abcdef", "not-a-code")) {
            HttpResponse<String> missing =
                    api.get("api/v1/callbacks/facebook/data-deletion/" + unknown, null);
            assertThat(missing.statusCode()).as(unknown).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(api.get("api/v1/callbacks/instagram/data-deletion/" + code, null).statusCode())
                .as("another network's path")
                .isEqualTo(404);
        assertThat(api.get("api/v1/callbacks/facebook/deauthorize/" + code, null).statusCode())
                .as("another kind's path")
                .isEqualTo(404);
    }

    @Test
    @Order(5)
    void a_data_deletion_request_of_a_connected_person_kills_and_erases_their_tokens_together() {
        HttpResponse<String> answer = callback("data-deletion", signedFor(TOM));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject deletion = Http.json(api.get(Http.json(answer).getString("url"), null));
        assertThat(deletion.getInt("tokensErased"))
                .as("Tom's working token on the shared page and his dead one on Berlin")
                .isEqualTo(2);

        Map<String, JsonObject> pages = facebookPages();
        assertThat(state(pages, SHARED)).isEqualTo("DISCONNECTED");
        assertThat(pages.get(SHARED).getString("cause")).isEqualTo("REVOKED_BY_USER");
        assertThat(pages.get(BERLIN).getString("cause"))
                .as("a dead token keeps the cause it died of")
                .isEqualTo("ADMIN_ROLE_LOST");
        assertThat(
                        history(pages.get(SHARED)).stream()
                                .map(e -> e.getString("action"))
                                .collect(Collectors.toList()))
                .contains("token.died", "token.erased", "channel.state-changed");
        assertThat(history(pages.get(BERLIN)))
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("token.erased"));
    }

    /**
     * TikTok's signed webhook (this node has TikTok configured, with no TikTok channel): taken
     * once; its copy is a 400; the same event signed at another time is another delivery (TikTok
     * signs each retry afresh) and is taken.
     */
    @Test
    @Order(6)
    void a_tiktok_event_is_taken_once() {
        String body =
                "{\"client_key\":\"it\",\"event\":\"authorization.removed\",\"create_time\":"
                        + Instant.now().getEpochSecond()
                        + ",\"user_openid\":\"-000Nobody-"
                        + System.nanoTime()
                        + "\",\"content\":\"{\\\"reason\\\":1}\"}";
        long t = Instant.now().getEpochSecond();
        String signature = TikTokSignature.sign(t, body, TIKTOK_SECRET);
        HttpResponse<String> first = tiktok(body, signature);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first).getInt("tokensRevoked")).isZero();
        HttpResponse<String> again = tiktok(body, signature);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(Http.json(again).getString("type")).endsWith("replayed-callback");
        HttpResponse<String> retried =
                tiktok(body, TikTokSignature.sign(t - 1, body, TIKTOK_SECRET));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    }

    static HttpResponse<String> tiktok(String body, String signature) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(
                                                    "http://localhost:"
                                                            + PORT
                                                            + "/api/v1/callbacks/tiktok/events"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .header("TikTok-Signature", signature)
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException failed) {
            throw new AssertionError("TikTok's callback could not be posted", failed);
        }
    }

    // ---- Meta's side ----

    static String signedFor(String user) {
        return SignedRequestsForTests.signed(
                SignedRequestsForTests.removal(user, Instant.now()), APP_SECRET);
    }

    static HttpResponse<String> callback(String kind, String signedRequest) {
        return api.postForm(
                "api/v1/callbacks/facebook/" + kind,
                "signed_request=" + URLEncoder.encode(signedRequest, StandardCharsets.UTF_8));
    }

    // ---- Relink's REST API, as an integration reads it ----

    static Map<String, JsonObject> facebookPages() {
        HttpResponse<String> page = api.get("api/v1/channels?network=FACEBOOK&size=200", KEY);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("externalId"), c -> c));
    }

    static Map<String, String> states() {
        return facebookPages().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getString("state")));
    }

    static String state(Map<String, JsonObject> pages, String page) {
        return pages.get(page).getString("state");
    }

    static List<JsonObject> tokens(JsonObject channel) {
        return channel.getJsonArray("tokens").getValuesAs(JsonObject.class);
    }

    static JsonObject token(JsonObject channel, String identity) {
        return tokens(channel).stream()
                .filter(t -> t.getJsonObject("identity").getString("name").equals(identity))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no token of "
                                                + identity
                                                + " on "
                                                + channel.getString("externalId")));
    }

    static List<JsonObject> history(JsonObject channel) {
        HttpResponse<String> page =
                api.get("api/v1/channels/" + channel.getString("id") + "/history?size=200", KEY);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Facebook's {@code debug_token} for a Page token that works, alone ({@code GET /debug_token})
     * or once per operation of a Graph batch ({@code POST /} with {@code batch=[...]}), however
     * many tokens the sweep sends at once.
     */
    static final class ValidTokens implements ResponseDefinitionTransformerV2 {

        static final String NAME = "valid-facebook-tokens";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String valid =
                    Json.createObjectBuilder()
                            .add(
                                    "data",
                                    Json.createObjectBuilder()
                                            .add("app_id", APP_ID)
                                            .add("type", "PAGE")
                                            .add("application", "Relink")
                                            .add("expires_at", 0)
                                            .add("is_valid", true)
                                            .add(
                                                    "data_access_expires_at",
                                                    Instant.now()
                                                            .plus(Duration.ofDays(90))
                                                            .getEpochSecond())
                                            .add(
                                                    "scopes",
                                                    Json.createArrayBuilder()
                                                            .add("pages_show_list")
                                                            .add("pages_manage_posts")))
                            .build()
                            .toString();
            if ("GET".equals(event.getRequest().getMethod().getName())) {
                return json(valid);
            }
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (int i = 0; i < operations(event.getRequest().getBodyAsString()).size(); i++) {
                items.add(Json.createObjectBuilder().add("code", 200).add("body", valid));
            }
            return json(items.build().toString());
        }

        private static JsonArray operations(String form) {
            for (String pair : form.split("&")) {
                if (pair.startsWith("batch=")) {
                    try (JsonReader reader =
                            Json.createReader(
                                    new StringReader(
                                            URLDecoder.decode(
                                                    pair.substring(6), StandardCharsets.UTF_8)))) {
                        return reader.readArray();
                    }
                }
            }
            return JsonArray.EMPTY_JSON_ARRAY;
        }

        private static ResponseDefinition json(String body) {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)
                    .build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
