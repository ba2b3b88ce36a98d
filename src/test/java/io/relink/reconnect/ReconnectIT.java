package io.relink.reconnect;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.relink.Await;
import io.relink.Browser;
import io.relink.Deployments;
import io.relink.Http;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.Probe;
import io.relink.networks.Verdict;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * Connect, reconnect, add token and unlink against the SANDBOX network over real HTTP, following
 * the consent page like a browser: one consent brings all of an identity's channels back with their
 * ids and history; the wrong account is caught; a second token keeps a channel alive; unlink
 * revokes and erases; a state works once, for its member, within its ten minutes.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconnectIT {

    static final String KEY = ReconnectFixtures.KEY;

    @Deployment
    static WebArchive deployment() {
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
    @Inject Networks networks;

    final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

    @Test
    @Order(1)
    void connect_creates_every_channel_the_identity_manages() {
        fixtures.workspace();
        fixtures.account("ana-" + run, "p1-" + run, "p2-" + run);
        JsonObject started =
                created(api().send("POST", "api/v1/connections", KEY, "{\"network\":\"SANDBOX\"}"));
        assertThat(started.getString("authorizationUrl"))
                .contains("state=")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");

        HttpResponse<String> back =
                browser().consent(started.getString("authorizationUrl"), "ana-" + run, true);

        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("2 channels connected");
        JsonObject flow =
                Http.json(api().get("api/v1/connections/" + started.getString("id"), KEY));
        assertThat(flow.getString("status")).isEqualTo("COMPLETED");
        assertThat(flow.getJsonObject("outcome").getBoolean("ok")).isTrue();
        assertThat(flow.getJsonObject("outcome").getJsonArray("warnings")).isEmpty();
        assertThat(channels(run))
                .containsOnlyKeys("Page p1-" + run, "Page p2-" + run)
                .allSatisfy(
                        (name, c) -> {
                            assertThat(c.getString("state")).isEqualTo("CONNECTED");
                            assertThat(c.getJsonArray("tokens")).hasSize(1);
                        });
    }

    @Test
    @Order(2)
    void
            reconnect_after_a_password_change_brings_every_channel_of_the_identity_back_with_ids_and_history() {
        fixtures.workspace();
        fixtures.account("bea-" + run, "q1-" + run, "q2-" + run);
        browser().consent(startConnect(), "bea-" + run, true);
        Map<String, JsonObject> before = channels(run);
        sandbox().post("script/accounts/bea-" + run + "/password-change", null);
        before.values()
                .forEach(
                        c ->
                                assertThat(
                                                Http.json(
                                                                api().post(
                                                                                "api/v1/channels/"
                                                                                        + c
                                                                                                .getString(
                                                                                                        "id")
                                                                                        + "/check",
                                                                                KEY))
                                                        .getString("cause"))
                                        .isEqualTo("PASSWORD_CHANGED"));
        String first = before.get("Page q1-" + run).getString("id");
        String second = before.get("Page q2-" + run).getString("id");
        int historyBefore = history(second).size();

        JsonObject started = created(api().post("api/v1/channels/" + first + "/reconnect", KEY));
        HttpResponse<String> back =
                browser().consent(started.getString("authorizationUrl"), "bea-" + run, true);

        assertThat(back.body()).contains("2 channels reconnected");
        Map<String, JsonObject> after = channels(run);
        assertThat(after.get("Page q1-" + run).getString("id")).isEqualTo(first);
        assertThat(after.get("Page q2-" + run).getString("id")).isEqualTo(second);
        assertThat(after.values())
                .allSatisfy(c -> assertThat(c.getString("state")).isEqualTo("CONNECTED"));
        List<String> actions = history(second);
        assertThat(actions)
                .hasSizeGreaterThan(historyBefore)
                .contains("token.reconnected", "channel.checked");
        // the new token really works at the network: a check now confirms it
        assertThat(
                        Http.json(api().post("api/v1/channels/" + second + "/check", KEY))
                                .getString("state"))
                .isEqualTo("CONNECTED");
    }

    @Test
    @Order(3)
    void the_wrong_account_is_detected_and_reported_and_the_channel_stays_red() {
        fixtures.workspace();
        fixtures.account("cai-" + run, "r1-" + run);
        fixtures.account("dov-" + run, "other-" + run);
        browser().consent(startConnect(), "cai-" + run, true);
        String channel = channels(run).get("Page r1-" + run).getString("id");
        sandbox().post("script/accounts/cai-" + run + "/password-change", null);
        api().post("api/v1/channels/" + channel + "/check", KEY);

        JsonObject started = created(api().post("api/v1/channels/" + channel + "/reconnect", KEY));
        HttpResponse<String> back =
                browser().consent(started.getString("authorizationUrl"), "dov-" + run, true);

        assertThat(back.body())
                .contains(
                        "You connected Account dov-"
                                + run
                                + "&#39;s account, not Account cai-"
                                + run
                                + "&#39;s.");
        JsonObject outcome =
                Http.json(api().get("api/v1/connections/" + started.getString("id"), KEY))
                        .getJsonObject("outcome");
        assertThat(outcome.getBoolean("wrongAccount")).isTrue();
        assertThat(outcome.getBoolean("ok")).isFalse();
        assertThat(outcome.getString("account")).isEqualTo("Account dov-" + run);
        assertThat(channels(run).get("Page r1-" + run).getString("state"))
                .isEqualTo("DISCONNECTED");
    }

    @Test
    @Order(4)
    void a_second_token_keeps_a_channel_alive_when_the_first_dies_and_unlink_revokes_and_erases() {
        fixtures.workspace();
        fixtures.account("eva-" + run, "s1-" + run);
        fixtures.account("fin-" + run, "s1-" + run);
        browser().consent(startConnect(), "eva-" + run, true);
        String channel = channels(run).get("Page s1-" + run).getString("id");

        JsonObject started = created(api().post("api/v1/channels/" + channel + "/tokens", KEY));
        HttpResponse<String> back =
                browser().consent(started.getString("authorizationUrl"), "fin-" + run, true);
        assertThat(back.body()).contains("1 channel got a further token");
        assertThat(channels(run).get("Page s1-" + run).getJsonArray("tokens")).hasSize(2);

        sandbox().post("script/accounts/eva-" + run + "/password-change", null);
        JsonObject checked = Http.json(api().post("api/v1/channels/" + channel + "/check", KEY));
        assertThat(checked.getString("state")).isEqualTo("DEGRADED");
        HttpResponse<String> credential =
                api().get("api/v1/channels/" + channel + "/credential", KEY);
        assertThat(credential.statusCode()).as(credential.body()).isEqualTo(200);
        assertThat(Http.json(credential).getJsonObject("identity").getString("name"))
                .isEqualTo("Account fin-" + run);
        assertThat(Http.json(credential).getString("accessToken")).isNotBlank();

        UUID channelId = UUID.fromString(channel);
        // the dead token can go; the last one cannot (that is an unlink)
        String evaToken =
                fixtures.tokens(channelId).stream()
                        .filter(t -> t.identity().externalUserId().equals("eva-" + run))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .toString();
        HttpResponse<String> removed =
                api().send(
                                "DELETE",
                                "api/v1/channels/" + channel + "/tokens/" + evaToken,
                                KEY,
                                null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(Http.json(removed).getString("state")).isEqualTo("CONNECTED");
        assertThat(Http.json(removed).getJsonArray("tokens")).hasSize(1);
        String finId = Http.json(removed).getJsonArray("tokens").getJsonObject(0).getString("id");
        assertThat(
                        api().send(
                                        "DELETE",
                                        "api/v1/channels/" + channel + "/tokens/" + finId,
                                        KEY,
                                        null)
                                .statusCode())
                .isEqualTo(409);
        List<String> secrets =
                fixtures.tokens(channelId).stream()
                        .map(t -> fixtures.accessSecret(t.id()))
                        .toList();
        String finToken =
                fixtures.tokens(channelId).stream()
                        .filter(t -> t.identity().externalUserId().equals("fin-" + run))
                        .map(t -> fixtures.accessSecret(t.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(inspect(finToken, "s1-" + run)).isInstanceOf(Verdict.Valid.class);

        HttpResponse<String> unlinked =
                api().send("DELETE", "api/v1/channels/" + channel, KEY, null);

        assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
        assertThat(Http.json(unlinked).getString("state")).isEqualTo("UNLINKED");
        assertThat(fixtures.tokens(channelId))
                .hasSize(1)
                .allSatisfy(
                        t -> {
                            assertThat(t.isErased()).isTrue();
                            assertThat(t.sealedRefresh()).isNull();
                            assertThat(t.nextCheckAt()).isNull();
                        });
        assertThat(secrets).hasSize(1);
        assertThat(inspect(finToken, "s1-" + run)).isInstanceOf(Verdict.Dead.class);
        assertThat(channels(run)).doesNotContainKey("Page s1-" + run);
        assertThat(history(channel)).contains("channel.unlinked", "token.added", "token.removed");
        assertThat(api().send("DELETE", "api/v1/channels/" + channel, KEY, null).statusCode())
                .isEqualTo(200);
        assertThat(api().post("api/v1/channels/" + channel + "/reconnect", KEY).statusCode())
                .isEqualTo(409);
    }

    @Test
    @Order(5)
    void a_state_works_once_and_not_after_ten_minutes() {
        fixtures.workspace();
        fixtures.account("gil-" + run, "t1-" + run);
        Browser person = browser();
        JsonObject started =
                created(api().send("POST", "api/v1/connections", KEY, "{\"network\":\"SANDBOX\"}"));
        String callback =
                person.consentRedirect(started.getString("authorizationUrl"), "gil-" + run);

        assertThat(person.get(callback).statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = person.get(callback);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("already used");

        JsonObject late =
                created(api().send("POST", "api/v1/connections", KEY, "{\"network\":\"SANDBOX\"}"));
        String lateCallback =
                person.consentRedirect(late.getString("authorizationUrl"), "gil-" + run);
        fixtures.expire(UUID.fromString(late.getString("id")));
        HttpResponse<String> expired = person.get(lateCallback);
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(expired.body()).contains("expired");

        assertThat(person.get("oauth/sandbox/callback?code=x&state=forged-" + run).statusCode())
                .isEqualTo(400);
        assertThat(person.get("oauth/sandbox/callback?code=x").statusCode()).isEqualTo(400);
        assertThat(person.get("oauth/nowhere/callback?code=x&state=y").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void a_members_flow_is_only_completed_by_that_members_session() {
        fixtures.workspace();
        fixtures.account("hal-" + run, "u1-" + run);
        Browser owner = browser();
        assertThat(owner.signIn("owner@reconnect.test", ReconnectFixtures.PASSWORD)).isTrue();
        JsonObject started =
                created(
                        api().send(
                                        "POST",
                                        "api/v1/connections",
                                        basic("owner@reconnect.test"),
                                        "{\"network\":\"SANDBOX\"}"));
        String callback =
                owner.consentRedirect(started.getString("authorizationUrl"), "hal-" + run);

        Browser stranger = browser();
        HttpResponse<String> stolen = stranger.get(callback);
        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(stolen.body()).contains("another member");
        Browser admin = browser();
        assertThat(admin.signIn("admin@reconnect.test", ReconnectFixtures.PASSWORD)).isTrue();
        assertThat(admin.get(callback).statusCode()).isEqualTo(400);

        HttpResponse<String> own = owner.get(callback);
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElseThrow())
                .contains("/center/channels.xhtml?flow=" + started.getString("id"));
        assertThat(channels(run)).containsKey("Page u1-" + run);
    }

    @Test
    @Order(7)
    void declining_on_the_consent_page_changes_nothing() {
        fixtures.workspace();
        fixtures.account("ida-" + run, "v1-" + run);
        JsonObject started =
                created(api().send("POST", "api/v1/connections", KEY, "{\"network\":\"SANDBOX\"}"));

        HttpResponse<String> back =
                browser().consent(started.getString("authorizationUrl"), "ida-" + run, false);

        assertThat(back.body()).contains("Access was not granted");
        assertThat(channels(run)).doesNotContainKey("Page v1-" + run);
        assertThat(
                        Http.json(api().get("api/v1/connections/" + started.getString("id"), KEY))
                                .getJsonObject("outcome")
                                .getBoolean("ok"))
                .isFalse();
    }

    @Test
    @Order(8)
    void a_delegated_link_reconnects_the_channel_once_and_then_never_again() throws Exception {
        fixtures.workspace();
        fixtures.account("jo-" + run, "w1-" + run);
        browser().consent(startConnect(), "jo-" + run, true);
        String channel = channels(run).get("Page w1-" + run).getString("id");
        sandbox().post("script/accounts/jo-" + run + "/password-change", null);
        api().post("api/v1/channels/" + channel + "/check", KEY);
        GreenMail smtp =
                new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpResponse<String> sent =
                    api().send(
                                    "POST",
                                    "api/v1/channels/" + channel + "/reconnect-requests",
                                    KEY,
                                    "{\"email\":\"jo@example.com\",\"message\":\"Your password change cut us off, sorry!\"}");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            assertThat(Http.json(sent).getString("status")).isEqualTo("PENDING");
            // only jo's: notices to the workspace's members may arrive meanwhile
            MimeMessage mail = mailTo(smtp, "jo@example.com", 1).get(0);
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("jo@example.com");
            String text = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
            assertThat(text)
                    .contains("Page w1-" + run)
                    .contains("Your password change cut us off, sorry!");
            Matcher link =
                    Pattern.compile("http://\\S+/oauth/delegated/[A-Za-z0-9_-]+").matcher(text);
            assertThat(link.find()).as(text).isTrue();

            Browser owner = browser();
            // following the link (or a mail scanner's HEAD) only shows what it is for
            assertThat(owner.head(link.group())).isEqualTo(200);
            HttpResponse<String> page = owner.get(link.group());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Reconnect Page w1-" + run)
                    .contains("<form method=\"post\">");
            assertThat(history(channel)).doesNotContain("reconnect-request.opened");
            HttpResponse<String> opened = owner.postForm(link.group(), Map.of());
            assertThat(opened.statusCode()).isEqualTo(302);
            HttpResponse<String> back =
                    owner.consent(
                            opened.headers().firstValue("Location").orElseThrow(),
                            "jo-" + run,
                            true);
            assertThat(back.body()).contains("1 channel reconnected");
            assertThat(channels(run).get("Page w1-" + run).getString("state"))
                    .isEqualTo("CONNECTED");

            HttpResponse<String> again = browser().get(link.group());
            assertThat(again.statusCode()).isEqualTo(410);
            assertThat(again.body()).contains("already used");
            assertThat(history(channel))
                    .contains(
                            "reconnect-request.sent",
                            "reconnect-request.opened",
                            "token.reconnected");

            // a withdrawn link never opens
            api().send(
                            "POST",
                            "api/v1/channels/" + channel + "/reconnect-requests",
                            KEY,
                            "{\"email\":\"jo@example.com\"}");
            MimeMessage secondMail = mailTo(smtp, "jo@example.com", 2).get(1);
            Matcher second =
                    Pattern.compile("http://\\S+/oauth/delegated/[A-Za-z0-9_-]+")
                            .matcher(
                                    GreenMailUtil.getBody(secondMail)
                                            .replace("=\r\n", "")
                                            .replace("=3D", "="));
            assertThat(second.find()).isTrue();
            String pending =
                    Http.array(api().get("api/v1/channels/" + channel + "/reconnect-requests", KEY))
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(r -> r.getString("status").equals("PENDING"))
                            .findFirst()
                            .orElseThrow()
                            .getString("id");
            assertThat(
                            api().send(
                                            "DELETE",
                                            "api/v1/channels/"
                                                    + channel
                                                    + "/reconnect-requests/"
                                                    + pending,
                                            KEY,
                                            null)
                                    .statusCode())
                    .isEqualTo(200);
            assertThat(browser().get(second.group()).statusCode()).isEqualTo(410);
        } finally {
            smtp.stop();
        }
        assertThat(
                        api().send(
                                        "POST",
                                        "api/v1/channels/" + channel + "/reconnect-requests",
                                        KEY,
                                        "{\"email\":\"not an address\"}")
                                .statusCode())
                .isEqualTo(400);
        // no mail server now: the request stands, and its answer gives the link to pass on
        HttpResponse<String> unmailed =
                api().send(
                                "POST",
                                "api/v1/channels/" + channel + "/reconnect-requests",
                                KEY,
                                "{\"email\":\"kim@example.com\"}");
        assertThat(unmailed.statusCode()).as(unmailed.body()).isEqualTo(201);
        JsonObject made = Http.json(unmailed);
        assertThat(made.getString("mailProblem")).contains("could not be sent");
        assertThat(made.getString("link")).matches("http://\\S+/oauth/delegated/[A-Za-z0-9_-]+");
        assertThat(browser().get(made.getString("link")).statusCode())
                .as("the link shows its page")
                .isEqualTo(200);
        assertThat(
                        Http.array(
                                        api().get(
                                                        "api/v1/channels/"
                                                                + channel
                                                                + "/reconnect-requests",
                                                        KEY))
                                .getValuesAs(JsonObject.class))
                .as("a list never shows a link")
                .allSatisfy(r -> assertThat(r.get("link")).isIn(null, jakarta.json.JsonValue.NULL));
    }

    @Test
    @Order(10)
    void
            a_failure_a_product_reports_is_read_by_the_networks_rules_and_turns_the_channel_red_at_once() {
        fixtures.workspace();
        fixtures.account("lou-" + run, "y1-" + run);
        browser().consent(startConnect(), "lou-" + run, true);
        String channel = channels(run).get("Page y1-" + run).getString("id");
        sandbox().post("script/accounts/lou-" + run + "/password-change", null);

        HttpResponse<String> reported =
                api().send(
                                "POST",
                                "api/v1/channels/" + channel + "/failures",
                                KEY,
                                "{\"httpStatus\":401,\"body\":\"{\\\"error\\\":{\\\"code\\\":\\\"password_changed\\\",\\\"message\\\":\\\"The user changed their password.\\\"}}\"}");

        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
        JsonObject channelNow = Http.json(reported).getJsonObject("channel");
        assertThat(channelNow.getString("state")).isEqualTo("DISCONNECTED");
        assertThat(channelNow.getString("cause")).isEqualTo("PASSWORD_CHANGED");
        assertThat(history(channel)).contains("failure.reported");
        assertThat(api().get("api/v1/channels/" + channel + "/credential", KEY).statusCode())
                .isEqualTo(409);
    }

    /**
     * The Connection Center, as a signed-in owner uses it: the red channel has a Reconnect button
     * that leads to the network's consent page and back to a green channel with the result shown;
     * Unlink asks for confirmation; a viewer gets no buttons at all.
     */
    @Test
    @Order(9)
    void in_the_connection_center_an_owner_reconnects_a_red_channel_and_a_viewer_only_looks() {
        fixtures.workspace();
        fixtures.account("kit-" + run, "x1-" + run);
        browser().consent(startConnect(), "kit-" + run, true);
        String name = "Page x1-" + run;
        String channel = channels(run).get(name).getString("id");
        sandbox().post("script/accounts/kit-" + run + "/password-change", null);
        api().post("api/v1/channels/" + channel + "/check", KEY);

        Browser owner = browser();
        assertThat(owner.signIn("owner@reconnect.test", ReconnectFixtures.PASSWORD)).isTrue();
        HttpResponse<String> page = owner.get("center/channels.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        String row = row(page.body(), name);
        assertThat(row)
                .contains("data-state=\"DISCONNECTED\"")
                .contains("changed their Sandbox password");
        Matcher unlink = Pattern.compile("id=\"(live:channels:\\d+:unlink)\"").matcher(row);
        assertThat(unlink.find()).as(row).isTrue();
        assertThat(page.body())
                .as("unlink asks first, from a signed script rather than an inline handler")
                .contains("PrimeFaces.csp.register('" + unlink.group(1) + "','onclick'")
                .contains("PrimeFaces.confirm");
        assertThat(row).doesNotContain("onclick=");
        Matcher button = Pattern.compile("name=\"(live:channels:\\d+:reconnect)\"").matcher(row);
        assertThat(button.find()).as(row).isTrue();

        HttpResponse<String> pressed =
                owner.postForm(
                        "center/channels.xhtml",
                        Map.of(
                                "live",
                                "live",
                                "jakarta.faces.ViewState",
                                viewState(page.body()),
                                Browser.NONCE_FIELD,
                                Browser.nonce(page.body()),
                                button.group(1),
                                ""));

        assertThat(pressed.statusCode()).as(pressed.body()).isEqualTo(302);
        String consentUrl = pressed.headers().firstValue("Location").orElseThrow();
        assertThat(consentUrl).contains("/sandbox/oauth/authorize");
        HttpResponse<String> back = owner.consent(consentUrl, "kit-" + run, true);
        assertThat(back.statusCode()).isEqualTo(302);
        HttpResponse<String> result =
                owner.get(back.headers().firstValue("Location").orElseThrow());
        assertThat(result.body())
                .contains("1 channel reconnected")
                .contains("<li>" + name + ": reconnected</li>");
        // green now (the table lists red rows first, so this one may be on a later page of it)
        assertThat(channels(run).get(name).getString("state")).isEqualTo("CONNECTED");

        Browser viewer = browser();
        assertThat(viewer.signIn("viewer@reconnect.test", ReconnectFixtures.PASSWORD)).isTrue();
        HttpResponse<String> seen = viewer.get("center/channels.xhtml");
        assertThat(seen.body())
                .contains("id=\"live:channels\"")
                .doesNotContain(":reconnect\"")
                .doesNotContain("Unlink");
        HttpResponse<String> forged =
                viewer.postForm(
                        "center/channels.xhtml",
                        Map.of(
                                "live",
                                "live",
                                "jakarta.faces.ViewState",
                                viewState(seen.body()),
                                Browser.NONCE_FIELD,
                                Browser.nonce(seen.body()),
                                button.group(1),
                                ""));
        assertThat(forged.headers().firstValue("Location").orElse(""))
                .doesNotContain("/sandbox/oauth/authorize");
        assertThat(browser().get("center/channels.xhtml").statusCode())
                .as("signed out: to the sign-in page")
                .isEqualTo(302);
    }

    /**
     * Issue 13: one person who manages many Pages (60, and 150) connects in one consent, and the
     * callback answers with the outcome of every channel, which the flow keeps (it used to end in a
     * 500 with the flow left in progress once the outcome outgrew its column).
     */
    @Test
    @Order(11)
    void connecting_a_person_who_manages_60_or_150_pages_completes_with_its_whole_outcome() {
        fixtures.workspace();
        for (int size : new int[] {60, 150}) {
            String account = "many" + size + "-" + run;
            List<String> pages =
                    IntStream.rangeClosed(1, size)
                            .mapToObj(i -> "m" + size + "-" + i + "-" + run)
                            .toList();
            // the sandbox takes at most 100 pages at once; later ones are added
            for (int from = 0; from < size; from += 100) {
                fixtures.account(
                        account,
                        pages.subList(from, Math.min(size, from + 100)).toArray(String[]::new));
            }
            JsonObject started =
                    created(
                            api().send(
                                            "POST",
                                            "api/v1/connections",
                                            KEY,
                                            "{\"network\":\"SANDBOX\"}"));

            HttpResponse<String> back =
                    browser().consent(started.getString("authorizationUrl"), account, true);

            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
            assertThat(back.body()).contains(size + " channels connected");
            JsonObject flow =
                    Http.json(api().get("api/v1/connections/" + started.getString("id"), KEY));
            assertThat(flow.getString("status")).isEqualTo("COMPLETED");
            JsonObject outcome = flow.getJsonObject("outcome");
            assertThat(outcome.getBoolean("ok")).isTrue();
            assertThat(outcome.getJsonArray("channels").getValuesAs(JsonObject.class))
                    .hasSize(size)
                    .allSatisfy(line -> assertThat(line.getString("result")).isEqualTo("connected"))
                    .extracting(line -> line.getString("name"))
                    .containsExactlyInAnyOrderElementsOf(
                            pages.stream().map(p -> "Page " + p).toList());
            assertThat(
                            fixtures.count(
                                    "select count(c) from Channel c where c.externalId like 'm"
                                            + size
                                            + "-%-"
                                            + run
                                            + "'"))
                    .isEqualTo(size);
        }
    }

    /**
     * Issue 13: a reconnect's discovery is the network's own word that the identity no longer
     * manages a channel it held a working token on; that channel turns red (ADMIN_ROLE_LOST) in the
     * transaction of the outcome, with its history and the usual notices, not at the next check.
     */
    @Test
    @Order(12)
    void a_reconnect_turns_the_channels_the_identity_no_longer_manages_red_at_once() {
        fixtures.workspace();
        fixtures.account("max-" + run, "z1-" + run, "z2-" + run);
        browser().consent(startConnect(), "max-" + run, true);
        Map<String, JsonObject> before = channels(run);
        String kept = before.get("Page z1-" + run).getString("id");
        String lost = before.get("Page z2-" + run).getString("id");
        assertThat(before.get("Page z2-" + run).getString("state")).isEqualTo("CONNECTED");
        sandbox().post("script/accounts/max-" + run + "/pages/z2-" + run + "/lose-admin", null);

        JsonObject started = created(api().post("api/v1/channels/" + kept + "/reconnect", KEY));
        HttpResponse<String> back =
                browser().consent(started.getString("authorizationUrl"), "max-" + run, true);

        assertThat(back.body())
                .contains("1 channel reconnected")
                .contains("Account max-" + run + " no longer manages it");
        Map<String, JsonObject> after = channels(run);
        assertThat(after.get("Page z1-" + run).getString("state")).isEqualTo("CONNECTED");
        JsonObject red = after.get("Page z2-" + run);
        assertThat(red.getString("state")).isEqualTo("DISCONNECTED");
        assertThat(red.getString("cause")).isEqualTo("ADMIN_ROLE_LOST");
        assertThat(red.getJsonArray("tokens").getJsonObject(0).getString("status"))
                .isEqualTo("INVALID");
        assertThat(history(lost)).contains("token.died", "channel.state-changed");
        assertThat(fixtures.notices(UUID.fromString(lost)))
                .as("the members hear of it like of any loss")
                .isPositive();
        // a second reconnect kills nothing twice
        JsonObject again = created(api().post("api/v1/channels/" + kept + "/reconnect", KEY));
        browser().consent(again.getString("authorizationUrl"), "max-" + run, true);
        assertThat(history(lost).stream().filter("token.died"::equals)).hasSize(1);
    }

    /** The table row that shows this channel. */
    private static String row(String html, String name) {
        String[] rows = html.split("<tr");
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].contains(name)) {
                return rows[i];
            }
        }
        throw new AssertionError("No row for " + name + " in " + html);
    }

    private static String viewState(String html) {
        Matcher state =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(html);
        assertThat(state.find()).as("a view state in " + html).isTrue();
        return state.group(1);
    }

    // ---- helpers ----

    private String startConnect() {
        return created(api().send("POST", "api/v1/connections", KEY, "{\"network\":\"SANDBOX\"}"))
                .getString("authorizationUrl");
    }

    private static JsonObject created(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Location")).isPresent();
        return Http.json(answer);
    }

    /**
     * This run's channels of the test workspace (default list: unlinked ones left out), by name.
     */
    private Map<String, JsonObject> channels(String run) {
        return Http.json(api().get("api/v1/channels?size=100&q=" + run, KEY))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    }

    private List<String> history(String channel) {
        return Http.json(api().get("api/v1/channels/" + channel + "/history?size=100", KEY))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("action"))
                .toList();
    }

    private Verdict inspect(String accessToken, String page) {
        return networks.of(NetworkType.SANDBOX).inspect(new Probe(accessToken, page));
    }

    static String basic(String email) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (email + ":" + ReconnectFixtures.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8));
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

    private static URL url(String base) {
        try {
            return URI.create(base.endsWith("/") ? base : base + "/").toURL();
        } catch (MalformedURLException bad) {
            throw new IllegalStateException(bad);
        }
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    /** The first {@code count} messages to this address, waited for up to 10 seconds. */
    private static java.util.List<MimeMessage> mailTo(GreenMail smtp, String address, int count) {
        java.util.function.Supplier<java.util.List<MimeMessage>> mine =
                () ->
                        java.util.Arrays.stream(smtp.getReceivedMessages())
                                .filter(
                                        m -> {
                                            try {
                                                return m.getAllRecipients()[0]
                                                        .toString()
                                                        .equals(address);
                                            } catch (jakarta.mail.MessagingException bad) {
                                                throw new IllegalStateException(bad);
                                            }
                                        })
                                .toList();
        Await.until(Duration.ofSeconds(10), mine, m -> m.size() >= count, "mail to " + address);
        return mine.get();
    }
}
