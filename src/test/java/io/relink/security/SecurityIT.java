package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.Deployments;
import io.relink.Http;
import io.relink.reconnect.ReconnectFixtures;
import io.relink.workspaces.entity.Scope;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
