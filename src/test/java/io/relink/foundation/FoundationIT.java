package io.relink.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.Deployments;
import io.relink.Fixtures;
import io.relink.Http;
import io.relink.channels.control.ChannelView;
import io.relink.platform.JsonConfig;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation on a real Payara Micro with the real WAR: the channels API (keys, paging, filters,
 * problem answers, workspace isolation), sealed secrets, and signing in to the Connection Center.
 * One deployment for all, because each costs a server boot.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationIT {

    private static final Set<String> ALL_STATES_BUT_UNLINKED =
            Set.of("CONNECTED", "EXPIRING", "DEGRADED", "DISCONNECTED", "UNVERIFIED");

    @Deployment
    static WebArchive deployment() {
        return Deployments.relink();
    }

    @Inject Fixtures fixtures;

    // ---- in the container: data the client tests rely on, and what the database holds ----

    @Test
    @Order(1)
    void a_second_workspace_exists_for_isolation_tests() {
        fixtures.otherWorkspace();
        assertThat(fixtures.workspaceIds()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void the_database_holds_no_plaintext_secret() {
        List<String> secrets = fixtures.openedAccessSecrets();
        List<byte[]> columns = fixtures.rawSecretColumns();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(15).contains(Fixtures.OTHER_SECRET);
        assertThat(columns).hasSizeGreaterThanOrEqualTo(secrets.size());
        for (byte[] column : columns) {
            String raw = new String(column, StandardCharsets.ISO_8859_1);
            assertThat(secrets).noneMatch(raw::contains);
            assertThat(raw)
                    .doesNotContain("demo-access-")
                    .doesNotContain("demo-refresh-")
                    .doesNotContain("other-");
        }
    }

    @Test
    @Order(3)
    void no_channel_view_carries_a_secret() {
        List<String> secrets = fixtures.openedAccessSecrets();
        String json =
                fixtures.workspaceIds().stream()
                        .flatMap(id -> fixtures.channelsOf(id).stream())
                        .map(view -> new JsonConfig().getContext(ChannelView.class).toJson(view))
                        .collect(Collectors.joining("\n"));
        assertThat(json).contains("\"tokens\"");
        assertThat(secrets).noneMatch(json::contains);
    }

    // ---- from outside: the REST API ----

    @Test
    @RunAsClient
    void health_says_whether_the_database_and_the_sweep_are_there(@ArquillianResource URL base)
            throws Exception {
        URL root = new URL(base, "/");
        HttpResponse<String> ready = new Http(root).get("health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonObject readiness = Http.json(ready);
        assertThat(readiness.getString("status")).isEqualTo("UP");
        assertThat(
                        readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                                .collect(
                                        Collectors.toMap(
                                                c -> c.getString("name"),
                                                c -> c.getString("status"))))
                .containsEntry("database", "UP")
                .containsEntry("sweep", "UP");
        assertThat(ready.body()).doesNotContain("jdbc:", "password");
        HttpResponse<String> live = new Http(root).get("health/live", null);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"heap\"");
    }

    @Test
    @RunAsClient
    void a_call_without_a_key_is_a_401_problem(@ArquillianResource URL base) {
        HttpResponse<String> answer = new Http(base).get("api/v1/channels", null);
        assertProblem(answer, 401, "unauthorized");
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    @RunAsClient
    void a_call_with_an_unknown_key_is_a_401_problem(@ArquillianResource URL base) {
        assertProblem(
                new Http(base).get("api/v1/channels", "rk_no_such_key_000000000000000000000"),
                401,
                "unauthorized");
    }

    @Test
    @RunAsClient
    void the_demo_workspace_lists_channels_in_every_state_with_plain_words(
            @ArquillianResource URL base) {
        JsonObject page =
                Http.json(ok(new Http(base).get("api/v1/channels?size=200", Http.DEMO_KEY)));
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSizeGreaterThanOrEqualTo(12);
        assertThat(page.getInt("totalItems")).isEqualTo(items.size());
        assertThat(items.stream().map(i -> i.getString("state")).collect(Collectors.toSet()))
                .containsAll(ALL_STATES_BUT_UNLINKED);
        assertThat(items.stream().map(i -> i.getString("network")).distinct().count())
                .isGreaterThanOrEqualTo(5);
        for (JsonObject item : items) {
            assertThat(item.keySet())
                    .contains(
                            "id",
                            "network",
                            "externalId",
                            "name",
                            "kind",
                            "state",
                            "cause",
                            "causeText",
                            "nextStep",
                            "lastCheckedAt",
                            "tokens");
            for (JsonObject token : item.getJsonArray("tokens").getValuesAs(JsonObject.class)) {
                assertThat(token.keySet())
                        .contains("id", "identity", "status", "expiresAt", "lastCheckedAt");
                assertThat(token.getJsonObject("identity").keySet()).contains("id", "name");
            }
            if (item.getString("state").equals("DISCONNECTED")) {
                assertThat(item.getString("cause")).isNotBlank();
                assertThat(item.getString("causeText")).isNotBlank();
                assertThat(item.getString("nextStep")).isNotBlank();
            }
        }
    }

    /**
     * A fresh demo has a past: the dashboard's 90 days show a line rather than one point, channels
     * that lapsed and were reconnected give a time to reconnect, and some lapsed more than once.
     */
    @Test
    @RunAsClient
    void the_demo_workspace_has_90_days_of_history_for_the_dashboard(@ArquillianResource URL base) {
        JsonObject summary = Http.json(ok(new Http(base).get("api/v1/summary", Http.DEMO_KEY)));
        List<JsonObject> trend = summary.getJsonArray("healthyTrend").getValuesAs(JsonObject.class);
        List<Double> shares =
                trend.stream()
                        .filter(
                                p ->
                                        p.containsKey("healthyShare")
                                                && p.get("healthyShare").getValueType()
                                                        == jakarta.json.JsonValue.ValueType.NUMBER)
                        .map(p -> p.getJsonNumber("healthyShare").doubleValue())
                        .toList();
        assertThat(shares).as("trend points with a share").hasSizeGreaterThan(1);
        assertThat(shares.stream().distinct().count()).as("a line that moves").isGreaterThan(1);
        JsonObject reconnect = summary.getJsonObject("reconnectTime");
        assertThat(reconnect.getJsonNumber("recoveries").longValue()).isGreaterThan(0);
        assertThat(reconnect.getJsonNumber("medianSeconds").longValue()).isGreaterThan(0);
        JsonObject offenders = summary.getJsonObject("repeatOffenders");
        assertThat(
                        offenders.getJsonArray("channels").getValuesAs(JsonObject.class).stream()
                                .filter(c -> c.getJsonNumber("losses").longValue() >= 2)
                                .map(c -> c.getString("name")))
                .as("channels lost more than once")
                .contains("Acme Coffee Vienna", "@acme");
        assertThat(
                        offenders.getJsonArray("identities").getValuesAs(JsonObject.class).stream()
                                .filter(i -> i.getJsonNumber("losses").longValue() >= 2)
                                .map(i -> i.getString("name")))
                .as("identities whose tokens died on several days")
                .contains("Lena Vogel", "Priya Shah");
    }

    @Test
    @RunAsClient
    void pages_split_the_list_and_count_it(@ArquillianResource URL base) {
        Http http = new Http(base);
        JsonObject first = Http.json(ok(http.get("api/v1/channels?size=5&page=1", Http.DEMO_KEY)));
        JsonObject second = Http.json(ok(http.get("api/v1/channels?size=5&page=2", Http.DEMO_KEY)));
        int total = first.getInt("totalItems");
        assertThat(first.getJsonArray("items")).hasSize(5);
        assertThat(first.getInt("totalPages")).isEqualTo((total + 4) / 5);
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
        JsonObject beyond =
                Http.json(ok(http.get("api/v1/channels?size=5&page=99", Http.DEMO_KEY)));
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getInt("totalItems")).isEqualTo(total);
    }

    @Test
    @RunAsClient
    void filters_by_state_network_and_text_combine(@ArquillianResource URL base) {
        Http http = new Http(base);
        List<JsonObject> red =
                items(ok(http.get("api/v1/channels?state=disconnected&size=200", Http.DEMO_KEY)));
        assertThat(red)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.getString("state")).isEqualTo("DISCONNECTED"));
        List<JsonObject> facebook =
                items(ok(http.get("api/v1/channels?network=FACEBOOK", Http.DEMO_KEY)));
        assertThat(facebook)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.getString("network")).isEqualTo("FACEBOOK"));
        List<JsonObject> both =
                items(
                        ok(
                                http.get(
                                        "api/v1/channels?network=FACEBOOK&state=DISCONNECTED",
                                        Http.DEMO_KEY)));
        assertThat(both)
                .isNotEmpty()
                .allSatisfy(
                        i -> {
                            assertThat(i.getString("network")).isEqualTo("FACEBOOK");
                            assertThat(i.getString("state")).isEqualTo("DISCONNECTED");
                        });
        List<JsonObject> berlin = items(ok(http.get("api/v1/channels?q=berlin", Http.DEMO_KEY)));
        assertThat(berlin)
                .extracting(i -> i.getString("name"))
                .containsExactly("Acme Coffee Berlin");
        assertThat(items(ok(http.get("api/v1/channels?q=%25", Http.DEMO_KEY))))
                .as("a % is matched literally")
                .isEmpty();
        // one identity's channels are exactly those its identity entry lists
        JsonObject widest =
                items(ok(http.get("api/v1/identities?size=200", Http.DEMO_KEY))).stream()
                        .max(
                                java.util.Comparator.comparingInt(
                                        i -> i.getJsonArray("channels").size()))
                        .orElseThrow();
        List<String> reached =
                widest.getJsonArray("channels").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("id"))
                        .toList();
        assertThat(reached).hasSizeGreaterThan(1);
        String identity = "api/v1/channels?size=200&identity=" + widest.getString("id");
        JsonObject narrowed = Http.json(ok(http.get(identity, Http.DEMO_KEY)));
        assertThat(ids(narrowed)).containsExactlyInAnyOrderElementsOf(reached);
        assertThat(narrowed.getInt("totalItems")).isEqualTo(reached.size());
        assertThat(
                        Http.json(ok(http.get(identity + "&sort=state", Http.DEMO_KEY)))
                                .getInt("totalItems"))
                .isEqualTo(reached.size());
        String first = reached.get(0);
        JsonObject one = Http.json(ok(http.get("api/v1/channels/" + first, Http.DEMO_KEY)));
        assertThat(
                        items(
                                ok(
                                        http.get(
                                                identity + "&state=" + one.getString("state"),
                                                Http.DEMO_KEY))))
                .extracting(i -> i.getString("id"))
                .contains(first)
                .isSubsetOf(reached);
        assertThat(
                        items(
                                ok(
                                        http.get(
                                                "api/v1/channels?identity="
                                                        + java.util.UUID.randomUUID(),
                                                Http.DEMO_KEY))))
                .as("an identity the workspace does not have")
                .isEmpty();
    }

    @Test
    @RunAsClient
    void one_channel_reads_like_its_list_entry(@ArquillianResource URL base) {
        Http http = new Http(base);
        JsonObject listed = items(ok(http.get("api/v1/channels?q=berlin", Http.DEMO_KEY))).get(0);
        JsonObject one =
                Http.json(ok(http.get("api/v1/channels/" + listed.getString("id"), Http.DEMO_KEY)));
        assertThat(one).isEqualTo(listed);
        assertThat(one.getString("cause")).isEqualTo("ADMIN_ROLE_LOST");
    }

    @Test
    @RunAsClient
    void bad_paging_and_unknown_values_are_400_problems_naming_the_parameter(
            @ArquillianResource URL base) {
        Http http = new Http(base);
        String[][] cases = {
            {"page=0", "page"},
            {"page=abc", "page"},
            {"size=0", "size"},
            {"size=201", "size"},
            {"size=1e3", "size"},
            {"state=GREEN", "state"},
            {"network=MYSPACE", "network"},
            {"q=" + "x".repeat(201), "q"},
            {"identity=dana", "identity"},
            {"identity=1-1-1-1-1", "identity"},
        };
        for (String[] c : cases) {
            HttpResponse<String> answer = http.get("api/v1/channels?" + c[0], Http.DEMO_KEY);
            assertProblem(answer, 400, "invalid-parameter");
            assertThat(Http.json(answer).getString("parameter")).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    @RunAsClient
    void unknown_and_malformed_ids_are_404_problems(@ArquillianResource URL base) {
        Http http = new Http(base);
        assertProblem(
                http.get("api/v1/channels/" + UUID.randomUUID(), Http.DEMO_KEY), 404, "not-found");
        assertProblem(http.get("api/v1/channels/not-a-uuid", Http.DEMO_KEY), 404, "not-found");
        assertProblem(http.get("api/v1/no-such-resource", Http.DEMO_KEY), 404, "not-found");
    }

    @Test
    @RunAsClient
    void another_workspaces_channel_is_not_found_and_lists_never_mix(@ArquillianResource URL base) {
        Http http = new Http(base);
        List<JsonObject> theirs = items(ok(http.get("api/v1/channels", Fixtures.OTHER_KEY)));
        assertThat(theirs)
                .extracting(i -> i.getString("name"))
                .containsExactly("Other tenant page");
        String theirId = theirs.get(0).getString("id");
        assertProblem(http.get("api/v1/channels/" + theirId, Http.DEMO_KEY), 404, "not-found");
        assertThat(ids(Http.json(ok(http.get("api/v1/channels?size=200", Http.DEMO_KEY)))))
                .doesNotContain(theirId);
    }

    // ---- from outside: the Connection Center ----

    @Test
    @RunAsClient
    void the_owner_signs_in_and_sees_red_alerts_with_causes(@ArquillianResource URL base) {
        Http browser = new Http(base);
        HttpResponse<String> login = browser.get("center/channels.xhtml", null);
        assertThat(login.uri().getPath()).endsWith("/login.xhtml");
        assertThat(login.body()).contains("j_security_check");

        HttpResponse<String> center =
                browser.postForm(
                        "j_security_check",
                        "j_username=owner%40demo.relink.io&j_password=relink-demo");
        assertThat(center.statusCode()).isEqualTo(200);
        assertThat(center.uri().getPath()).endsWith("/center/channels.xhtml");
        assertThat(center.body())
                .contains(
                        "Olivia Owner",
                        "state-red",
                        "badge red",
                        "Next step:",
                        "changed their Sandbox password")
                .doesNotContain("demo-access-");
        assertThat(center.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    @RunAsClient
    void a_wrong_password_does_not_sign_in(@ArquillianResource URL base) {
        Http browser = new Http(base);
        browser.get("center/channels.xhtml", null);
        HttpResponse<String> failed =
                browser.postForm(
                        "j_security_check", "j_username=owner%40demo.relink.io&j_password=wrong");
        assertThat(failed.body()).contains("do not match").doesNotContain("Olivia Owner");
        assertThat(browser.get("center/channels.xhtml", null).uri().getPath())
                .endsWith("/login.xhtml");
    }

    private static HttpResponse<String> ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return answer;
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = Http.json(answer);
        assertThat(problem.getString("type")).isEqualTo("urn:relink:problem:" + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static List<JsonObject> items(HttpResponse<String> answer) {
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id"))
                .toList();
    }
}
