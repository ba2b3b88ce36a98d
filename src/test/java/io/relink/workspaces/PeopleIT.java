package io.relink.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.relink.Await;
import io.relink.Browser;
import io.relink.Http;
import io.relink.MicroNode;
import io.relink.security.Keysets;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Relink as an organisation adopts it, outside demo mode, on a node of its own with an empty
 * database (H2, or PostgreSQL when {@code people.db.url} names one), a real SMTP server (GreenMail)
 * and a real OpenID Connect provider (mock-oauth2-server), all on loopback: the first
 * administrator's setup link, workspaces, invitations by e-mail, isolation between workspaces,
 * roles, the last owner, single-use and expiring links, password reset, single sign-on with group
 * mapping, and throttled sign-in. The tests build on each other, in order.
 *
 * <p>Proves workspaces R1 (isolation), R6–R9 and people R1–R6 (see the package-infos).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleIT {

    static final int PORT = 18096;
    static final int SMTP_PORT = 3126;
    static final String ADMIN = "root@people.test";
    static final String ADMIN_PASSWORD = "Four oak trees stand tall!";
    static final String SAM = "sam@people.test";
    static final String SAM_PASSWORD = "Sam walks the river path 9";
    static final String CLIENT_ID = "relink-people-it";
    static final Path WORK =
            Path.of(System.getProperty("relink.war", "target/relink.war"))
                    .toAbsolutePath()
                    .getParent()
                    .resolve("people");

    static GreenMail smtp;
    static MockOAuth2Server provider;
    static MicroNode node;
    static Http api;

    /** What the tests learn along the way. */
    static String workspaceA;

    static String workspaceB;
    static String samInA;

    @BeforeAll
    static void startNodeOnAnEmptyDatabase() throws IOException {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);

        deleteRecursively(WORK.resolve("data"));
        Map<String, String> env = new HashMap<>();
        env.put("RELINK_DEMO", "false");
        env.put("RELINK_SANDBOX_ENABLED", "true"); // a network to connect a channel on
        env.put("RELINK_SECRETS_KEYSET", Keysets.json(Keysets.generate()));
        env.put("RELINK_DATA_DIR", WORK.resolve("data").toString());
        String dbUrl = System.getProperty("people.db.url", "");
        if (dbUrl.isBlank()) {
            env.put("RELINK_DB_URL", "jdbc:h2:file:" + WORK.resolve("data").resolve("relink"));
            env.put("RELINK_DB_USER", "relink");
            env.put("RELINK_DB_PASSWORD", "relink");
        } else {
            env.put("RELINK_DB_URL", dbUrl);
            env.put("RELINK_DB_USER", System.getProperty("people.db.user"));
            env.put("RELINK_DB_PASSWORD", System.getProperty("people.db.password"));
        }
        env.put("RELINK_PUBLIC_URL", "http://localhost:" + PORT);
        env.put("RELINK_NODE_NAME", "relink-people-it");
        env.put("RELINK_BOOTSTRAP_ADMIN_EMAIL", ADMIN);
        env.put("RELINK_MAIL_HOST", "127.0.0.1");
        env.put("RELINK_MAIL_PORT", Integer.toString(SMTP_PORT));
        env.put("RELINK_MEMBERS_INVITATION_LIFE", "PT20S");
        env.put("RELINK_OIDC_ISSUER", provider.issuerUrl("relink").toString());
        env.put("RELINK_OIDC_CLIENT_ID", CLIENT_ID);
        env.put("RELINK_OIDC_CLIENT_SECRET", "people-it-client-secret");
        env.put("RELINK_OIDC_NAME", "Example SSO");
        node = MicroNode.start("relink-people", PORT, WORK, env);
        node.awaitReady("/login.xhtml", Duration.ofMinutes(5));
        api = new Http(node.base());
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void an_empty_database_gets_one_administrator_and_a_setup_link_printed_once()
            throws IOException {
        List<String> links = setupLinks();
        assertThat(links).as("setup links in the log").hasSize(1);
        assertThat(links.get(0)).startsWith("http://localhost:" + PORT + "/password.xhtml?link=");
        // no password exists yet: nothing signs in, and no default password works
        for (String guess : List.of("admin", "password", "relink-demo", "")) {
            assertThat(as(ADMIN, guess).get("api/v1/me").statusCode()).isEqualTo(401);
        }
    }

    @Test
    @Order(2)
    void the_setup_link_shows_a_form_to_get_and_head_and_acts_only_on_post() throws IOException {
        String link = setupLinks().get(0);
        Browser browser = new Browser(node.base());
        assertThat(browser.head(link)).isEqualTo(200);
        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("first administrator", ADMIN);

        HttpResponse<String> weak =
                browser.submit(
                        page,
                        "password",
                        Map.of("new", "password1234", "repeat", "password1234"),
                        "save");
        assertThat(weak.body()).contains("alert red").doesNotContain("Your password is set");

        HttpResponse<String> set =
                browser.submit(
                        browser.get(link),
                        "password",
                        Map.of("new", ADMIN_PASSWORD, "repeat", ADMIN_PASSWORD),
                        "save");
        assertThat(set.body()).contains("Your password is set");
        assertThat(browser.get(link).body()).contains("does not work any more");

        JsonObject me = Http.json(admin().get("api/v1/me"));
        assertThat(me.getString("email")).isEqualTo(ADMIN);
        assertThat(me.getBoolean("instanceAdmin")).isTrue();
        assertThat(me.getJsonArray("workspaces")).isEmpty();
    }

    @Test
    @Order(3)
    void the_administrator_creates_workspaces_and_invites_a_colleague_by_email() throws Exception {
        workspaceA = created(admin().send("POST", "api/v1/workspaces", "{\"name\":\"A\"}"));
        workspaceB = created(admin().send("POST", "api/v1/workspaces", "{\"name\":\"B\"}"));
        assertThat(Http.array(admin().get("api/v1/workspaces"))).hasSize(2);

        String link = invite(workspaceA, SAM, "ADMIN");
        Browser browser = new Browser(node.base());
        assertThat(browser.head(link)).isEqualTo(200); // a mail scanner's look spends nothing
        HttpResponse<String> page = browser.get(link);
        assertThat(page.body()).contains("You are invited to", "A", "admin", SAM);
        HttpResponse<String> joined =
                browser.submit(
                        page,
                        "join",
                        Map.of("name", "Sam Stone", "new", SAM_PASSWORD, "repeat", SAM_PASSWORD),
                        "accept");
        assertThat(joined.body()).contains("You joined A");
        assertThat(browser.get(link).body()).contains("does not work any more");

        JsonObject me = Http.json(sam().get("api/v1/me"));
        assertThat(me.getBoolean("instanceAdmin")).isFalse();
        assertThat(me.getJsonArray("workspaces")).hasSize(1);
        assertThat(me.getJsonArray("workspaces").getJsonObject(0).getString("role"))
                .isEqualTo("ADMIN");
        // another workspace is not there at all for Sam; running workspaces is not Sam's
        assertThat(sam().in(workspaceB).get("api/v1/channels").statusCode()).isEqualTo(404);
        assertThat(sam().get("api/v1/workspaces/" + workspaceB).statusCode()).isEqualTo(404);
        assertThat(sam().get("api/v1/workspaces").statusCode()).isEqualTo(403);
        samInA =
                Http.array(admin().get("api/v1/workspaces/" + workspaceA + "/members")).stream()
                        .map(JsonObject.class::cast)
                        .filter(m -> m.getString("email").equals(SAM))
                        .findFirst()
                        .orElseThrow()
                        .getString("id");
    }

    @Test
    @Order(4)
    void a_person_in_two_workspaces_sees_only_the_chosen_ones_channels() {
        // a channel in A, connected by Sam through the SANDBOX network's consent page
        Http sandbox = new Http(url("sandbox/"));
        assertThat(
                        sandbox.send(
                                        "PUT",
                                        "script/accounts/people-ana",
                                        null,
                                        "{\"name\":\"Ana People\",\"pages\":[{\"id\":\"people-page\","
                                                + "\"name\":\"People Page\"}]}")
                                .statusCode())
                .isEqualTo(200);
        JsonObject started =
                Http.json(
                        sam().in(workspaceA)
                                .send("POST", "api/v1/connections", "{\"network\":\"SANDBOX\"}"));
        // the flow is bound to Sam, so Sam's browser (signed in) brings the consent back
        Browser samsBrowser = new Browser(node.base());
        assertThat(samsBrowser.signIn(SAM, SAM_PASSWORD)).isTrue();
        HttpResponse<String> back =
                samsBrowser.consent(started.getString("authorizationUrl"), "people-ana", true);
        assertThat(back.statusCode()).isEqualTo(302); // a member goes back to the Connection Center
        assertThat(samsBrowser.get(location(back)).body())
                .contains("1 channel connected", "People Page");

        // Sam joins B as a viewer, signing in with the password Sam has
        String link = invite(workspaceB, SAM, "VIEWER");
        Browser browser = new Browser(node.base());
        HttpResponse<String> joined =
                browser.submit(
                        browser.get(link), "known", Map.of("password", SAM_PASSWORD), "accept");
        assertThat(joined.body()).contains("You joined B");

        assertThat(sam().in(workspaceA).get("api/v1/channels").body()).contains("People Page");
        assertThat(sam().in(workspaceB).get("api/v1/channels").body())
                .doesNotContain("People Page");
        assertThat(Http.json(sam().get("api/v1/me")).getJsonArray("workspaces")).hasSize(2);
        // the pages: Sam signs in and works in the first workspace, A
        Browser pages = new Browser(node.base());
        assertThat(pages.signIn(SAM, SAM_PASSWORD)).isTrue();
        assertThat(pages.get("center/channels.xhtml").body()).contains("People Page");
    }

    @Test
    @Order(5)
    void role_changes_take_effect_at_once_and_a_workspace_keeps_its_last_owner() {
        String viewer = "{\"role\":\"VIEWER\"}";
        assertThat(
                        admin().in(workspaceA)
                                .send("PATCH", "api/v1/members/" + samInA, viewer)
                                .statusCode())
                .isEqualTo(200);
        assertThat(
                        sam().in(workspaceA)
                                .send("POST", "api/v1/connections", "{\"network\":\"SANDBOX\"}")
                                .statusCode())
                .isEqualTo(403);
        admin().in(workspaceA).send("PATCH", "api/v1/members/" + samInA, "{\"role\":\"ADMIN\"}");
        assertThat(
                        sam().in(workspaceA)
                                .send("POST", "api/v1/connections", "{\"network\":\"SANDBOX\"}")
                                .statusCode())
                .isEqualTo(201);

        String adminInA =
                Http.array(admin().get("api/v1/workspaces/" + workspaceA + "/members")).stream()
                        .map(JsonObject.class::cast)
                        .filter(m -> m.getString("email").equals(ADMIN))
                        .findFirst()
                        .orElseThrow()
                        .getString("id");
        HttpResponse<String> demote =
                admin().in(workspaceA).send("PATCH", "api/v1/members/" + adminInA, viewer);
        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(demote.body()).contains("last owner");
        assertThat(
                        admin().in(workspaceA)
                                .send("DELETE", "api/v1/members/" + adminInA, null)
                                .statusCode())
                .isEqualTo(409);
        // an admin (Sam) may not change roles at all
        assertThat(
                        sam().in(workspaceA)
                                .send("PATCH", "api/v1/members/" + adminInA, viewer)
                                .statusCode())
                .isEqualTo(403);
        // and the history names who did what
        assertThat(admin().in(workspaceA).get("api/v1/workspaces/" + workspaceA).statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(6)
    void invitations_can_be_withdrawn_resent_and_expire() {
        String withdrawn = invite(workspaceA, "wanda@people.test", "VIEWER");
        String id = invitationId("wanda@people.test");
        assertThat(
                        admin().in(workspaceA)
                                .send("DELETE", "api/v1/invitations/" + id, null)
                                .statusCode())
                .isEqualTo(200);
        assertThat(new Browser(node.base()).get(withdrawn).body())
                .contains("does not work any more");

        String first = invite(workspaceA, "rhea@people.test", "VIEWER");
        HttpResponse<String> resent =
                admin().in(workspaceA)
                        .send(
                                "POST",
                                "api/v1/invitations/"
                                        + invitationId("rhea@people.test")
                                        + "/resend",
                                null);
        assertThat(resent.statusCode()).isEqualTo(201);
        String second = Http.json(resent).getString("link");
        assertThat(new Browser(node.base()).get(first).body()).contains("does not work any more");
        assertThat(new Browser(node.base()).get(second).body()).contains("You are invited to");

        // an admin may invite viewers only
        assertThat(
                        sam().in(workspaceA)
                                .send(
                                        "POST",
                                        "api/v1/invitations",
                                        "{\"email\":\"otto@people.test\",\"role\":\"OWNER\"}")
                                .statusCode())
                .isEqualTo(403);

        // the invitation life is 20 seconds on this node
        Await.until(
                Duration.ofSeconds(40),
                () -> new Browser(node.base()).get(second).body(),
                body -> body.contains("does not work any more"),
                "the resent invitation expires");
        assertThat(invitation("rhea@people.test").getString("status")).isEqualTo("EXPIRED");
    }

    @Test
    @Order(7)
    void a_forgotten_password_is_replaced_through_a_single_use_link() throws Exception {
        Browser browser = new Browser(node.base());
        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> asked =
                browser.submit(browser.get("forgot.xhtml"), "forgot", Map.of("email", SAM), "send");
        assertThat(asked.body()).contains("is on its way");
        // the same answer for an address nobody has, and no e-mail
        Browser stranger = new Browser(node.base());
        assertThat(
                        stranger.submit(
                                        stranger.get("forgot.xhtml"),
                                        "forgot",
                                        Map.of("email", "nobody@people.test"),
                                        "send")
                                .body())
                .contains("is on its way");
        String link = linkIn(mailTo(SAM, before), "/password.xhtml?link=");
        assertThat(smtp.getReceivedMessages()).hasSize(before + 1);

        String newPassword = "Sam crosses the old bridge 7";
        HttpResponse<String> set =
                browser.submit(
                        browser.get(link),
                        "password",
                        Map.of("new", newPassword, "repeat", newPassword),
                        "save");
        assertThat(set.body()).contains("Your password is set");
        assertThat(as(SAM, SAM_PASSWORD).get("api/v1/me").statusCode()).isEqualTo(401);
        assertThat(as(SAM, newPassword).get("api/v1/me").statusCode()).isEqualTo(200);
        assertThat(browser.get(link).body()).contains("does not work any more");
    }

    @Test
    @Order(8)
    void single_sign_on_lets_in_invited_people_only_and_maps_groups_to_roles() {
        assertThat(
                        admin().in(workspaceB)
                                .send(
                                        "PATCH",
                                        "api/v1/workspaces/" + workspaceB,
                                        "{\"ssoGroups\":{\"marketing\":\"ADMIN\"}}")
                                .statusCode())
                .isEqualTo(200);
        Browser stranger = new Browser(node.base());
        String refused = ssoSignIn(stranger, "uid-olga", "olga@people.test", List.of("marketing"));
        assertThat(refused).contains("/login.xhtml?sso=refused");
        assertThat(stranger.get(refused).body()).contains("no Relink account and no invitation");

        invite(workspaceA, "olga@people.test", "VIEWER");
        Browser olga = new Browser(node.base());
        String landed = ssoSignIn(olga, "uid-olga", "olga@people.test", List.of("marketing"));
        assertThat(landed).endsWith("/center/channels.xhtml");
        assertThat(olga.get(landed).statusCode()).isEqualTo(200);
        assertThat(roleOf("olga@people.test", workspaceA)).isEqualTo("VIEWER"); // invited
        assertThat(roleOf("olga@people.test", workspaceB)).isEqualTo("ADMIN"); // by group
    }

    @Test
    @Order(9)
    void repeated_failures_pause_sign_in_even_with_the_right_password_and_tell_the_owner()
            throws Exception {
        String tess = "tess@people.test";
        String password = "Reads maps by candlelight 42";
        Browser browser = new Browser(node.base());
        assertThat(
                        browser.submit(
                                        browser.get(invite(workspaceA, tess, "VIEWER")),
                                        "join",
                                        Map.of("name", "Tess", "new", password, "repeat", password),
                                        "accept")
                                .body())
                .contains("You joined A");
        int before = smtp.getReceivedMessages().length;
        for (int i = 1; i <= 5; i++) {
            assertThat(as(tess, "wrong guess " + i).get("api/v1/me").statusCode())
                    .as("failure " + i)
                    .isEqualTo(401);
        }
        HttpResponse<String> paused = as(tess, password).get("api/v1/me");
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
        assertThat(mailTo(tess, before)).contains("paused");
        Await.until(
                Duration.ofSeconds(10),
                () -> as(tess, password).get("api/v1/me").statusCode(),
                status -> status == 200,
                "the right password works again after the pause");
    }

    // ---------------------------------------------------------------------------------------

    /** Signs in through the identity provider; answers where Relink sent the browser at the end. */
    private String ssoSignIn(Browser browser, String subject, String email, List<String> groups) {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(
                        "relink",
                        subject,
                        "JWT",
                        null,
                        Map.of("email", email, "groups", groups),
                        3600));
        String toProvider = location(browser.get("sso/start"));
        String back = location(browser.get(toProvider));
        return location(browser.get(back));
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(answer.statusCode() + " " + answer.body()));
    }

    private String roleOf(String email, String workspace) {
        return Http.array(admin().get("api/v1/workspaces/" + workspace + "/members")).stream()
                .map(JsonObject.class::cast)
                .filter(m -> m.getString("email").equals(email))
                .findFirst()
                .map(m -> m.getString("role"))
                .orElse("none");
    }

    /** Invites as the administrator; answers the link from the e-mail that really arrived. */
    private String invite(String workspace, String email, String role) {
        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> sent =
                admin().in(workspace)
                        .send(
                                "POST",
                                "api/v1/invitations",
                                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(Http.json(sent).getBoolean("mailed")).isTrue();
        String link = linkIn(mailTo(email, before), "/invitation.xhtml?link=");
        assertThat(link).isEqualTo(Http.json(sent).getString("link"));
        return link;
    }

    private String invitationId(String email) {
        return invitation(email).getString("id");
    }

    private JsonObject invitation(String email) {
        return Http.array(admin().in(workspaceA).get("api/v1/invitations")).stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("email").equals(email))
                .findFirst()
                .orElseThrow();
    }

    /** The text of the first e-mail to this address after the first {@code skip} messages. */
    private static String mailTo(String address, int skip) {
        Await.until(
                Duration.ofSeconds(20),
                () -> smtp.getReceivedMessages().length,
                n -> n > skip,
                "an e-mail to " + address);
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    String text = GreenMailUtil.getBody(message);
                    if (!seen.contains(text)) {
                        seen.add(text);
                        return text.replace("=\r\n", "").replace("=3D", "=");
                    }
                }
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new AssertionError(unreadable);
            }
        }
        throw new AssertionError("No new e-mail to " + address);
    }

    private static final List<String> seen = new java.util.ArrayList<>();

    private static String linkIn(String text, String path) {
        Matcher link =
                Pattern.compile(
                                "(http://localhost:"
                                        + PORT
                                        + Pattern.quote(path)
                                        + "[A-Za-z0-9_-]+)")
                        .matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    private static List<String> setupLinks() throws IOException {
        Matcher link =
                Pattern.compile(
                                "(http://localhost:"
                                        + PORT
                                        + "/password\\.xhtml\\?link=[A-Za-z0-9_-]+)")
                        .matcher(Files.readString(node.log(), StandardCharsets.UTF_8));
        List<String> found = new java.util.ArrayList<>();
        while (link.find()) {
            found.add(link.group(1));
        }
        return found;
    }

    private static String created(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Http.json(answer).getString("id");
    }

    private static Http.Person admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    private static Http.Person sam() {
        return as(SAM, SAM_PASSWORD);
    }

    private static Http.Person as(String email, String password) {
        return new Http.Person(
                api,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (email + ":" + password).getBytes(StandardCharsets.UTF_8)),
                null);
    }

    private static java.net.URL url(String path) {
        try {
            return node.base().toURI().resolve(path).toURL();
        } catch (Exception bad) {
            throw new IllegalStateException(bad);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
