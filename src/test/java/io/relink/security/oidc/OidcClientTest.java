package io.relink.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import io.relink.security.oidc.OidcClient.Begun;
import io.relink.security.oidc.OidcClient.Refused;
import io.relink.security.oidc.OidcClient.Verified;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sign-in flow against a real OpenID Connect provider on loopback (navikt's mock-oauth2-server:
 * discovery, key set, code exchange with PKCE, signed ID tokens), driven as a browser would,
 * without one: the authorization URL is fetched and its redirect read. Proves rules R1-R8 of {@code
 * io.relink.security.oidc}.
 */
class OidcClientTest {

    private static final String CLIENT_ID = "relink";
    private static final URI REDIRECT = URI.create("http://localhost:8080/oidc/callback");

    private static final HttpClient BROWSER =
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    private MockOAuth2Server provider;
    private String issuer;

    /**
     * A provider of its own for each test: the mock hands out the queued claims in order, so one
     * that a failed test left behind would end up in the next test's token.
     */
    @BeforeEach
    void startProvider() {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
        // the mock names its issuer after the host it is asked on: always ask it by this URL
        issuer = provider.issuerUrl("default").toString();
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    @Test
    @DisplayName("R5, R6: a signed-in person has the token's subject, e-mail, name and groups")
    void signs_in_with_groups_as_a_list() {
        Verified person =
                signIn(
                        client(),
                        person(
                                "alice-at-idp",
                                Map.of(
                                        "email",
                                        "alice@example.com",
                                        "email_verified",
                                        true,
                                        "name",
                                        "Alice Example",
                                        "groups",
                                        List.of("relink-admins", "staff"))));

        assertThat(person.issuer()).isEqualTo(issuer);
        assertThat(person.subject()).isEqualTo("alice-at-idp");
        assertThat(person.email()).isEqualTo("alice@example.com");
        assertThat(person.emailVerified()).isTrue();
        assertThat(person.name()).isEqualTo("Alice Example");
        assertThat(person.groups()).containsExactlyInAnyOrder("relink-admins", "staff");
    }

    @Test
    @DisplayName("R6: a single string in the groups claim is one group")
    void groups_may_be_one_string() {
        Verified person =
                signIn(
                        client(),
                        person("bob", Map.of("email", "bob@example.com", "groups", "ops")));

        assertThat(person.groups()).containsExactly("ops");
        assertThat(person.emailVerified()).isFalse();
        assertThat(person.name()).isEqualTo("bob@example.com");
    }

    @Test
    @DisplayName("R6: no groups claim is no group; the claims' names are configurable")
    void groups_are_empty_when_absent_and_claim_names_come_from_the_settings() {
        OidcClient client =
                new OidcClient(
                        settings(
                                issuer,
                                CLIENT_ID,
                                "secret",
                                "upn",
                                "roles",
                                Duration.ofSeconds(5)));

        Verified person =
                signIn(client, person("carol", Map.of("upn", "carol@corp.example", "email", "x")));

        assertThat(person.email()).isEqualTo("carol@corp.example");
        assertThat(person.groups()).isEmpty();
    }

    @Test
    @DisplayName("R6: a token without the e-mail claim is refused")
    void refuses_a_token_without_email() {
        assertThatThrownBy(() -> signIn(client(), person("dave", Map.of("groups", "staff"))))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("did not tell your e-mail address (claim 'email')");
    }

    @Test
    @DisplayName(
            "R2: each sign-in has its own state, nonce and verifier; only the challenge leaves")
    void begin_makes_fresh_secrets_and_a_pkce_challenge() {
        OidcClient client = client();
        Begun one = client.begin(REDIRECT);
        Begun two = client.begin(REDIRECT);

        assertThat(one.state()).isNotEqualTo(two.state());
        assertThat(one.nonce()).isNotEqualTo(two.nonce());
        assertThat(one.codeVerifier()).isNotEqualTo(two.codeVerifier());
        String query = one.authorizationUrl().getRawQuery();
        assertThat(query)
                .contains("code_challenge_method=S256", "state=" + one.state(), "scope=openid")
                .doesNotContain(one.codeVerifier());
        assertThat(one.toString()).doesNotContain(one.state(), one.nonce(), one.codeVerifier());
    }

    @Test
    @DisplayName("R3: an answer whose state is not this sign-in's is refused")
    void refuses_a_forged_state() {
        OidcClient client = client();
        Begun begun = client.begin(REDIRECT);
        URI answer = authorize(begun.authorizationUrl());
        URI forged = URI.create(answer.toString().replace(begun.state(), "forged-state"));
        Begun another = client.begin(REDIRECT);

        assertThatThrownBy(() -> client.finish(REDIRECT, forged, begun))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("does not belong to the sign-in started here");
        // the genuine answer, checked against another sign-in of the same browser
        assertThatThrownBy(() -> client.finish(REDIRECT, answer, another))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("does not belong to the sign-in started here");
    }

    @Test
    @DisplayName("R3: error=access_denied refuses the sign-in in words")
    void refuses_an_error_answer() {
        OidcClient client = client();
        Begun begun = client.begin(REDIRECT);
        URI denied =
                URI.create(
                        REDIRECT
                                + "?error=access_denied&error_description=User+said+no&state="
                                + begun.state());

        assertThatThrownBy(() -> client.finish(REDIRECT, denied, begun))
                .isInstanceOf(Refused.class)
                .hasMessage("The sign-in was cancelled or refused at Acme SSO.");
    }

    @Test
    @DisplayName("R3, R7: another error names only its code, cleaned of anything but code letters")
    void names_only_the_error_code() {
        OidcClient client = client();
        Begun begun = client.begin(REDIRECT);
        URI failed =
                URI.create(
                        REDIRECT
                                + "?error=server_error%3Cscript%3E&error_description=boom&state="
                                + begun.state());

        assertThatThrownBy(() -> client.finish(REDIRECT, failed, begun))
                .isInstanceOf(Refused.class)
                .hasMessage(
                        "Acme SSO did not sign you in (server_errorscript). Please sign in again.");
    }

    @Test
    @DisplayName("R5: an ID token made for another client is refused")
    void refuses_a_token_for_another_audience() {
        // the mock addresses ID tokens to the client that redeems the code; a claim overrides that
        DefaultOAuth2TokenCallback forAnotherClient =
                person("frank", Map.of("email", "frank@example.com", "aud", "another-client"));

        assertThatThrownBy(() -> signIn(client(), forAnotherClient))
                .isInstanceOf(Refused.class)
                .hasMessage(
                        "The sign-in could not be trusted: the ID token from Acme SSO was made for"
                                + " another application.");
    }

    @Test
    @DisplayName("R5, R7: what was wrong with an ID token is said in words, without its content")
    void explains_invalid_tokens_in_words() {
        // the mock cannot issue an expired token (it derives expires_in from it), so Nimbus's words
        assertThat(OidcClient.why(new BadJWTException("Expired JWT"))).contains("has expired");
        assertThat(OidcClient.why(new BadJWTException("Unexpected JWT issuer: https://evil")))
                .isEqualTo("was issued by another provider");
        assertThat(OidcClient.why(new BadJWTException("Unexpected JWT nonce (nonce) claim: n-1")))
                .isEqualTo("belongs to another sign-in");
        assertThat(OidcClient.why(new BadJWSException("Signed JWT rejected: Invalid signature")))
                .isEqualTo("does not carry a valid signature of the provider");
        assertThat(OidcClient.why(new BadJOSEException("something new")))
                .isEqualTo("did not pass validation");
    }

    @Test
    @DisplayName("R5: an ID token with another sign-in's nonce is refused")
    void refuses_another_nonce() {
        OidcClient client = client();
        Begun begun = client.begin(REDIRECT);
        provider.enqueueCallback(person("hank", Map.of("email", "hank@example.com")));
        URI answer = authorize(begun.authorizationUrl());
        Begun withOtherNonce =
                new Begun(
                        begun.authorizationUrl(),
                        begun.state(),
                        "another-nonce",
                        begun.codeVerifier());

        assertThatThrownBy(() -> client.finish(REDIRECT, answer, withOtherNonce))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("belongs to another sign-in");
    }

    @Test
    @DisplayName("R4: the code is exchanged once, and only with this sign-in's PKCE verifier")
    void the_code_needs_the_verifier_and_works_once() {
        OidcClient client = client();
        Begun begun = client.begin(REDIRECT);
        provider.enqueueCallback(person("ivy", Map.of("email", "ivy@example.com")));
        URI answer = authorize(begun.authorizationUrl());
        Begun withOtherVerifier =
                new Begun(
                        begun.authorizationUrl(),
                        begun.state(),
                        begun.nonce(),
                        new CodeVerifier().getValue());

        assertThatThrownBy(() -> client.finish(REDIRECT, answer, withOtherVerifier))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("did not accept the sign-in");

        Begun again = client.begin(REDIRECT);
        provider.enqueueCallback(person("ivy", Map.of("email", "ivy@example.com")));
        URI good = authorize(again.authorizationUrl());
        assertThat(client.finish(REDIRECT, good, again).email()).isEqualTo("ivy@example.com");
        assertThatThrownBy(() -> client.finish(REDIRECT, good, again))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("did not accept the sign-in");
    }

    @Test
    @DisplayName("R1, R8: an issuer nobody listens on is refused at once, and tried again later")
    void an_unreachable_issuer_is_refused_and_retried() throws IOException {
        int port = freePort();
        OidcClient client =
                new OidcClient(
                        settings(
                                "http://127.0.0.1:" + port + "/default",
                                CLIENT_ID,
                                "secret",
                                "email",
                                "groups",
                                Duration.ofSeconds(2)));

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () ->
                        assertThatThrownBy(() -> client.begin(REDIRECT))
                                .isInstanceOf(Refused.class)
                                .hasMessage(
                                        "Acme SSO cannot be reached right now. Please try again shortly."));

        MockOAuth2Server late = new MockOAuth2Server();
        try {
            late.start(InetAddress.getLoopbackAddress(), port);
            assertThat(client.begin(REDIRECT).authorizationUrl().getPort()).isEqualTo(port);
        } finally {
            late.shutdown();
        }
    }

    @Test
    @DisplayName("R8: an issuer that accepts the connection but never answers is refused in time")
    void a_silent_issuer_is_refused_after_the_timeout() throws IOException {
        // the kernel accepts connections into the backlog; nobody ever reads or answers them
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            OidcClient client =
                    new OidcClient(
                            settings(
                                    "http://127.0.0.1:" + silent.getLocalPort() + "/default",
                                    CLIENT_ID,
                                    null,
                                    "email",
                                    "groups",
                                    Duration.ofSeconds(1)));

            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () ->
                            assertThatThrownBy(() -> client.begin(REDIRECT))
                                    .isInstanceOf(Refused.class)
                                    .hasMessageContaining("cannot be reached"));
        }
    }

    @Test
    @DisplayName("R1: without an issuer single sign-on is off and refuses to begin")
    void without_issuer_sso_is_off() {
        OidcSettings off = settings(null, null, null, "email", "groups", Duration.ofSeconds(1));

        assertThat(off.isEnabled()).isFalse();
        assertThat(settings(issuer, CLIENT_ID, null, "email", "groups", Duration.ofSeconds(1)))
                .matches(OidcSettings::isEnabled);
        assertThatThrownBy(() -> new OidcClient(off).begin(REDIRECT))
                .isInstanceOf(Refused.class)
                .hasMessage("Signing in with an identity provider is not set up here.");
    }

    @Test
    @DisplayName("R4: a public client (no secret) signs in with PKCE alone")
    void a_public_client_signs_in() {
        OidcClient client =
                new OidcClient(
                        settings(
                                issuer, CLIENT_ID, null, "email", "groups", Duration.ofSeconds(5)));

        assertThat(signIn(client, person("jo", Map.of("email", "jo@example.com"))).subject())
                .isEqualTo("jo");
    }

    @Test
    @DisplayName("R7: the settings never show the client secret")
    void settings_hide_the_secret() {
        assertThat(
                        settings(
                                        issuer,
                                        CLIENT_ID,
                                        "very-secret-value",
                                        "email",
                                        "groups",
                                        Duration.ofSeconds(1))
                                .toString())
                .contains(issuer)
                .doesNotContain("very-secret-value");
    }

    /** The browser's part: begin, let the provider answer with a redirect, finish from it. */
    private Verified signIn(OidcClient client, DefaultOAuth2TokenCallback who) {
        Begun begun = client.begin(REDIRECT);
        provider.enqueueCallback(who);
        return client.finish(REDIRECT, authorize(begun.authorizationUrl()), begun);
    }

    /** Fetches the authorization URL; the mock provider signs in at once and redirects back. */
    private static URI authorize(URI authorizationUrl) {
        try {
            HttpResponse<Void> answer =
                    BROWSER.send(
                            HttpRequest.newBuilder(authorizationUrl)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as("the provider's answer").isEqualTo(302);
            return URI.create(answer.headers().firstValue("Location").orElseThrow());
        } catch (IOException e) {
            throw new AssertionError("the provider did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static DefaultOAuth2TokenCallback person(String subject, Map<String, Object> claims) {
        // audience null: the mock addresses the tokens to the client that asks for them
        return new DefaultOAuth2TokenCallback("default", subject, "JWT", null, claims, 3600);
    }

    private OidcClient client() {
        return new OidcClient(
                settings(issuer, CLIENT_ID, "secret", "email", "groups", Duration.ofSeconds(5)));
    }

    private static OidcSettings settings(
            String issuer,
            String clientId,
            String secret,
            String emailClaim,
            String groupsClaim,
            Duration timeout) {
        return OidcSettings.of(
                issuer,
                clientId,
                secret,
                emailClaim,
                groupsClaim,
                "Acme SSO",
                "openid email profile",
                timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
