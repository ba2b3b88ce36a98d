package io.relink.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
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
 *
 * <p>And the same changes told to people by e-mail (a real SMTP server, GreenMail, started late on
 * purpose): settings checked whole, a password change that cuts two pages is one message per chosen
 * person, kept while no mail server answers and sent once it does; recovery tells those who heard
 * of the loss; a channel still down is escalated once to the owners; the daily digest.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhooksIT {

    static final String KEY = ReconnectFixtures.KEY;

    @Deployment
    static WebArchive deployment() {
        // GreenMail runs in the server's JVM, where the tests run
        return Deployments.relink()
                .addClasses(ReconnectFixtures.class)
                .addAsLibraries(
                        Maven.resolver()
                                .loadPomFromFile("pom.xml")
                                .resolve("com.icegreen:greenmail", "org.slf4j:slf4j-api:1.7.36")
                                .withoutTransitivity()
                                .asFile());
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
        HttpResponse<String> back = connect("hook-" + run);
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
        // (the redelivery above is a webhook.test too, signed before the rotation: count from here)
        int tests = ofType("webhook.test").size();
        api().post("api/v1/webhooks/" + webhook + "/test", KEY);
        Await.until(
                Duration.ofSeconds(20),
                () -> ofType("webhook.test").size(),
                n -> n >= tests + 1,
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

    // ---- e-mail notices, in the same deployment: the same changes tell people and systems ----

    static GreenMail smtp;
    static String outsiderLink;
    static String m1;
    static String m2;

    @Test
    @Order(5)
    void settings_are_checked_and_nothing_changes_when_any_of_it_is_wrong() {
        UUID ws = fixtures.workspace();
        JsonObject before = Http.json(api().get("api/v1/notification-settings", KEY));
        assertThat(before.getJsonArray("thresholdDays").toString()).isEqualTo("[14,7,3,1]");
        String owner = personId(before, "owner@reconnect.test");
        String admin = personId(before, "admin@reconnect.test");
        String viewer = personId(before, "viewer@reconnect.test");
        for (String wrong :
                List.of(
                        "{\"ladderDays\":[14,5]}",
                        "{\"ladderDays\":\"14\"}",
                        "{\"members\":[{\"personId\":\"" + owner + "\",\"kinds\":[\"sms\"]}]}",
                        "{\"members\":[{\"personId\":\"" + UUID.randomUUID() + "\",\"kinds\":[]}]}",
                        "{\"ladderDays\":[7],\"members\":[{\"personId\":\"nope\",\"kinds\":[]}]}",
                        "{\"bogus\":1}")) {
            HttpResponse<String> refused =
                    api().send("PUT", "api/v1/notification-settings", KEY, wrong);
            assertThat(refused.statusCode()).as(wrong + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                    .contains("application/problem+json");
        }
        assertThat(Http.json(api().get("api/v1/notification-settings", KEY)))
                .as("nothing changed")
                .isEqualTo(before);
        // owner: the default and the digest; admin: nothing; viewer: losses and recoveries
        HttpResponse<String> changed =
                api().send(
                                "PUT",
                                "api/v1/notification-settings",
                                KEY,
                                "{\"ladderDays\":[14,7,3,1],\"members\":["
                                        + "{\"personId\":\""
                                        + admin
                                        + "\",\"kinds\":[]},"
                                        + "{\"personId\":\""
                                        + viewer
                                        + "\",\"kinds\":[\"lost\",\"recovered\"]}]}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        HttpResponse<String> mine =
                new Http.Person(api(), basic("owner@reconnect.test"), ws.toString())
                        .send(
                                "PUT",
                                "api/v1/me/notifications",
                                "{\"kinds\":[\"expiring\",\"lost\",\"recovered\","
                                        + "\"unverified\",\"unlinked\",\"digest\"]}");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(Http.json(mine).getJsonArray("kinds")).hasSize(6);
        assertThat(api().get("api/v1/me/notifications", KEY).statusCode())
                .as("a key is not somebody")
                .isEqualTo(403);
    }

    @Test
    @Order(6)
    void a_password_change_is_one_mail_per_chosen_person_kept_while_the_mail_server_is_away() {
        fixtures.account("mail-" + run, "m1-" + run, "m2-" + run);
        connect("mail-" + run);
        m1 = channelId("m1-" + run);
        m2 = channelId("m2-" + run);
        HttpResponse<String> extra =
                api().send(
                                "PUT",
                                "api/v1/channels/" + m1 + "/notification-settings",
                                KEY,
                                "{\"extraAddresses\":[\"page-owner@elsewhere.test\"]}");
        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(200);
        assertThat(
                        api().send(
                                        "PUT",
                                        "api/v1/channels/" + m2 + "/notification-settings",
                                        KEY,
                                        "{\"extraAddresses\":[\"two, addresses@x.test\"]}")
                                .statusCode())
                .isEqualTo(400);

        // no mail server yet: the notices wait, visibly, and nothing is lost
        sandbox().post("script/accounts/mail-" + run + "/password-change", null);
        api().post("api/v1/channels/" + m1 + "/check", KEY);
        api().post("api/v1/channels/" + m2 + "/check", KEY);
        String waited =
                Await.until(
                                Duration.ofSeconds(40),
                                () -> notices(m1),
                                n ->
                                        n.stream()
                                                .anyMatch(
                                                        x ->
                                                                x.getString("state")
                                                                        .startsWith(
                                                                                "waiting for the mail server")),
                                "a loss notice waiting for the mail server")
                        .stream()
                        .filter(x -> x.getString("state").startsWith("waiting for the mail server"))
                        .findFirst()
                        .orElseThrow()
                        .getString("id");

        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Await.until(
                Duration.ofSeconds(40),
                () ->
                        mailsTo("viewer@reconnect.test").size()
                                + mailsTo("page-owner@elsewhere.test").size(),
                n -> n >= 2,
                "the loss mails, once the mail server is there");
        Await.until(
                Duration.ofSeconds(20),
                () -> mailsTo("owner@reconnect.test"),
                m -> m.stream().anyMatch(x -> subject(x).contains("lost")),
                "the owner's loss mail");
        sleep(Duration.ofSeconds(6)); // several relay ticks: nothing is sent twice

        List<MimeMessage> owner = lossMails("owner@reconnect.test");
        assertThat(owner).as("one message for both channels").hasSize(1);
        String text = text(owner.get(0));
        assertThat(subject(owner.get(0)))
                .isEqualTo("2 channels of Reconnect tests lost their access");
        assertThat(text)
                .contains("Page m1-" + run + " (Sandbox)")
                .contains("Page m2-" + run + " (Sandbox)")
                .contains("changed their Sandbox password")
                .contains("Next step: Reconnect with")
                .contains("/center/channels.xhtml?fix=" + m1)
                .contains("/center/channels.xhtml?fix=" + m2)
                .contains("for the workspace Reconnect tests")
                .contains("/center/notifications.xhtml");
        assertThat(lossMails("viewer@reconnect.test")).hasSize(1);
        assertThat(lossMails("admin@reconnect.test")).as("the admin chose nothing").isEmpty();
        List<MimeMessage> outsider = lossMails("page-owner@elsewhere.test");
        assertThat(outsider).hasSize(1);
        assertThat(text(outsider.get(0)))
                .contains("Page m1-" + run)
                .doesNotContain("Page m2-" + run)
                .doesNotContain("notifications.xhtml")
                .doesNotContain("channels.xhtml?fix=");
        Matcher delegated =
                Pattern.compile("Reconnect: (http://\\S+/oauth/delegated/[A-Za-z0-9_-]+)")
                        .matcher(text(outsider.get(0)));
        assertThat(delegated.find()).as("a single-use link of its own").isTrue();
        outsiderLink = delegated.group(1);

        // what was sent to whom: the same message for both channels, its Message-ID on the mail
        JsonObject sent =
                notices(m1).stream()
                        .filter(n -> n.getString("address").equals("owner@reconnect.test"))
                        .findFirst()
                        .orElseThrow();
        assertThat(sent.getString("status")).isEqualTo("SENT");
        JsonObject refusedFirst =
                notices(m1).stream()
                        .filter(n -> n.getString("id").equals(waited))
                        .findFirst()
                        .orElseThrow();
        assertThat(refusedFirst.getString("status")).isEqualTo("SENT");
        assertThat(refusedFirst.getInt("attempts"))
                .as("refused while the server was away, then taken")
                .isGreaterThanOrEqualTo(2);
        assertThat(header(owner.get(0), "Message-ID"))
                .startsWith("<" + sent.getString("messageId") + "@");
        assertThat(
                        notices(m2).stream()
                                .filter(n -> n.getString("address").equals("owner@reconnect.test"))
                                .map(n -> n.getString("messageId"))
                                .toList())
                .containsExactly(sent.getString("messageId"));
        HttpResponse<String> preview =
                api().get("api/v1/notifications/" + sent.getString("id") + "/message", KEY);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(Http.json(preview).getString("text")).contains("Page m2-" + run);

        // the button: signed out, the page asks for a sign-in first
        HttpResponse<String> fix = browser().get("center/channels.xhtml?fix=" + m1);
        assertThat(fix.statusCode()).isEqualTo(302);
        assertThat(fix.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
    }

    @Test
    @Order(7)
    void recovery_tells_those_who_heard_of_the_loss() {
        sandbox().post("script/accounts/mail-" + run + "/restore", null);
        // the page's real owner, no member, reconnects with the link from their e-mail
        Browser owner = browser();
        assertThat(owner.get(outsiderLink).body()).contains("Reconnect Page m1-" + run);
        HttpResponse<String> opened = owner.postForm(outsiderLink, Map.of());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        HttpResponse<String> back =
                owner.consent(
                        opened.headers().firstValue("Location").orElseThrow(), "mail-" + run, true);
        assertThat(back.body()).contains("reconnected");
        Await.until(
                Duration.ofSeconds(40),
                () -> mailsTo("viewer@reconnect.test"),
                m -> m.stream().anyMatch(x -> subject(x).contains("work again")),
                "the recovery mail");
        MimeMessage recovered =
                mailsTo("owner@reconnect.test").stream()
                        .filter(x -> subject(x).contains("work again"))
                        .findFirst()
                        .orElseThrow();
        assertThat(text(recovered)).contains("Page m1-" + run).contains("Page m2-" + run);
        assertThat(mailsTo("admin@reconnect.test")).isEmpty();
    }

    @Test
    @Order(8)
    void a_channel_still_down_is_escalated_once_to_the_owners_saying_who_was_told() {
        fixtures.account("esc-" + run, "e1-" + run);
        connect("esc-" + run);
        String e1 = channelId("e1-" + run);
        sandbox().post("script/accounts/esc-" + run + "/password-change", null);
        api().post("api/v1/channels/" + e1 + "/check", KEY);
        Await.until(
                Duration.ofSeconds(60),
                () -> escalationsOf("e1-" + run),
                m -> !m.isEmpty(),
                "the escalation");
        sleep(Duration.ofSeconds(8));
        List<MimeMessage> escalations = escalationsOf("e1-" + run);
        assertThat(escalations).hasSize(1);
        assertThat(text(escalations.get(0)))
                .contains("Page e1-" + run)
                .contains("Told: ")
                .contains("viewer@reconnect.test (");
        assertThat(
                        mailsTo("viewer@reconnect.test").stream()
                                .filter(x -> subject(x).startsWith("Still disconnected"))
                                .filter(x -> text(x).contains("Page e1-" + run)))
                .as("escalations go to owners only")
                .isEmpty();
        // the owner chose the digest, and something is broken: today's digest, once
        Await.until(
                Duration.ofSeconds(30),
                () -> mailsTo("owner@reconnect.test"),
                m -> m.stream().anyMatch(x -> subject(x).startsWith("Daily digest")),
                "the daily digest");
        assertThat(
                        mailsTo("owner@reconnect.test").stream()
                                .filter(x -> subject(x).startsWith("Daily digest")))
                .hasSize(1);
        smtp.stop();
    }

    /** The owner's escalations that name this page. */
    private static List<MimeMessage> escalationsOf(String page) {
        return mailsTo("owner@reconnect.test").stream()
                .filter(x -> subject(x).startsWith("Still disconnected"))
                .filter(x -> text(x).contains("Page " + page))
                .toList();
    }

    private List<MimeMessage> lossMails(String address) {
        return mailsTo(address).stream().filter(m -> subject(m).contains("lost")).toList();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(
                        m -> {
                            try {
                                return Arrays.stream(m.getAllRecipients())
                                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                            } catch (MessagingException unreadable) {
                                throw new IllegalStateException(unreadable);
                            }
                        })
                .toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name)[0];
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The plain-text part. */
    private static String text(MimeMessage mail) {
        try {
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            return (String) parts.getBodyPart(0).getContent();
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static List<JsonObject> notices(String channelId) {
        return Http.json(api().get("api/v1/notifications?channelId=" + channelId, KEY))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static String channelId(String page) {
        return Http.json(api().get("api/v1/channels?q=" + page, KEY))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
    }

    private static String personId(JsonObject settings, String email) {
        return settings.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("email").equals(email))
                .findFirst()
                .orElseThrow()
                .getString("personId");
    }

    private static String basic(String email) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (email + ":" + ReconnectFixtures.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Connects a SANDBOX account through the consent page, as a person would. */
    private static HttpResponse<String> connect(String account) {
        return browser()
                .consent(
                        Http.json(
                                        api().send(
                                                        "POST",
                                                        "api/v1/connections",
                                                        KEY,
                                                        "{\"network\":\"SANDBOX\"}"))
                                .getString("authorizationUrl"),
                        account,
                        true);
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
