package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.Await;
import io.relink.Browser;
import io.relink.Deployments;
import io.relink.Http;
import io.relink.channels.entity.TokenStatus;
import io.relink.reconnect.ReconnectFixtures;
import io.relink.sandbox.control.SignedRequest;
import io.relink.workspaces.entity.Scope;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what: every REST endpoint against every kind of caller (no key, a key without the
 * scope, a key with all scopes, VIEWER, ADMIN, OWNER, a key of another workspace), and hostile
 * input that must be refused with a problem and change nothing in the database.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    static final String OTHER_KEY = "rk_it_security_other_workspace_0123456789";

    @Deployment
    static WebArchive deployment() {
        return Deployments.relink().addClasses(ReconnectFixtures.class);
    }

    @Inject ReconnectFixtures fixtures;

    final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

    /**
     * One endpoint: what it needs, and what an allowed caller gets (ids that exist only where it
     * matters).
     */
    record Endpoint(String method, String path, String body, String scope, int allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    enum Caller {
        NONE,
        WRONG_SCOPE,
        KEY,
        VIEWER,
        ADMIN,
        OWNER,
        OTHER_WORKSPACE,
        /** The owner of another workspace, signed in with Basic, in their own workspace. */
        OTHER_OWNER,
        /** The same person naming this workspace (where they have no role) in the header. */
        OTHER_OWNER_IN_THIS_WORKSPACE
    }

    @Test
    void every_endpoint_answers_every_caller_as_its_scope_says() {
        UUID ws = fixtures.workspace();
        fixtures.workspace("Security other", "security-other.test", OTHER_KEY);
        UUID channel = fixtures.channel(ws, "sec-" + run, "sec-page-" + run);
        UUID identity = fixtures.identityOf(channel);
        String c = "api/v1/channels/" + channel;
        String w = "api/v1/workspaces/" + ws;
        String nowhere = UUID.randomUUID().toString();
        List<Endpoint> endpoints =
                List.of(
                        new Endpoint("GET", "api/v1/channels", null, Scope.CHANNELS_READ, 200),
                        new Endpoint("GET", c, null, Scope.CHANNELS_READ, 200),
                        new Endpoint("GET", c + "/history", null, Scope.CHANNELS_READ, 200),
                        new Endpoint("GET", c + "/preflight", null, Scope.CHANNELS_READ, 200),
                        new Endpoint(
                                "GET", c + "/reconnect-requests", null, Scope.CHANNELS_READ, 200),
                        new Endpoint("GET", "api/v1/identities", null, Scope.CHANNELS_READ, 200),
                        new Endpoint(
                                "GET",
                                "api/v1/identities/" + identity,
                                null,
                                Scope.CHANNELS_READ,
                                200),
                        new Endpoint("GET", "api/v1/summary", null, Scope.CHANNELS_READ, 200),
                        new Endpoint(
                                "GET",
                                "api/v1/connections/" + nowhere,
                                null,
                                Scope.CHANNELS_READ,
                                404),
                        new Endpoint("GET", c + "/credential", null, Scope.CREDENTIALS_READ, 200),
                        new Endpoint("POST", c + "/check", null, Scope.CHANNELS_WRITE, 200),
                        new Endpoint(
                                "POST",
                                c + "/failures",
                                "{\"httpStatus\":200,\"body\":\"{}\"}",
                                Scope.CHANNELS_WRITE,
                                200),
                        new Endpoint("POST", c + "/reconnect", null, Scope.CHANNELS_WRITE, 201),
                        new Endpoint("POST", c + "/tokens", null, Scope.CHANNELS_WRITE, 201),
                        new Endpoint(
                                "DELETE",
                                c + "/tokens/" + nowhere,
                                null,
                                Scope.CHANNELS_WRITE,
                                404),
                        new Endpoint(
                                "POST",
                                c + "/reconnect-requests",
                                "{\"email\":\"not an address\"}",
                                Scope.CHANNELS_WRITE,
                                400),
                        new Endpoint(
                                "DELETE",
                                c + "/reconnect-requests/" + nowhere,
                                null,
                                Scope.CHANNELS_WRITE,
                                404),
                        new Endpoint(
                                "DELETE",
                                "api/v1/channels/" + nowhere,
                                null,
                                Scope.CHANNELS_WRITE,
                                404),
                        new Endpoint(
                                "POST",
                                "api/v1/identities/" + identity + "/reconnect",
                                null,
                                Scope.CHANNELS_WRITE,
                                201),
                        new Endpoint(
                                "POST",
                                "api/v1/connections",
                                "{\"network\":\"SANDBOX\"}",
                                Scope.CHANNELS_WRITE,
                                201),
                        new Endpoint("GET", "api/v1/api-keys", null, Scope.ADMIN, 200),
                        new Endpoint(
                                "POST",
                                "api/v1/api-keys",
                                "{\"name\":\"matrix " + run + "\",\"scopes\":[\"channels:read\"]}",
                                Scope.ADMIN,
                                201),
                        new Endpoint(
                                "DELETE", "api/v1/api-keys/" + nowhere, null, Scope.ADMIN, 404),
                        new Endpoint("GET", "api/v1/me", null, Scope.PERSON, 200),
                        new Endpoint(
                                "GET",
                                "api/v1/notification-settings",
                                null,
                                Scope.CHANNELS_READ,
                                200),
                        new Endpoint(
                                "PUT",
                                "api/v1/notification-settings",
                                "{\"ladderDays\":[14,7,3,1]}",
                                Scope.CHANNELS_WRITE,
                                200),
                        new Endpoint(
                                "GET",
                                c + "/notification-settings",
                                null,
                                Scope.CHANNELS_READ,
                                200),
                        new Endpoint(
                                "PUT",
                                c + "/notification-settings",
                                "{\"addPeople\":[],\"removePeople\":[],\"extraAddresses\":[]}",
                                Scope.CHANNELS_WRITE,
                                200),
                        new Endpoint("GET", "api/v1/me/notifications", null, Scope.PERSON, 200),
                        new Endpoint(
                                "PUT",
                                "api/v1/me/notifications",
                                "{\"kinds\":[\"expiring\",\"lost\",\"recovered\",\"unverified\",\"unlinked\"]}",
                                Scope.PERSON,
                                200),
                        new Endpoint("GET", "api/v1/notifications", null, Scope.CHANNELS_READ, 200),
                        new Endpoint(
                                "GET",
                                "api/v1/notifications/" + nowhere + "/message",
                                null,
                                Scope.CHANNELS_READ,
                                404),
                        new Endpoint("GET", "api/v1/workspaces", null, Scope.INSTANCE_ADMIN, 200),
                        new Endpoint(
                                "POST",
                                "api/v1/workspaces",
                                "{\"name\":\"matrix " + run + "\"}",
                                Scope.INSTANCE_ADMIN,
                                201),
                        new Endpoint("GET", w, null, Scope.CHANNELS_READ, 200),
                        new Endpoint(
                                "PATCH",
                                w,
                                "{\"name\":\"" + ReconnectFixtures.WORKSPACE + "\"}",
                                Scope.ADMIN,
                                200),
                        new Endpoint("GET", w + "/members", null, Scope.CHANNELS_READ, 200),
                        new Endpoint(
                                "PATCH",
                                "api/v1/members/" + nowhere,
                                "{\"role\":\"VIEWER\"}",
                                Scope.ADMIN,
                                404),
                        new Endpoint("DELETE", "api/v1/members/" + nowhere, null, Scope.ADMIN, 404),
                        new Endpoint("GET", "api/v1/invitations", null, Scope.CHANNELS_WRITE, 200),
                        new Endpoint(
                                "POST",
                                "api/v1/invitations",
                                "{\"email\":\"not an address\",\"role\":\"VIEWER\"}",
                                Scope.CHANNELS_WRITE,
                                400),
                        new Endpoint(
                                "POST",
                                "api/v1/invitations/" + nowhere + "/resend",
                                null,
                                Scope.CHANNELS_WRITE,
                                404),
                        new Endpoint(
                                "DELETE",
                                "api/v1/invitations/" + nowhere,
                                null,
                                Scope.CHANNELS_WRITE,
                                404));

        Map<String, String> wrongScope = new LinkedHashMap<>();
        for (String scope : Scope.ALL) {
            Set<String> others = new TreeSet<>(Scope.ALL);
            others.remove(scope);
            wrongScope.put(scope, fixtures.key(ws, others.toArray(String[]::new)));
        }
        List<String> mismatches = new ArrayList<>();
        int asked = 0;
        for (Endpoint endpoint : endpoints) {
            for (Caller caller : Caller.values()) {
                String credential =
                        switch (caller) {
                            case NONE -> null;
                            case WRONG_SCOPE ->
                                    wrongScope.getOrDefault(
                                            endpoint.scope(), wrongScope.get(Scope.CHANNELS_READ));
                            case KEY -> ReconnectFixtures.KEY;
                            case VIEWER, ADMIN, OWNER ->
                                    basic(caller.name().toLowerCase() + "@reconnect.test");
                            case OTHER_WORKSPACE -> OTHER_KEY;
                            case OTHER_OWNER, OTHER_OWNER_IN_THIS_WORKSPACE -> null;
                        };
                int expected = expected(endpoint, caller);
                HttpResponse<String> answer =
                        switch (caller) {
                            case OTHER_OWNER ->
                                    person("owner@security-other.test", null)
                                            .send(
                                                    endpoint.method(),
                                                    endpoint.path(),
                                                    endpoint.body());
                            case OTHER_OWNER_IN_THIS_WORKSPACE ->
                                    person("owner@security-other.test", ws.toString())
                                            .send(
                                                    endpoint.method(),
                                                    endpoint.path(),
                                                    endpoint.body());
                            default ->
                                    api().send(
                                                    endpoint.method(),
                                                    endpoint.path(),
                                                    credential,
                                                    endpoint.body());
                        };
                asked++;
                if (answer.statusCode() != expected) {
                    mismatches.add(
                            endpoint
                                    + " as "
                                    + caller
                                    + ": expected "
                                    + expected
                                    + ", got "
                                    + answer.statusCode()
                                    + " "
                                    + answer.body());
                } else if (expected >= 400) {
                    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                            .as(endpoint + " as " + caller)
                            .startsWith("application/problem+json");
                }
                if (caller == Caller.OTHER_WORKSPACE
                        || caller == Caller.OTHER_OWNER
                        || caller == Caller.OTHER_OWNER_IN_THIS_WORKSPACE) {
                    assertThat(answer.body())
                            .as(endpoint + " shows nothing of workspace A")
                            .doesNotContain("sec-page-" + run, "sec-" + run);
                }
            }
        }
        assertThat(mismatches).as(asked + " requests").isEmpty();
        assertThat(asked).isEqualTo(endpoints.size() * Caller.values().length);
    }

    private static int expected(Endpoint endpoint, Caller caller) {
        boolean aboutAnId =
                endpoint.path().matches(".*/[0-9a-f]{8}-[0-9a-f]{4}-.*")
                        && !endpoint.path().contains("/api-keys/");
        boolean personal = endpoint.scope().equals(Scope.PERSON);
        boolean instance = endpoint.scope().equals(Scope.INSTANCE_ADMIN);
        return switch (caller) {
            case NONE -> 401;
            case WRONG_SCOPE -> 403;
            // keys are nobody: no key is a person or runs the instance
            case KEY -> personal || instance ? 403 : endpoint.allowed();
            case VIEWER, ADMIN, OWNER ->
                    personal
                            ? endpoint.allowed()
                            : roleGrants(caller.name(), endpoint.scope())
                                    ? endpoint.allowed()
                                    : 403;
            case OTHER_WORKSPACE ->
                    personal || instance ? 403 : aboutAnId ? 404 : endpoint.allowed();
            case OTHER_OWNER ->
                    personal
                            ? endpoint.allowed()
                            : !roleGrants("OWNER", endpoint.scope())
                                    ? 403
                                    : aboutAnId ? 404 : endpoint.allowed();
            // a workspace the person has no role in is not there at all
            case OTHER_OWNER_IN_THIS_WORKSPACE -> 404;
        };
    }

    @Test
    void hostile_input_gets_a_problem_and_changes_nothing() {
        UUID ws = fixtures.workspace();
        UUID channel = fixtures.channel(ws, "hostile-" + run, "hostile-page-" + run);
        String key = ReconnectFixtures.KEY;
        long flows = fixtures.count("select count(f) from ConnectionFlow f");
        long keys = fixtures.count("select count(k) from ApiKey k");
        // the sweep keeps writing other channels' history meanwhile: count this channel's and the
        // workspace's own
        long history = fixtures.history(ws, channel);
        long requests = fixtures.count("select count(r) from ReconnectRequest r");
        String big = "{\"network\":\"" + "x".repeat(70_000) + "\"}";
        Map<String, Integer> bodies = new LinkedHashMap<>();
        bodies.put("POST api/v1/connections {", 400);
        bodies.put("POST api/v1/connections [\"SANDBOX\"]", 400);
        bodies.put("POST api/v1/connections {\"network\":5}", 400);
        bodies.put("POST api/v1/connections {\"network\":\"MYSPACE\"}", 400);
        bodies.put("POST api/v1/connections {\"network\":\"SANDBOX\",\"admin\":true}", 400);
        bodies.put("POST api/v1/connections {}", 400);
        bodies.put("POST api/v1/connections " + big, 413);
        bodies.put("POST api/v1/api-keys {\"name\":\"x\",\"scopes\":[\"root\"]}", 400);
        bodies.put("POST api/v1/api-keys {\"name\":\"\",\"scopes\":[\"admin\"]}", 400);
        bodies.put("POST api/v1/api-keys {\"name\":\"x\",\"scopes\":\"admin\"}", 400);
        bodies.put(
                "POST api/v1/channels/"
                        + channel
                        + "/failures {\"httpStatus\":\"abc\",\"body\":\"\"}",
                400);
        bodies.put(
                "POST api/v1/channels/" + channel + "/failures {\"httpStatus\":700,\"body\":\"\"}",
                400);
        bodies.put(
                "POST api/v1/channels/"
                        + channel
                        + "/failures {\"httpStatus\":401,\"body\":\"\",\"tokenId\":\""
                        + UUID.randomUUID()
                        + "\"}",
                404);
        bodies.put("POST api/v1/channels/" + channel + "/reconnect-requests {\"email\":[1]}", 400);
        bodies.put(
                "POST api/v1/channels/"
                        + channel
                        + "/reconnect-requests {\"email\":\"a@b.c, d@e.f\"}",
                400);
        bodies.put("POST api/v1/channels/not-a-uuid/reconnect null", 404);
        bodies.put("GET api/v1/channels?page=0 null", 400);
        bodies.put("GET api/v1/channels?state=GREEN null", 400);
        bodies.put("GET api/v1/channels/" + channel + "/preflight?at=yesterday null", 400);
        bodies.put(
                "GET api/v1/channels/" + channel + "/preflight?at=2001-01-01T00:00:00Z null", 400);
        List<String> mismatches = new ArrayList<>();
        bodies.forEach(
                (request, status) -> {
                    String[] parts = request.split(" ", 3);
                    HttpResponse<String> answer =
                            api().send(
                                            parts[0],
                                            parts[1],
                                            key,
                                            "null".equals(parts[2]) ? null : parts[2]);
                    if (answer.statusCode() != status
                            || !answer.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .startsWith("application/problem+json")) {
                        mismatches.add(
                                request.substring(0, Math.min(120, request.length()))
                                        + ": "
                                        + answer.statusCode()
                                        + " "
                                        + answer.headers().firstValue("Content-Type").orElse("")
                                        + " "
                                        + answer.body()
                                                .substring(
                                                        0, Math.min(300, answer.body().length())));
                    }
                });
        HttpResponse<String> plain =
                api().sendTyped("POST", "api/v1/connections", key, "network=SANDBOX", "text/plain");
        if (plain.statusCode() != 415) {
            mismatches.add("text/plain body: " + plain.statusCode() + " " + plain.body());
        }
        assertThat(mismatches).isEmpty();
        assertThat(fixtures.count("select count(f) from ConnectionFlow f")).isEqualTo(flows);
        assertThat(fixtures.count("select count(k) from ApiKey k")).isEqualTo(keys);
        assertThat(fixtures.count("select count(r) from ReconnectRequest r")).isEqualTo(requests);
        // only the failure report that named an unknown token could have written history: none did
        assertThat(fixtures.history(ws, channel)).isEqualTo(history);
    }

    @Test
    void a_revoked_key_stops_working_at_once_and_a_new_key_is_shown_once() {
        fixtures.workspace();
        HttpResponse<String> made =
                api().send(
                                "POST",
                                "api/v1/api-keys",
                                ReconnectFixtures.KEY,
                                "{\"name\":\"short-lived "
                                        + run
                                        + "\",\"scopes\":[\"channels:read\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String secret = Http.json(made).getString("key");
        String id = Http.json(made).getJsonObject("apiKey").getString("id");
        assertThat(api().get("api/v1/channels", secret).statusCode()).isEqualTo(200);
        assertThat(api().get("api/v1/api-keys", ReconnectFixtures.KEY).body())
                .contains(id)
                .doesNotContain(secret);

        assertThat(
                        api().send("DELETE", "api/v1/api-keys/" + id, ReconnectFixtures.KEY, null)
                                .statusCode())
                .isEqualTo(200);

        HttpResponse<String> refused = api().get("api/v1/channels", secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(api().get("api/v1/channels", "rk_" + "x".repeat(40)).statusCode())
                .isEqualTo(401);
        assertThat(
                        api().send(
                                        "GET",
                                        "api/v1/channels",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "owner@reconnect.test:wrong"
                                                                        .getBytes()),
                                        null)
                                .statusCode())
                .isEqualTo(401);
    }

    // ---- issue 13: the data grid, replayed callbacks, forged log lines, hostile input ----

    /**
     * Payara's data grid is off (server-config): no Hazelcast instance in this server, nothing
     * listening where its members would (a stranger knowing only the default group name cannot join
     * what does not listen), and every socket this server listens on is bound to loopback (demo
     * mode's HTTP listener included).
     */
    @Test
    void the_data_grid_is_off_and_this_server_listens_on_loopback_only() throws Exception {
        assertThatThrownBy(() -> new javax.naming.InitialContext().lookup("payara/Hazelcast"))
                .as("Payara binds its Hazelcast instance here when the grid is on")
                .isInstanceOf(javax.naming.NamingException.class);
        for (int port = 6900; port <= 6910; port++) {
            try (java.net.Socket member = new java.net.Socket()) {
                member.connect(
                        new java.net.InetSocketAddress(
                                java.net.InetAddress.getLoopbackAddress(), port),
                        1000);
                throw new AssertionError("something listens on the data grid's port " + port);
            } catch (java.net.ConnectException refused) {
                // nothing there, as it should be
            }
        }
        List<String> listening = Listening.sockets();
        assertThat(listening)
                .as("this server's listening sockets (from /proc/net)")
                .isNotEmpty()
                .allSatisfy(socket -> assertThat(Listening.loopback(socket)).as(socket).isTrue());
    }

    /**
     * The SANDBOX's signed deauthorize callback (verified like Facebook's): a copy of one that was
     * taken is a 400 problem that changes nothing, and one issued before the token's grant (the
     * person consented again since) leaves that token alone, however fresh.
     */
    @Test
    void a_signed_callback_is_taken_once_and_never_kills_a_grant_given_after_it_was_issued() {
        UUID ws = fixtures.workspace();
        String account = "replay-" + run;
        UUID channel = fixtures.channel(ws, account, "replay-page-" + run);
        Instant granted = fixtures.tokens(channel).get(0).grantedAt();

        String older = sandboxSigned(account, granted.minusSeconds(120));
        HttpResponse<String> old = deauthorize(older);
        assertThat(old.statusCode()).as(old.body()).isEqualTo(200);
        assertThat(Http.json(old).getInt("tokensRevoked"))
                .as("issued before the grant: about an earlier one")
                .isZero();
        assertThat(status(channel)).isEqualTo(TokenStatus.VALID);
        assertReplayRefused(older, channel);

        Instant issued = Instant.now();
        String fresh = sandboxSigned(account, issued);
        HttpResponse<String> killed = deauthorize(fresh);
        assertThat(killed.statusCode()).as(killed.body()).isEqualTo(200);
        assertThat(Http.json(killed).getInt("tokensRevoked")).isEqualTo(1);
        assertThat(status(channel)).isEqualTo(TokenStatus.REVOKED);
        assertReplayRefused(fresh, channel);

        fixtures.reconnect(channel);
        assertThat(status(channel)).isEqualTo(TokenStatus.VALID);
        // another request issued before the reconnect, still inside the ten minutes
        HttpResponse<String> late = deauthorize(sandboxSigned(account, issued.minusSeconds(1)));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
        assertThat(Http.json(late).getInt("tokensRevoked")).isZero();
        assertThat(status(channel))
                .as("the new grant survives a callback about the old one")
                .isEqualTo(TokenStatus.VALID);
        assertReplayRefused(fresh, channel);
    }

    private void assertReplayRefused(String signed, UUID channel) {
        TokenStatus before = status(channel);
        long history = fixtures.history(fixtures.workspace(), channel);
        HttpResponse<String> again = deauthorize(signed);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(again.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(Http.json(again).getString("type")).endsWith("replayed-callback");
        assertThat(status(channel)).isEqualTo(before);
        assertThat(fixtures.history(fixtures.workspace(), channel)).isEqualTo(history);
    }

    private TokenStatus status(UUID channel) {
        return fixtures.tokens(channel).get(0).status();
    }

    private static String sandboxSigned(String account, Instant issuedAt) {
        return SignedRequest.sign(
                SignedRequest.deauthorization(account, issuedAt),
                ConfigProvider.getConfig().getValue("relink.sandbox.client-secret", String.class));
    }

    private static HttpResponse<String> deauthorize(String signed) {
        return api().postForm(
                        "api/v1/callbacks/sandbox/deauthorize",
                        "signed_request=" + URLEncoder.encode(signed, StandardCharsets.UTF_8));
    }

    /**
     * A page whose name came from a network with a line break in it is logged on one line: the
     * server's own handlers (here, one more on the root logger with the formatter of Payara's) see
     * no line that starts where the name would have started a forged one.
     */
    @Test
    void a_page_named_with_a_line_break_forges_no_line_in_the_server_log() {
        UUID ws = fixtures.workspace();
        String account = "evil-" + run;
        UUID channel = fixtures.channel(ws, account, "evil-page-" + run);
        String forged = "Evil " + run + "\r\n[2000-01-01T00:00:00.000+0000] [SEVERE] forged";
        fixtures.rename(channel, forged);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Formatter payaras =
                java.util.Arrays.stream(root.getHandlers())
                        .map(java.util.logging.Handler::getFormatter)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no handler of the server"));
        StringBuilder log = new StringBuilder();
        java.util.logging.Handler server =
                new java.util.logging.Handler() {
                    @Override
                    public synchronized void publish(java.util.logging.LogRecord record) {
                        log.append(payaras.format(record));
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        root.addHandler(server);
        try {
            HttpResponse<String> killed = deauthorize(sandboxSigned(account, Instant.now()));
            assertThat(killed.statusCode()).as(killed.body()).isEqualTo(200);
            String written =
                    Await.until(
                            Duration.ofSeconds(10),
                            () -> {
                                synchronized (server) {
                                    return log.toString();
                                }
                            },
                            text -> text.contains("Evil " + run),
                            "the state change of the evil page is logged");
            assertThat(written.lines())
                    .as(written)
                    .noneMatch(line -> line.startsWith("[2000-01-01"))
                    .anyMatch(line -> line.contains("Evil " + run + "\\r\\n[2000-01-01"));
        } finally {
            root.removeHandler(server);
        }
    }

    /**
     * Hostile input of the kinds an outside test found (deep JSON, lying and endless bodies, no or
     * wrong Content-Type, unknown methods on pages, a huge OAuth state) on every body endpoint,
     * authenticated or not: never a 5xx, a problem document on the API, a refusal at the limit
     * without reading the rest, and nothing changed.
     */
    @Test
    void hostile_input_is_refused_with_a_4xx_at_the_limit_and_changes_nothing() throws Exception {
        UUID ws = fixtures.workspace();
        UUID channel = fixtures.channel(ws, "hostile2-" + run, "hostile2-page-" + run);
        String c = "api/v1/channels/" + channel;
        long keys = fixtures.count("select count(k) from ApiKey k");
        long flows = fixtures.count("select count(f) from ConnectionFlow f");
        long history = fixtures.history(ws, channel);
        String key = "Bearer " + ReconnectFixtures.KEY;
        List<String> bodyEndpoints =
                List.of(
                        "POST api/v1/connections",
                        "POST api/v1/api-keys",
                        "POST " + c + "/failures",
                        "POST " + c + "/reconnect-requests",
                        "POST api/v1/invitations",
                        "POST api/v1/workspaces",
                        "PATCH api/v1/workspaces/" + ws,
                        "PATCH api/v1/members/" + UUID.randomUUID(),
                        "POST api/v1/webhooks",
                        "POST api/v1/callbacks/tiktok/events",
                        "POST api/v1/callbacks/sandbox/deauthorize");
        String deep = "{\"a\":".repeat(9_000) + "1" + "}".repeat(9_000);
        String deepArray = "[".repeat(9_000) + "]".repeat(9_000);
        List<String> mismatches = new ArrayList<>();
        int asked = 0;
        for (String endpoint : bodyEndpoints) {
            String[] parts = endpoint.split(" ");
            for (String body : List.of(deep, deepArray)) {
                Raw.Answer answer =
                        Raw.send(
                                parts[0],
                                "/" + parts[1],
                                key,
                                "application/json",
                                body.getBytes(StandardCharsets.UTF_8));
                asked++;
                if (answer.status() >= 500
                        || answer.status() < 400
                        || !answer.type().startsWith("application/problem+json")) {
                    mismatches.add("deep JSON to " + endpoint + ": " + answer);
                }
            }
        }
        // Bodies that lie about their length, or never end: 413 at the limit, at once.
        for (String endpoint :
                List.of(
                        "POST /api/v1/api-keys",
                        "POST /api/v1/connections",
                        "POST /api/v1/callbacks/sandbox/deauthorize",
                        "POST /j_security_check")) {
            String[] parts = endpoint.split(" ");
            boolean api = parts[1].startsWith("/api/");
            String type = api ? "application/json" : "application/x-www-form-urlencoded";
            for (long declared : List.of(100L << 20, 200L << 10)) {
                long started = System.nanoTime();
                Raw.Answer lying = Raw.lying(parts[0], parts[1], key, type, declared, 1 << 20);
                long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
                asked++;
                if (lying.status() != 413
                        || seconds > 10
                        || (api && !lying.type().startsWith("application/problem+json"))) {
                    mismatches.add(
                            "Content-Length "
                                    + declared
                                    + " to "
                                    + endpoint
                                    + ": "
                                    + lying
                                    + " after "
                                    + seconds
                                    + " s");
                }
            }
            Raw.Answer endless = Raw.chunked(parts[0], parts[1], key, type, 100L << 20);
            asked++;
            int expected = api ? 413 : 411;
            if (endless.status() != expected
                    || endless.sent() >= (100L << 20)
                    || (api && !endless.type().startsWith("application/problem+json"))) {
                mismatches.add("chunked 100 MB to " + endpoint + ": " + endless);
            }
        }
        // No Content-Type, or one that names no type: 415 on every JSON endpoint.
        for (String type : new String[] {null, "application/*", "*/*", "text/plain"}) {
            for (String endpoint :
                    List.of(
                            "POST api/v1/api-keys {\"name\":\"typeless "
                                    + run
                                    + "\",\"scopes\":[\"channels:read\"]}",
                            "POST api/v1/connections {\"network\":\"SANDBOX\"}",
                            "POST " + c + "/failures {\"httpStatus\":401,\"body\":\"{}\"}",
                            "POST api/v1/callbacks/sandbox/deauthorize {}")) {
                String[] parts = endpoint.split(" ", 3);
                Raw.Answer answer =
                        Raw.send(
                                parts[0],
                                "/" + parts[1],
                                key,
                                type,
                                parts[2].getBytes(StandardCharsets.UTF_8));
                asked++;
                if (answer.status() != 415
                        || !answer.type().startsWith("application/problem+json")) {
                    mismatches.add("Content-Type " + type + " to " + endpoint + ": " + answer);
                }
            }
        }
        // Methods no page takes: 405, never 501.
        for (String method : List.of("PATCH", "PUT", "DELETE", "PROPFIND")) {
            for (String page : List.of("/", "/login.xhtml", "/center/channels.xhtml")) {
                Raw.Answer answer = Raw.send(method, page, null, null, null);
                asked++;
                if (answer.status() != 405) {
                    mismatches.add(method + " " + page + ": " + answer);
                }
            }
        }
        // A 10 KB OAuth state: refused by the callback, not by the HTTP parser with a 505.
        Raw.Answer state =
                Raw.send(
                        "GET",
                        "/oauth/sandbox/callback?code=x&state=" + "s".repeat(10_240),
                        null,
                        null,
                        null);
        asked++;
        if (state.status() < 400 || state.status() >= 500) {
            mismatches.add("10 KB state: " + state);
        }
        assertThat(mismatches).as(asked + " hostile requests").isEmpty();
        assertThat(fixtures.count("select count(k) from ApiKey k")).isEqualTo(keys);
        assertThat(fixtures.count("select count(f) from ConnectionFlow f")).isEqualTo(flows);
        assertThat(fixtures.history(ws, channel)).isEqualTo(history);
    }

    /**
     * What the server answers by itself (no such path, a method nothing takes, a role a page needs,
     * a path that tries to climb out) is Relink's answer: no 5xx, a problem document under {@code
     * /api/}, Relink's page elsewhere, never the server's own page or an exception's name, the
     * security headers on every answer, redirects to the public URL whatever {@code Host} said, and
     * the session cookie {@code HttpOnly; SameSite=Lax}. Every path, method and caller below, each
     * sent with {@code Host: evil.example}.
     */
    @Test
    void everything_the_server_answers_itself_is_relinks_answer() throws Exception {
        UUID ws = fixtures.workspace();
        UUID channel = fixtures.channel(ws, "itself-" + run, "itself-page-" + run);
        long keys = fixtures.count("select count(k) from ApiKey k");
        long flows = fixtures.count("select count(f) from ConnectionFlow f");
        long history = fixtures.history(ws, channel);
        String publicUrl = ConfigProvider.getConfig().getValue("relink.public-url", String.class);
        List<String> paths =
                List.of(
                        "/api/v1/nope",
                        "/api/v1/channels",
                        // a channel of another workspace: DELETE with this key would be an
                        // unlink, which is no hostile request but a caller's right
                        "/api/v1/channels/" + UUID.randomUUID(),
                        "/api/v1/channels/" + channel + "/history",
                        "/api/v1/channels/..%2F..%2F..%2Fetc%2Fpasswd",
                        "/api/v1/channels/%2e%2e/%2e%2e/WEB-INF/web.xml",
                        "/api/v1/channels/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                        "/api/v1/application.wadl",
                        "/api/v1/api-keys",
                        "/api/v1/workspaces",
                        "/api/v1/me",
                        "/api/v1/callbacks/sandbox/deauthorize",
                        "/",
                        "/nope",
                        "/nope.xhtml",
                        "/WEB-INF/web.xml",
                        "/META-INF/MANIFEST.MF",
                        "/center/channels.xhtml",
                        "/center/nope.xhtml",
                        "/admin/workspaces.xhtml",
                        "/login.xhtml",
                        "/error",
                        "/error.xhtml",
                        "/j_security_check",
                        "/oauth/sandbox/callback",
                        "/health",
                        "/openapi",
                        "/metrics",
                        "/api.html",
                        "/sandbox/nope");
        List<String> methods =
                List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND");
        List<String> internals =
                List.of(
                        "Payara",
                        "Exception",
                        "Grizzly",
                        "wadl.dev.java.net",
                        "at io.relink",
                        "at java.");
        List<String> mismatches = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int asked = 0;
        for (String path : paths) {
            boolean api = path.startsWith("/api/");
            boolean page = !api && !path.startsWith("/sandbox/");
            for (String method : methods) {
                for (String auth :
                        java.util.Arrays.asList(null, "Bearer " + ReconnectFixtures.KEY)) {
                    Raw.Answer answer = Raw.send(method, path, auth, null, null, "evil.example");
                    asked++;
                    statuses.merge(answer.status(), 1, Integer::sum);
                    List<String> wrong = new ArrayList<>();
                    if (answer.status() < 100 || answer.status() >= 500) {
                        wrong.add("status");
                    }
                    if (!"nosniff".equals(answer.header("X-Content-Type-Options"))
                            || !answer.header("Content-Security-Policy")
                                    .contains("frame-ancestors 'none'")
                            || !"DENY".equals(answer.header("X-Frame-Options"))) {
                        wrong.add("security headers");
                    }
                    if (page && !"no-store".equals(answer.header("Cache-Control"))) {
                        wrong.add("Cache-Control");
                    }
                    if (api
                            && answer.status() >= 400
                            && !answer.type().startsWith("application/problem+json")) {
                        wrong.add("not a problem document");
                    }
                    if (answer.status() >= 400
                            && internals.stream().anyMatch(answer.body()::contains)) {
                        wrong.add("internals in the body");
                    }
                    String location = answer.header("Location");
                    if (!location.isEmpty()
                            && !location.startsWith(publicUrl)
                            && !location.startsWith("/")) {
                        wrong.add("Location " + location);
                    }
                    String cookie = answer.header("Set-Cookie");
                    if (!cookie.isEmpty()
                            && (!cookie.contains("HttpOnly") || !cookie.contains("SameSite=Lax"))) {
                        wrong.add("cookie " + cookie);
                    }
                    if (!wrong.isEmpty()) {
                        mismatches.add(
                                method
                                        + " "
                                        + path
                                        + (auth == null ? "" : " (key)")
                                        + ": "
                                        + wrong
                                        + " "
                                        + answer);
                    }
                }
            }
        }
        assertThat(mismatches).as(asked + " requests, statuses " + statuses).isEmpty();
        assertThat(asked).isEqualTo(paths.size() * methods.size() * 2);
        assertThat(fixtures.count("select count(k) from ApiKey k")).isEqualTo(keys);
        assertThat(fixtures.count("select count(f) from ConnectionFlow f")).isEqualTo(flows);
        assertThat(fixtures.history(ws, channel)).isEqualTo(history);
    }

    /**
     * The page session lives in its cookie only: an id in the URL is sent back to the same page
     * without it (and gets nobody in); a stale or forged view state does nothing and sends the
     * person back with "your page was out of date"; the metrics need their token.
     */
    @Test
    void session_ids_stay_in_cookies_stale_forms_do_nothing_and_metrics_need_their_token()
            throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser =
                java.net.http.HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                        .build();
        String base = ConfigProvider.getConfig().getValue("relink.public-url", String.class);
        java.util.function.Function<java.net.http.HttpRequest.Builder, HttpResponse<String>> send =
                request -> {
                    try {
                        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    } catch (java.io.IOException | InterruptedException failed) {
                        throw new IllegalStateException(failed);
                    }
                };
        send.apply(java.net.http.HttpRequest.newBuilder(URI.create(base + "/login.xhtml")));
        HttpResponse<String> signedIn =
                send.apply(
                        java.net.http.HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "j_username=owner%40demo.relink.io&j_password="
                                                        + ConfigProvider.getConfig()
                                                                .getValue(
                                                                        "relink.demo.password",
                                                                        String.class))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse(""))
                .isEqualTo(base + "/center/channels.xhtml");
        String session =
                cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();
        HttpResponse<String> page =
                send.apply(
                        java.net.http.HttpRequest.newBuilder(
                                URI.create(base + "/center/channels.xhtml")));
        assertThat(page.statusCode()).isEqualTo(200);
        // Relink's own behaviour is a file: no inline handler of its own on the page
        assertThat(page.body())
                .doesNotContain("onchange=\"")
                .doesNotContain("onfocus=\"")
                .contains("js/relink.js");

        // the same session's id in the URL, without the cookie: sent to the page without it
        Raw.Answer inUrl =
                Raw.send("GET", "/center/channels.xhtml;jsessionid=" + session, null, null, null);
        assertThat(inUrl.status()).isEqualTo(302);
        assertThat(inUrl.header("Location")).isEqualTo(base + "/center/channels.xhtml");
        assertThat(inUrl.body()).doesNotContain("Sign out");

        // a forged view state on the signed-in page: nothing done, back with a message
        HttpResponse<String> forged =
                send.apply(
                        java.net.http.HttpRequest.newBuilder(
                                        URI.create(base + "/center/channels.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "account=account&account%3Alogout=account%3Alogout"
                                                        + "&jakarta.faces.ViewState=-4242%3A4242")));
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElse(""))
                .isEqualTo(base + "/center/channels.xhtml");
        HttpResponse<String> back =
                send.apply(
                        java.net.http.HttpRequest.newBuilder(
                                URI.create(base + "/center/channels.xhtml")));
        assertThat(back.statusCode())
                .as("still signed in: the forged sign-out did nothing")
                .isEqualTo(200);
        assertThat(back.body()).contains("Your page was out of date, so nothing was done.");

        // the page's scripts are signed: one policy, PrimeFaces' nonce appended to script-src
        HttpResponse<String> signedPage =
                send.apply(
                        java.net.http.HttpRequest.newBuilder(
                                URI.create(base + "/center/channels.xhtml")));
        String nonce = Browser.nonce(signedPage.body());
        assertThat(signedPage.headers().allValues("Content-Security-Policy"))
                .containsExactly(SecurityHeaders.PAGE_POLICY + " 'nonce-" + nonce + "';");
        assertThat(signedPage.body())
                .doesNotContain("onclick=\"")
                .doesNotContainPattern("<script(?![^>]* nonce=\"" + nonce + "\")[^>]*>[^<]");
        // a real view state without the page's nonce (a post whose page scripts did not run):
        // nothing done, back with a message; with it, the same post signs out
        String viewState =
                java.util.regex.Pattern.compile(
                                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(signedPage.body())
                        .results()
                        .findFirst()
                        .orElseThrow()
                        .group(1);
        for (String withNonce : List.of("", "&primefaces.nonce=bm90LXRoZS1wYWdlLW5vbmNl")) {
            HttpResponse<String> unsigned =
                    send.apply(
                            java.net.http.HttpRequest.newBuilder(
                                            URI.create(base + "/center/channels.xhtml"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(
                                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                                    "account=account&account%3Alogout=Sign+out"
                                                            + "&jakarta.faces.ViewState="
                                                            + URLEncoder.encode(
                                                                    viewState,
                                                                    StandardCharsets.UTF_8)
                                                            + withNonce)));
            assertThat(unsigned.statusCode()).as(withNonce).isEqualTo(302);
            HttpResponse<String> still =
                    send.apply(
                            java.net.http.HttpRequest.newBuilder(
                                    URI.create(base + "/center/channels.xhtml")));
            assertThat(still.statusCode()).as("still signed in " + withNonce).isEqualTo(200);
            assertThat(still.body()).contains("Your page was out of date, so nothing was done.");
        }
        HttpResponse<String> signedOut =
                send.apply(
                        java.net.http.HttpRequest.newBuilder(
                                        URI.create(base + "/center/channels.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "account=account&account%3Alogout=Sign+out"
                                                        + "&jakarta.faces.ViewState="
                                                        + URLEncoder.encode(
                                                                viewState, StandardCharsets.UTF_8)
                                                        + "&primefaces.nonce="
                                                        + URLEncoder.encode(
                                                                nonce, StandardCharsets.UTF_8))));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(
                        send.apply(
                                        java.net.http.HttpRequest.newBuilder(
                                                URI.create(base + "/center/channels.xhtml")))
                                .statusCode())
                .as("signed out by the post that carried the page's nonce")
                .isEqualTo(302);

        // metrics: the token, only the token
        Raw.Answer none = Raw.send("GET", "/metrics", null, null, null);
        assertThat(none.status()).isEqualTo(401);
        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> wrong =
                plain.send(
                        java.net.http.HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                .header("Authorization", "Bearer not-the-token")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> metrics =
                plain.send(
                        java.net.http.HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + ConfigProvider.getConfig()
                                                        .getValue(
                                                                "relink.metrics.token",
                                                                String.class))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    /**
     * Requests as an attacker writes them, byte by byte over a socket to this server (the JDK's
     * client refuses to lie about lengths).
     */
    static final class Raw {

        record Answer(int status, String type, String body, long sent, String head) {
            Answer(int status, String type, String body, long sent) {
                this(status, type, body, sent, "");
            }

            /** The first value of header {@code name}, or "". */
            String header(String name) {
                for (String line : head.split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                        return line.substring(colon + 1).strip();
                    }
                }
                return "";
            }

            @Override
            public String toString() {
                return status
                        + " "
                        + type
                        + " "
                        + body.substring(0, Math.min(200, body.length()))
                        + " (sent "
                        + sent
                        + " bytes)";
            }
        }

        static java.net.Socket open() throws java.io.IOException {
            URI base =
                    URI.create(
                            ConfigProvider.getConfig().getValue("relink.public-url", String.class));
            java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort());
            socket.setSoTimeout(30_000);
            return socket;
        }

        static String head(String method, String path, String auth, String type) {
            StringBuilder head =
                    new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            if (auth != null && path.startsWith("/api/")) {
                head.append("Authorization: ").append(auth).append("\r\n");
            }
            if (type != null) {
                head.append("Content-Type: ").append(type).append("\r\n");
            }
            return head.toString();
        }

        static Answer send(String method, String path, String auth, String type, byte[] body)
                throws java.io.IOException {
            return send(method, path, auth, type, body, "localhost");
        }

        /** As {@link #send}, naming {@code host} in the {@code Host} header. */
        static Answer send(
                String method, String path, String auth, String type, byte[] body, String host)
                throws java.io.IOException {
            try (java.net.Socket socket = open()) {
                String head =
                        head(method, path, auth, type).replace("Host: localhost", "Host: " + host)
                                + "Connection: close\r\nContent-Length: "
                                + (body == null ? 0 : body.length)
                                + "\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    socket.getOutputStream().write(body);
                }
                socket.getOutputStream().flush();
                return read(socket, body == null ? 0 : body.length);
            }
        }

        /** Says {@code declared} bytes, sends at most {@code sent}, then waits for the answer. */
        static Answer lying(
                String method, String path, String auth, String type, long declared, int sent)
                throws java.io.IOException {
            try (java.net.Socket socket = open()) {
                String head =
                        head(method, path, auth, type) + "Content-Length: " + declared + "\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                long written = 0;
                byte[] chunk = new byte[16 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                try {
                    while (written < Math.min(sent, declared)) {
                        socket.getOutputStream().write(chunk);
                        written += chunk.length;
                    }
                } catch (java.io.IOException refusedMidway) {
                    // the server answered and closed: what it said is read below
                }
                return read(socket, written);
            }
        }

        /**
         * Sends a chunked body of up to {@code total} bytes, until the server answers or closes.
         */
        static Answer chunked(String method, String path, String auth, String type, long total)
                throws java.io.IOException {
            try (java.net.Socket socket = open()) {
                String head = head(method, path, auth, type) + "Transfer-Encoding: chunked\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                byte[] data = new byte[64 * 1024];
                java.util.Arrays.fill(data, (byte) 'a');
                byte[] size =
                        (Integer.toHexString(data.length) + "\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1);
                long written = 0;
                java.io.InputStream in = socket.getInputStream();
                try {
                    while (written < total) {
                        socket.getOutputStream().write(size);
                        socket.getOutputStream().write(data);
                        socket.getOutputStream()
                                .write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        written += data.length;
                        if (in.available() > 0) {
                            break; // answered already
                        }
                    }
                    if (written >= total) {
                        socket.getOutputStream()
                                .write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                } catch (java.io.IOException refusedMidway) {
                    // the server answered and closed: what it said is read below
                }
                return read(socket, written);
            }
        }

        static Answer read(java.net.Socket socket, long sent) throws java.io.IOException {
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                java.io.InputStream in = socket.getInputStream();
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException silent) {
                // no more within the socket's timeout: judged on what arrived (a mismatch names it)
            } catch (java.net.SocketException reset) {
                // a reset after the answer: keep what arrived
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.1 ")) {
                return new Answer(0, "", "no answer: " + text, sent);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            String type = "";
            for (String line :
                    text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).strip();
                }
            }
            int split = text.indexOf("\r\n\r\n");
            return new Answer(
                    status,
                    type,
                    split < 0 ? "" : text.substring(split + 4),
                    sent,
                    split < 0 ? text : text.substring(0, split));
        }

        /** Whether the head and as much body as its Content-Length says have arrived. */
        private static boolean complete(String text) {
            int split = text.indexOf("\r\n\r\n");
            if (split < 0) {
                return false;
            }
            java.util.regex.Matcher length =
                    java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                            .matcher(text.substring(0, split));
            return length.find() && text.length() - split - 4 >= Integer.parseInt(length.group(1));
        }
    }

    /** The TCP sockets this server listens on, from the kernel's tables (Linux). */
    static final class Listening {

        static List<String> sockets() throws java.io.IOException {
            Set<String> mine = new TreeSet<>();
            try (var fds = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
                for (java.nio.file.Path fd : fds.toList()) {
                    try {
                        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            mine.add(target.substring(8, target.length() - 1));
                        }
                    } catch (java.io.IOException closedMeanwhile) {
                        // an fd that went away while listed
                    }
                }
            }
            List<String> listening = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line :
                        java.nio.file.Files.readAllLines(java.nio.file.Path.of(table)).stream()
                                .skip(1)
                                .toList()) {
                    String[] f = line.trim().split("\\s+");
                    if ("0A".equals(f[3]) && mine.contains(f[9])) {
                        listening.add(f[1]);
                    }
                }
            }
            return listening;
        }

        /** Whether a /proc/net address (hex, host byte order per 32-bit word) is loopback. */
        static boolean loopback(String address) {
            String ip = address.substring(0, address.indexOf(':'));
            if (ip.length() == 8) {
                return ip.endsWith("7F"); // 127.x.x.x, little-endian
            }
            return ip.equals("00000000000000000000000001000000") // ::1
                    || (ip.startsWith("0000000000000000FFFF0000") && ip.endsWith("7F"));
        }
    }

    private static boolean roleGrants(String role, String scope) {
        return io.relink.workspaces.entity.Role.valueOf(role).groups().contains(scope);
    }

    static Http.Person person(String email, String workspace) {
        return new Http.Person(api(), basic(email), workspace);
    }

    static String basic(String email) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (email + ":" + ReconnectFixtures.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8));
    }

    static Http api() {
        String base = ConfigProvider.getConfig().getValue("relink.public-url", String.class);
        try {
            return new Http(URI.create(base.endsWith("/") ? base : base + "/").toURL());
        } catch (MalformedURLException bad) {
            throw new IllegalStateException(bad);
        }
    }
}
