package io.relink.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.Await;
import io.relink.Deployments;
import io.relink.Http;
import io.relink.channels.control.ChannelView;
import io.relink.channels.entity.AccessToken;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.ChannelStateChanged;
import io.relink.channels.entity.TokenStatus;
import io.relink.channels.entity.TokenStatusChanged;
import io.relink.checks.EngineFixtures.Grant;
import io.relink.networks.Cause;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The checking engine against the SANDBOX network over real HTTP, with the sweep running as in
 * production (every 2 s here, see the failsafe configuration): each scripted cause disconnects its
 * channel within a sweep and is announced once; outages never disconnect and only make a token
 * unverified after the grace period (20 s here); failover, refresh rotation, check now, history.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineIT {

    /** Generous bound for "within one sweep": a sweep is 2 s; the machine is small and shared. */
    static final Duration SWEEPS = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.relink().addClasses(EngineFixtures.class, EventLog.class);
    }

    @Inject EngineFixtures fixtures;
    @Inject EventLog events;

    final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

    @Test
    @Order(1)
    void each_scripted_cause_disconnects_its_channel_within_a_sweep_and_is_announced_once() {
        Map<String, Cause> scripts = new LinkedHashMap<>();
        scripts.put("password-change", Cause.PASSWORD_CHANGED);
        scripts.put("revoke-app", Cause.REVOKED_BY_USER);
        scripts.put("checkpoint", Cause.SECURITY_CHECKPOINT);
        scripts.put("disable", Cause.ACCOUNT_UNAVAILABLE);
        scripts.put("pages/{page}/lose-admin", Cause.ADMIN_ROLE_LOST);
        scripts.put("withdraw-scope?scope=publish", Cause.SCOPE_MISSING);
        scripts.put("lifespan?seconds=1", Cause.LIFESPAN_ENDED);
        Map<UUID, Cause> expected = new LinkedHashMap<>();
        Map<UUID, UUID> tokenOf = new LinkedHashMap<>();
        int n = 0;
        for (var script : scripts.entrySet()) {
            String account = "cause" + n + "-" + run;
            String page = "page-cause" + n + "-" + run;
            // Half the tokens are refreshable: a dead answer then gets one refresh and a second
            // look first.
            UUID token =
                    fixtures.connect(
                            account, page, n % 2 == 0 ? Grant.REFRESHABLE : Grant.LONG_LIVED);
            UUID channel = fixtures.channelOf(token);
            assertThat(fixtures.view(channel).state()).isEqualTo(ChannelState.CONNECTED);
            expected.put(channel, script.getValue());
            tokenOf.put(channel, token);
            assertThat(
                            sandbox()
                                    .post(
                                            "script/accounts/"
                                                    + account
                                                    + "/"
                                                    + script.getKey().replace("{page}", page),
                                            null)
                                    .statusCode())
                    .as(script.getKey())
                    .isEqualTo(200);
            n++;
        }
        expected.forEach(
                (channel, cause) -> {
                    ChannelView view =
                            Await.until(
                                    SWEEPS,
                                    () -> fixtures.view(channel),
                                    v -> v.state() == ChannelState.DISCONNECTED,
                                    cause + " disconnects its channel");
                    assertThat(view.cause()).as("cause of " + view.name()).isEqualTo(cause);
                    assertThat(view.causeText()).isNotBlank();
                    if (cause
                            != Cause.LIFESPAN_ENDED) { // a passed lifespan may be seen locally: no
                        // network code then
                        assertThat(view.tokens().get(0).rawCode())
                                .as(cause + ": the network's code kept for support")
                                .isNotBlank();
                    }
                });
        sleep(Duration.ofSeconds(5)); // more sweeps: nothing is announced twice
        expected.forEach(
                (channel, cause) -> {
                    List<ChannelStateChanged> changes = events.channel(channel);
                    // A shortened lifespan is first seen as a lapse coming near (EXPIRING), which
                    // is true.
                    List<ChannelStateChanged> lost =
                            changes.stream()
                                    .filter(e -> e.to() == ChannelState.DISCONNECTED)
                                    .toList();
                    assertThat(lost).as("disconnections announced for " + cause).hasSize(1);
                    assertThat(changes)
                            .as("state changes of a channel lost to " + cause)
                            .hasSize(cause == Cause.LIFESPAN_ENDED ? changes.size() : 1)
                            .last()
                            .isEqualTo(lost.get(0));
                    assertThat(changes.get(0).from()).isEqualTo(ChannelState.CONNECTED);
                    assertThat(lost.get(0).cause()).isEqualTo(cause);
                    List<TokenStatusChanged> deaths = events.token(tokenOf.get(channel));
                    assertThat(deaths).hasSize(1);
                    assertThat(deaths.get(0).cause()).isEqualTo(cause);
                });
    }

    @Test
    @Order(2)
    void outages_never_disconnect_and_make_tokens_unverified_only_after_the_grace_period() {
        Map<UUID, String> channels = new LinkedHashMap<>();
        Instant started = Instant.now();
        for (String kind : List.of("SERVER_ERROR", "RATE_LIMITED", "GARBAGE", "TIMEOUT")) {
            String account = "outage-" + kind.toLowerCase() + "-" + run;
            UUID token =
                    fixtures.connect(
                            account,
                            "page-" + account,
                            kind.equals("SERVER_ERROR") ? Grant.REFRESHABLE : Grant.LONG_LIVED);
            channels.put(fixtures.channelOf(token), kind);
            assertThat(
                            sandbox()
                                    .post(
                                            "script/accounts/"
                                                    + account
                                                    + "/outage?kind="
                                                    + kind
                                                    + "&seconds=300",
                                            null)
                                    .statusCode())
                    .isEqualTo(200);
        }
        Duration grace = ConfigProvider.getConfig().getValue("relink.checks.grace", Duration.class);
        // Through the grace period: troubled, but never dead, never disconnected.
        while (Instant.now().isBefore(started.plus(grace).minusSeconds(2))) {
            channels.forEach(
                    (channel, kind) -> {
                        ChannelView view = fixtures.view(channel);
                        assertThat(view.state())
                                .as(kind + " within the grace period")
                                .isEqualTo(ChannelState.CONNECTED);
                        assertThat(fixtures.token(view.tokens().get(0).id()).status())
                                .isEqualTo(TokenStatus.VALID);
                    });
            sleep(Duration.ofMillis(500));
        }
        channels.forEach(
                (channel, kind) -> {
                    ChannelView view =
                            Await.until(
                                    SWEEPS,
                                    () -> fixtures.view(channel),
                                    v -> v.state() == ChannelState.UNVERIFIED,
                                    kind + " makes the channel unverified after the grace period");
                    AccessToken token = fixtures.token(view.tokens().get(0).id());
                    assertThat(token.failedChecks())
                            .as(kind + ": checks kept trying")
                            .isGreaterThanOrEqualTo(2);
                    assertThat(token.cause()).isNull();
                });
        channels.forEach(
                (channel, kind) ->
                        sandbox()
                                .delete(
                                        "script/accounts/outage-"
                                                + kind.toLowerCase()
                                                + "-"
                                                + run
                                                + "/outage"));
        channels.forEach(
                (channel, kind) -> {
                    Await.until(
                            SWEEPS,
                            () -> fixtures.view(channel),
                            v -> v.state() == ChannelState.CONNECTED,
                            kind + ": recovers after the outage");
                    UUID token = fixtures.view(channel).tokens().get(0).id();
                    assertThat(events.token(token))
                            .extracting(TokenStatusChanged::to)
                            .containsExactly(TokenStatus.UNVERIFIED, TokenStatus.VALID);
                });
    }

    @Test
    @Order(3)
    void a_channel_that_loses_one_of_two_tokens_is_degraded_and_keeps_a_working_credential() {
        String page = "page-shared-" + run;
        UUID lost = fixtures.connect("deg-a-" + run, page, Grant.REFRESHABLE);
        UUID kept = fixtures.connect("deg-b-" + run, page, Grant.LONG_LIVED);
        UUID channel = fixtures.channelOf(lost);
        assertThat(fixtures.channelOf(kept)).isEqualTo(channel);
        sandbox().post("script/accounts/deg-a-" + run + "/password-change", null);

        ChannelView view =
                Await.until(
                        SWEEPS,
                        () -> fixtures.view(channel),
                        v -> v.state() == ChannelState.DEGRADED,
                        "one of two tokens lost");
        assertThat(view.cause()).isEqualTo(Cause.PASSWORD_CHANGED);
        assertThat(view.tokens())
                .extracting(ChannelView.TokenView::id)
                .first()
                .as("the working token comes first")
                .isEqualTo(kept);
        JsonObject introspection = introspect(fixtures.accessSecret(kept));
        assertThat(introspection.getBoolean("active"))
                .as("the remaining credential works at the network")
                .isTrue();
        assertThat(events.channel(channel))
                .extracting(ChannelStateChanged::to)
                .containsExactly(ChannelState.DEGRADED);
    }

    @Test
    @Order(4)
    void a_refresh_that_rotates_is_stored_before_the_new_access_token_is_used() {
        UUID token = fixtures.connect("rot-" + run, "page-rot-" + run, Grant.REFRESHABLE);
        String firstRefresh = fixtures.refreshSecret(token);
        String firstAccess = fixtures.accessSecret(token);
        fixtures.expireAccessAt(
                token,
                Instant.now().plus(Duration.ofMinutes(5))); // inside the 10-minute refresh window

        Await.until(
                SWEEPS,
                () -> fixtures.refreshSecret(token),
                r -> !r.equals(firstRefresh),
                "the rotated refresh token is stored");
        assertThat(fixtures.accessSecret(token)).isNotEqualTo(firstAccess);
        assertThat(introspect(fixtures.accessSecret(token)).getBoolean("active")).isTrue();
        HttpResponse<String> oldOne =
                sandbox()
                        .postForm(
                                "oauth/token",
                                "grant_type=refresh_token&refresh_token="
                                        + firstRefresh
                                        + "&client_id="
                                        + config("relink.sandbox.client-id")
                                        + "&client_secret="
                                        + clientSecret());
        assertThat(oldOne.statusCode())
                .as("the old refresh token died with the rotation")
                .isEqualTo(400);
        AccessToken after = fixtures.token(token);
        assertThat(after.status()).isEqualTo(TokenStatus.VALID);
        assertThat(after.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(history(fixtures.channelOf(token)))
                .extracting(e -> e.getString("action"))
                .contains("token.renewed");
    }

    @Test
    @Order(5)
    void a_token_inside_a_warning_threshold_is_announced_once() {
        UUID token = fixtures.connect("exp-" + run, "page-exp-" + run, Grant.SHORT_LIVED);
        Await.until(SWEEPS, () -> events.expiring(token), e -> !e.isEmpty(), "the 1-day warning");
        sleep(Duration.ofSeconds(5));
        assertThat(events.expiring(token))
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.threshold()).isEqualTo(Duration.ofDays(1)));
        assertThat(fixtures.view(fixtures.channelOf(token)).state())
                .isEqualTo(ChannelState.EXPIRING);
        // and e-mailed once to the owner, at the ladder's 1-day step, however many sweeps ran
        assertThat(fixtures.notices(fixtures.channelOf(token), "expiring"))
                .containsExactly("owner@engine.test expiring");
    }

    /**
     * Issue 13: a death a product reports counts only once a check confirms it, on a token that
     * cannot be refreshed too; and a dead token its network calls valid again comes back, with the
     * history saying so (checks R9, R12).
     */
    @Test
    @Order(6)
    void a_reported_death_the_network_disproves_kills_nothing_and_a_token_valid_again_comes_back() {
        String account = "back-" + run;
        UUID token = fixtures.connect(account, "page-back-" + run, Grant.LONG_LIVED);
        UUID channel = fixtures.channelOf(token);
        Http api = api();

        HttpResponse<String> reported =
                api.send(
                        "POST",
                        "api/v1/channels/" + channel + "/failures",
                        EngineFixtures.ENGINE_KEY,
                        "{\"httpStatus\":401,\"body\":\"{\\\"error\\\":{\\\"code\\\":\\\"checkpoint\\\",\\\"message\\\":\\\"Blocked for policy violations.\\\"}}\"}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
        JsonObject answer = Http.json(reported);
        assertThat(answer.getJsonObject("verdict").getString("detail"))
                .as("the sandbox still calls the token valid")
                .contains("the token works");
        assertThat(answer.getJsonObject("channel").getString("state")).isEqualTo("CONNECTED");
        assertThat(fixtures.token(token).status()).isEqualTo(TokenStatus.VALID);

        sandbox().post("script/accounts/" + account + "/checkpoint", null);
        JsonObject dead =
                Http.json(
                        api.post(
                                "api/v1/channels/" + channel + "/check",
                                EngineFixtures.ENGINE_KEY));
        assertThat(dead.getString("state")).isEqualTo("DISCONNECTED");
        assertThat(dead.getString("cause")).isEqualTo("SECURITY_CHECKPOINT");
        assertThat(fixtures.token(token).nextCheckAt())
                .as("a checkpoint may be cleared: the token is still looked at")
                .isNotNull();

        sandbox().post("script/accounts/" + account + "/restore", null);
        JsonObject back =
                Http.json(
                        api.post(
                                "api/v1/channels/" + channel + "/check",
                                EngineFixtures.ENGINE_KEY));
        assertThat(back.getString("state")).as(back.toString()).isEqualTo("CONNECTED");
        assertThat(fixtures.token(token).cause()).isNull();
        assertThat(history(channel))
                .filteredOn(e -> e.getString("action").equals("token.recovered"))
                .singleElement()
                .satisfies(
                        e ->
                                assertThat(e.getString("detail"))
                                        .contains("works again")
                                        .contains("SECURITY_CHECKPOINT"));
        assertThat(events.channel(channel))
                .extracting(ChannelStateChanged::to)
                .containsExactly(ChannelState.DISCONNECTED, ChannelState.CONNECTED);
    }

    /**
     * "Check now" while another check holds the token (the sweep's, another node's, asking the
     * network at that moment): it waits for that check instead of leaving the token out and
     * answering the state from before. Here the other check never records (its node died); once its
     * lease runs out, check now asks the network itself and sees the checkpoint.
     */
    @Test
    @Order(6)
    void check_now_waits_for_a_check_under_way_instead_of_answering_the_old_state() {
        UUID token = fixtures.connect("held-" + run, "page-held-" + run, Grant.REFRESHABLE);
        UUID channel = fixtures.channelOf(token);
        sandbox().post("script/accounts/held-" + run + "/checkpoint", null);
        fixtures.holdLease(token, "node-elsewhere", Instant.now().plusSeconds(2));

        JsonObject after =
                Http.json(
                        api().post(
                                        "api/v1/channels/" + channel + "/check",
                                        EngineFixtures.ENGINE_KEY));
        assertThat(after.getString("state"))
                .as("the token held by the other check is checked once that check is over")
                .isEqualTo("DISCONNECTED");
        assertThat(after.getString("cause")).isEqualTo("SECURITY_CHECKPOINT");
    }

    @Test
    @Order(6)
    void check_now_answers_the_channel_and_history_lists_newest_first() {
        UUID token = fixtures.connect("now-" + run, "page-now-" + run, Grant.REFRESHABLE);
        UUID channel = fixtures.channelOf(token);
        Http api = api();
        long before = fixtures.token(token).checkCount();
        HttpResponse<String> checked =
                api.post("api/v1/channels/" + channel + "/check", EngineFixtures.ENGINE_KEY);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonObject body = Http.json(checked);
        assertThat(body.getString("state")).isEqualTo("CONNECTED");
        assertThat(body.getJsonArray("tokens").getJsonObject(0).getJsonNumber("checks").longValue())
                .isGreaterThan(before);

        sandbox().post("script/accounts/now-" + run + "/checkpoint", null);
        JsonObject after =
                Http.json(
                        api.post(
                                "api/v1/channels/" + channel + "/check",
                                EngineFixtures.ENGINE_KEY));
        assertThat(after.getString("state"))
                .as("check now sees the checkpoint at once")
                .isEqualTo("DISCONNECTED");
        assertThat(after.getString("cause")).isEqualTo("SECURITY_CHECKPOINT");

        List<JsonObject> history = history(channel);
        assertThat(history)
                .extracting(e -> e.getString("action"))
                .startsWith("channel.checked")
                .contains("token.died", "channel.state-changed");
        assertThat(history.get(0).getString("actor")).isEqualTo("api-key:Engine tests key");
        assertThat(history)
                .extracting(e -> Instant.parse(e.getString("occurredAt")))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        assertThat(
                        api.post(
                                        "api/v1/channels/" + UUID.randomUUID() + "/check",
                                        EngineFixtures.ENGINE_KEY)
                                .statusCode())
                .isEqualTo(404);
        assertThat(api.post("api/v1/channels/" + channel + "/check", Http.DEMO_KEY).statusCode())
                .as("another workspace's channel")
                .isEqualTo(404);
        assertThat(
                        api.get(
                                        "api/v1/channels/" + channel + "/history?size=0",
                                        EngineFixtures.ENGINE_KEY)
                                .statusCode())
                .isEqualTo(400);
        assertThat(
                        Http.json(
                                        api.get(
                                                "api/v1/channels/"
                                                        + channel
                                                        + "/history?size=2&page=1",
                                                EngineFixtures.ENGINE_KEY))
                                .getJsonArray("items"))
                .hasSize(2);
    }

    @Test
    @Order(7)
    void check_now_on_a_network_that_cannot_be_asked_fails_loudly() {
        Http api = api();
        JsonObject facebook =
                Http.json(
                                api.get(
                                        "api/v1/channels?network=FACEBOOK&state=CONNECTED",
                                        Http.DEMO_KEY))
                        .getJsonArray("items")
                        .getJsonObject(0);
        HttpResponse<String> answer =
                api.post("api/v1/channels/" + facebook.getString("id") + "/check", Http.DEMO_KEY);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(answer).getString("detail")).contains("Facebook");
    }

    @Test
    @Order(8)
    void
            a_deauthorize_callback_kills_the_persons_tokens_at_once_and_a_forged_one_changes_nothing() {
        String account = "deauth-" + run;
        // The callback must be what kills it: a sweep checking the token at that moment would see
        // the
        // revocation at the network first.
        UUID token =
                fixtures.connect(
                        account,
                        "page-" + account,
                        Grant.LONG_LIVED,
                        Instant.now().plus(Duration.ofHours(1)));
        UUID channel = fixtures.channelOf(token);
        Http api = api();
        HttpResponse<String> forged =
                api.postForm(
                        "api/v1/callbacks/sandbox/deauthorize",
                        "signed_request=c2ln.eyJ1c2VyX2lkIjoiZGVhdXRoIn0");
        assertThat(forged.statusCode())
                .as("no API key needed, but a signature: " + forged.body())
                .isEqualTo(400);
        assertThat(
                        api.postForm("api/v1/callbacks/facebook/deauthorize", "signed_request=x.y")
                                .statusCode())
                .as("no adapter, no callback")
                .isEqualTo(404);
        assertThat(fixtures.view(channel).state()).isEqualTo(ChannelState.CONNECTED);

        JsonObject scripted =
                Http.json(sandbox().post("script/accounts/" + account + "/deauthorize", null));
        assertThat(scripted.getJsonObject("callback").getInt("status"))
                .as(scripted.toString())
                .isEqualTo(200);
        ChannelView view = fixtures.view(channel);
        assertThat(view.state()).isEqualTo(ChannelState.DISCONNECTED);
        assertThat(view.cause()).isEqualTo(Cause.REVOKED_BY_USER);
        assertThat(history(channel))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("action")).isEqualTo("token.died");
                            assertThat(e.getString("actor")).isEqualTo("network:sandbox");
                        });
    }

    /**
     * Issue 13: "check now" while the network cannot be asked still answers the channel (200, the
     * state known before), and says so: why, and when the sweep tries again (checks R4, R5, R8).
     */
    @Test
    @Order(9)
    void check_now_while_the_network_cannot_be_asked_says_so_and_when_it_is_tried_again() {
        String account = "unreach-" + run;
        // first sweep an hour away: only the check now asks the network
        UUID token =
                fixtures.connect(
                        account,
                        "page-" + account,
                        Grant.LONG_LIVED,
                        Instant.now().plus(Duration.ofHours(1)));
        UUID channel = fixtures.channelOf(token);
        Http api = api();
        JsonObject fine = checkNow(api, channel);
        assertThat(fine.getJsonObject("check").getBoolean("networkAnswered")).isTrue();
        assertThat(fine.getJsonObject("check").isNull("message")).isTrue();

        sandbox()
                .post("script/accounts/" + account + "/outage?kind=SERVER_ERROR&seconds=120", null);
        Instant asked = Instant.now();
        JsonObject down = checkNow(api, channel);

        assertThat(down.getString("state")).isEqualTo("CONNECTED");
        JsonObject check = down.getJsonObject("check");
        assertThat(check.getBoolean("networkAnswered")).isFalse();
        assertThat(check.getString("trouble")).isEqualTo("SERVER_ERROR");
        Instant next = Instant.parse(check.getString("nextAttemptAt"));
        assertThat(next)
                .isAfter(asked)
                .isEqualTo(
                        Instant.parse(
                                down.getJsonArray("tokens")
                                        .getJsonObject(0)
                                        .getString("nextCheckAt")));
        assertThat(check.getString("message"))
                .startsWith("Sandbox could not be asked (it answered with a server error)")
                .contains("Relink tries again at ");
        assertThat(check.isNull("retryAfterSeconds")).isTrue();
        assertThat(fixtures.token(token).status()).isEqualTo(TokenStatus.VALID);

        sandbox().delete("script/accounts/" + account + "/outage");
        sandbox().post("script/accounts/" + account + "/outage?kind=RATE_LIMITED&seconds=15", null);
        JsonObject limited = checkNow(api, channel).getJsonObject("check");
        assertThat(limited.getString("trouble")).isEqualTo("RATE_LIMITED");
        assertThat(limited.getJsonNumber("retryAfterSeconds").longValue()).isBetween(1L, 15L);
        assertThat(limited.getString("message")).contains("it asked Relink to wait");
        sandbox().delete("script/accounts/" + account + "/outage");
    }

    private static JsonObject checkNow(Http api, UUID channel) {
        HttpResponse<String> answer =
                api.post("api/v1/channels/" + channel + "/check", EngineFixtures.ENGINE_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    @Test
    @Order(99)
    void ending_a_network_wide_outage_leaves_no_channel_falsely_red() {
        UUID token = fixtures.connect("global-" + run, "page-global-" + run, Grant.REFRESHABLE);
        UUID channel = fixtures.channelOf(token);
        assertThat(sandbox().post("script/outage?kind=SERVER_ERROR&seconds=120", null).statusCode())
                .isEqualTo(200);
        try {
            Instant until = Instant.now().plusSeconds(8);
            while (Instant.now().isBefore(until)) {
                assertThat(fixtures.view(channel).state()).isNotEqualTo(ChannelState.DISCONNECTED);
                sleep(Duration.ofMillis(500));
            }
            assertThat(fixtures.token(token).failedChecks()).as("the outage was seen").isPositive();
        } finally {
            sandbox().delete("script/outage");
        }
        Instant ended = Instant.now();
        Await.until(
                Duration.ofSeconds(60),
                () -> fixtures.token(token),
                t ->
                        t.failedChecks() == 0
                                && t.lastCheckedAt() != null
                                && t.lastCheckedAt().isAfter(ended),
                "a clean check after the outage");
        assertThat(fixtures.view(channel).state()).isEqualTo(ChannelState.CONNECTED);
        assertThat(events.channel(channel)).noneMatch(e -> e.to() == ChannelState.DISCONNECTED);
    }

    @Test
    @Order(100)
    void every_stored_channel_state_agrees_with_its_derivation() {
        // ChannelLedger rule L2, after every scenario above (checks, deaths, renewals, callbacks,
        // outages).
        assertThat(fixtures.storedStatesThatDisagree()).isEmpty();
        // A state that ran out by time alone is derived again by the next sweep.
        Await.until(
                Duration.ofSeconds(20),
                fixtures::staleStates,
                List::isEmpty,
                "no stale stored state after a sweep");
    }

    // ---- helpers ----

    private static Http sandbox() {
        return http(config("relink.sandbox.url"));
    }

    private static Http api() {
        return http(config("relink.public-url"));
    }

    private static Http http(String base) {
        try {
            return new Http(URI.create(base.endsWith("/") ? base : base + "/").toURL());
        } catch (MalformedURLException bad) {
            throw new IllegalStateException(bad);
        }
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    /**
     * The sandbox app's secret: configured, or the demo default (which lives in code, not in the
     * properties).
     */
    private static String clientSecret() {
        return ConfigProvider.getConfig()
                .getOptionalValue("relink.sandbox.client-secret", String.class)
                .orElse("sandbox-demo-secret");
    }

    private static JsonObject introspect(String accessToken) {
        return Http.json(
                sandbox()
                        .postForm(
                                "oauth/introspect",
                                "token="
                                        + accessToken
                                        + "&client_id="
                                        + config("relink.sandbox.client-id")
                                        + "&client_secret="
                                        + clientSecret()));
    }

    private static List<JsonObject> history(UUID channel) {
        return Http.json(
                        api().get(
                                        "api/v1/channels/" + channel + "/history",
                                        EngineFixtures.ENGINE_KEY))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
