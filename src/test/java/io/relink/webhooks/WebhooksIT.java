package io.relink.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.relink.Await;
import io.relink.Browser;
import io.relink.Deployments;
import io.relink.Http;
import io.relink.reconnect.ReconnectFixtures;
import io.relink.webhooks.control.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks end to end: a subscription on a receiver on loopback (a JDK HTTP server in this JVM), a
 * SANDBOX password change that cuts a channel, and the signed {@code channel.lost} and {@code
 * token.died} deliveries it causes, verified with the Standard Webhooks signature; a receiver that
 * fails first gets the same {@code webhook-id} again; recovery sends {@code channel.recovered};
 * every attempt is listed; a test event and redelivery work; private destinations are refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhooksIT {

    static final String KEY = ReconnectFixtures.KEY;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relink().addClasses(ReconnectFixtures.class);
    }

    @Inject ReconnectFixtures fixtures;

    record Received(String id, String timestamp, String signature, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    static HttpServer receiver;
    static final List<Received> received = new CopyOnWriteArrayList<>();

    /** How many of the next channel.lost deliveries the receiver answers 500. */
    static final AtomicInteger failNext = new AtomicInteger();

    static String webhook;
    static String secret;
    static String channel;
    static final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

    /**
     * Started on first use, in the server's JVM where the tests run (Arquillian runs the methods in
     * the container, and a {@code @BeforeAll} on the client side only).
     */
    static synchronized void startReceiver() throws IOException {
        if (receiver != null) {
            return;
        }
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext(
                "/hook",
                exchange -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    boolean lost =
                            new String(body, StandardCharsets.UTF_8)
                                    .contains("\"type\":\"channel.lost\"");
                    int status =
                            lost && failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
                    received.add(
                            new Received(
                                    exchange.getRequestHeaders().getFirst("webhook-id"),
                                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                                    new String(body, StandardCharsets.UTF_8)));
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                });
        receiver.start();
    }

    @Test
    @Order(1)
    void a_subscription_is_made_with_a_secret_shown_once_and_private_destinations_are_refused()
            throws IOException {
        startReceiver();
        fixtures.workspace();
        for (String refused :
                List.of(
                        "https://10.0.0.1/hook",
                        "https://169.254.169.254/latest/meta-data",
                        "ftp://example.com/",
                        "https://user:pw@example.com/")) {
            HttpResponse<String> answer =
                    api().send(
                                    "POST",
                                    "api/v1/webhooks",
                                    KEY,
                                    "{\"url\":\"" + refused + "\",\"events\":[\"channel.lost\"]}");
            assertThat(answer.statusCode()).as(refused + ": " + answer.body()).isEqualTo(400);
        }
        assertThat(
                        api().send(
                                        "POST",
                                        "api/v1/webhooks",
                                        KEY,
                                        "{\"url\":\"" + hook() + "\",\"events\":[\"bogus.event\"]}")
                                .statusCode())
                .isEqualTo(400);

        HttpResponse<String> made =
                api().send(
                                "POST",
                                "api/v1/webhooks",
                                KEY,
                                "{\"url\":\""
                                        + hook()
                                        + "\",\"events\":[\"channel.lost\",\"token.died\","
                                        + "\"channel.recovered\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        secret = Http.json(made).getString("secret");
        webhook = Http.json(made).getJsonObject("webhook").getString("id");
        assertThat(secret).startsWith("whsec_");
        assertThat(api().get("api/v1/webhooks", KEY).body())
                .contains(webhook)
                .doesNotContain(secret);
    }

    @Test
    @Order(2)
    void a_password_change_sends_signed_lost_and_died_events_retried_with_the_same_id() {
        fixtures.account("hook-" + run, "hp-" + run);
        HttpResponse<String> back =
                browser()
                        .consent(
                                Http.json(
                                                api().send(
                                                                "POST",
                                                                "api/v1/connections",
                                                                KEY,
                                                                "{\"network\":\"SANDBOX\"}"))
                                        .getString("authorizationUrl"),
                                "hook-" + run,
                                true);
        assertThat(back.statusCode()).isEqualTo(200);
        channel =
                Http.json(api().get("api/v1/channels?q=hp-" + run, KEY))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id");
        failNext.set(1); // the first delivery fails: it must come again with the same id
        sandbox().post("script/accounts/hook-" + run + "/password-change", null);
        api().post("api/v1/channels/" + channel + "/check", KEY);

        Await.until(
                Duration.ofSeconds(40),
                () -> ofType("channel.lost").size(),
                n -> n >= 2,
                "channel.lost delivered again after the receiver failed once");
        List<Received> lost = ofType("channel.lost");
        assertThat(lost.get(0).id()).isEqualTo(lost.get(1).id());
        for (Received delivery : received) {
            assertThat(
                            WebhookSignature.verify(
                                    secret,
                                    delivery.id(),
                                    delivery.timestamp(),
                                    delivery.body(),
                                    delivery.signature(),
                                    Instant.now()))
                    .as(delivery.body())
                    .isTrue();
        }
        JsonObject data = lost.get(1).json().getJsonObject("data");
        assertThat(data.getJsonObject("channel").getString("id")).isEqualTo(channel);
        assertThat(data.getJsonObject("channel").getString("state")).isEqualTo("DISCONNECTED");
        assertThat(data.getJsonObject("channel").getString("cause")).isEqualTo("PASSWORD_CHANGED");
        assertThat(data.getJsonObject("channel").getString("nextStep")).isNotBlank();
        assertThat(lost.get(1).body()).doesNotContain("access_secret", "refresh");
        Await.until(
                Duration.ofSeconds(20),
                () -> ofType("token.died").size(),
                n -> n >= 1,
                "token.died delivered");

        JsonObject page = Http.json(api().get("api/v1/webhooks/" + webhook + "/deliveries", KEY));
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(
                        d -> {
                            assertThat(d.getString("type")).isEqualTo("channel.lost");
                            assertThat(d.getString("status")).isEqualTo("DELIVERED");
                            assertThat(d.getJsonArray("tries")).hasSize(2);
                            assertThat(d.getJsonArray("tries").getJsonObject(0).getInt("status"))
                                    .isEqualTo(500);
                        });
    }

    @Test
    @Order(3)
    void recovery_sends_channel_recovered() {
        sandbox().post("script/accounts/hook-" + run + "/restore", null);
        HttpResponse<String> started = api().post("api/v1/channels/" + channel + "/reconnect", KEY);
        browser().consent(Http.json(started).getString("authorizationUrl"), "hook-" + run, true);
        Await.until(
                Duration.ofSeconds(30),
                () -> ofType("channel.recovered").size(),
                n -> n >= 1,
                "channel.recovered delivered");
    }

    @Test
    @Order(4)
    void a_test_event_and_a_redelivery_reach_the_receiver() {
        int before = received.size();
        assertThat(api().post("api/v1/webhooks/" + webhook + "/test", KEY).statusCode())
                .isEqualTo(202);
        Await.until(
                Duration.ofSeconds(20),
                () -> ofType("webhook.test").size(),
                n -> n >= 1,
                "the test event");
        String delivery =
                Http.json(api().get("api/v1/webhooks/" + webhook + "/deliveries", KEY))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id");
        assertThat(
                        api().post(
                                        "api/v1/webhooks/"
                                                + webhook
                                                + "/deliveries/"
                                                + delivery
                                                + "/redeliver",
                                        KEY)
                                .statusCode())
                .isEqualTo(202);
        Await.until(Duration.ofSeconds(20), received::size, n -> n >= before + 2, "the redelivery");
        // a rotated secret: both the old and the new one verify while the old one lasts
        String newSecret =
                Http.json(api().post("api/v1/webhooks/" + webhook + "/rotate-secret", KEY))
                        .getString("secret");
        api().post("api/v1/webhooks/" + webhook + "/test", KEY);
        Await.until(
                Duration.ofSeconds(20),
                () -> ofType("webhook.test").size(),
                n -> n >= 2,
                "the second test event");
        Received last = ofType("webhook.test").get(ofType("webhook.test").size() - 1);
        for (String s : List.of(secret, newSecret)) {
            assertThat(
                            WebhookSignature.verify(
                                    s,
                                    last.id(),
                                    last.timestamp(),
                                    last.body(),
                                    last.signature(),
                                    Instant.now()))
                    .isTrue();
        }
    }

    private static List<Received> ofType(String type) {
        return received.stream().filter(r -> r.json().getString("type").equals(type)).toList();
    }

    private static String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    static Http api() {
        return new Http(url(config("relink.public-url")));
    }

    static Http sandbox() {
        return new Http(url(config("relink.sandbox.url")));
    }

    static Browser browser() {
        return new Browser(url(config("relink.public-url")));
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static URL url(String base) {
        try {
            return URI.create(base.endsWith("/") ? base : base + "/").toURL();
        } catch (MalformedURLException bad) {
            throw new IllegalStateException(bad);
        }
    }
}
