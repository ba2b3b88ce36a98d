package io.relink.networks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.Verdict.Transient.Kind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OAuth 2.0 token endpoint skeleton: the client authenticated either way, answers read by the
 * network's readers.
 *
 * <p>Proves rules R1, R2 of the networks component (numbered in its package-info).
 */
class TokenEndpointTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String TOKEN = "{\"access_token\":\"new\",\"refresh_token\":\"next\"}";
    static final Verdict.Dead REFUSED =
            new Verdict.Dead(Cause.REFRESH_FAILED, "400/invalid_grant", null);

    WireMockServer wire;
    NetworkEdge edge;

    /**
     * Reads the grant's two tokens (or keeps the held refresh token); any error is {@link
     * #REFUSED}, a rate limit excepted.
     */
    final TokenEndpoint.Answers answers =
            TokenEndpoint.Answers.of(
                    (token, held) ->
                            new Grant(
                                    token.getString("access_token"),
                                    token.getString("refresh_token", held),
                                    null,
                                    null,
                                    Set.of(),
                                    null),
                    (answer, refreshing) ->
                            answer.body().contains("slow_down")
                                    ? new Verdict.Transient(
                                            Kind.RATE_LIMITED, null, "400/slow_down")
                                    : refreshing
                                            ? REFUSED
                                            : new Verdict.Dead(
                                                    Cause.UNKNOWN, "400/invalid_grant", null));

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        edge =
                NetworkEdge.open(
                        NetworkSettings.of(
                                NetworkType.LINKEDIN,
                                "client-1",
                                "secret-1",
                                URI.create("http://127.0.0.1:" + wire.port()),
                                Duration.ofSeconds(5),
                                Map.of()),
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        Limits.window(Duration.ofMinutes(1)));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    URI token() {
        return edge.settings().baseUrl().resolve("oauth/token");
    }

    @Test
    void a_basic_client_refreshes_with_its_credentials_in_the_header_only() {
        wire.stubFor(
                post(urlPathEqualTo("/oauth/token"))
                        .withHeader(
                                "Authorization", equalTo(NetworkHttp.basic("client-1", "secret-1")))
                        .withFormParam("grant_type", equalTo("refresh_token"))
                        .withFormParam("refresh_token", equalTo("old"))
                        .willReturn(okJson(TOKEN)));

        Renewal renewal = TokenEndpoint.basic(edge, token(), answers).refresh("old");

        assertThat(renewal)
                .isEqualTo(
                        new Renewal.Renewed(new Grant("new", "next", null, null, Set.of(), null)));
        assertThat(wire.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .doesNotContain("client");
    }

    @Test
    void
            a_form_client_exchanges_a_code_with_its_credentials_in_the_form_and_no_verifier_when_there_is_none() {
        wire.stubFor(
                post(urlPathEqualTo("/oauth/token"))
                        .withFormParam("client_key", equalTo("client-1"))
                        .withFormParam("client_secret", equalTo("secret-1"))
                        .withFormParam("grant_type", equalTo("authorization_code"))
                        .withFormParam("code", equalTo("c0de"))
                        .withFormParam("redirect_uri", equalTo("https://r.example/cb"))
                        .willReturn(okJson("{\"access_token\":\"new\"}")));

        Grant grant =
                TokenEndpoint.form(edge, token(), "client_key", answers)
                        .exchange("c0de", null, URI.create("https://r.example/cb"));

        assertThat(grant).isEqualTo(new Grant("new", null, null, null, Set.of(), null));
        LoggedRequest sent = wire.getAllServeEvents().get(0).getRequest();
        assertThat(sent.getBodyAsString()).doesNotContain("code_verifier");
        assertThat(sent.getHeader("Authorization")).isNull();
    }

    @Test
    void
            a_refused_refresh_is_a_refusal_a_refused_exchange_is_thrown_and_a_rate_limit_in_a_body_is_trouble_that_pauses() {
        TokenEndpoint tokens = TokenEndpoint.form(edge, token(), "client_id", answers);
        wire.stubFor(
                post(urlPathEqualTo("/oauth/token"))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withBody("{\"error\":\"invalid_grant\"}")));
        assertThat(tokens.refresh("old")).isEqualTo(new Renewal.Refused(REFUSED));
        assertThat(
                        catchThrowable(
                                () ->
                                        tokens.exchange(
                                                "c", "v", URI.create("https://r.example/cb"))))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().rawCode())
                                        .isEqualTo("400/invalid_grant"));

        wire.stubFor(
                post(urlPathEqualTo("/oauth/token"))
                        .willReturn(
                                aResponse().withStatus(400).withBody("{\"error\":\"slow_down\"}")));
        assertThat(catchThrowable(() -> tokens.refresh("old")))
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble ->
                                assertThat(trouble.verdict().kind()).isEqualTo(Kind.RATE_LIMITED));
        assertThat(edge.pausedUntil()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void a_network_that_reports_errors_with_a_200_says_so_and_other_calls_go_as_the_client() {
        TokenEndpoint.Answers in200 =
                new TokenEndpoint.Answers() {
                    @Override
                    public Grant grant(jakarta.json.JsonObject token, String held) {
                        return answers.grant(token, held);
                    }

                    @Override
                    public Verdict refusal(Answer answer, boolean refreshing) {
                        return REFUSED;
                    }

                    @Override
                    public boolean failed(Answer answer) {
                        return answer.status() != 200 || answer.body().contains("\"error\"");
                    }
                };
        TokenEndpoint tokens = TokenEndpoint.form(edge, token(), "client_key", in200);
        wire.stubFor(
                post(urlPathEqualTo("/oauth/token"))
                        .willReturn(okJson("{\"error\":\"invalid_grant\"}")));
        assertThat(tokens.refresh("old")).isEqualTo(new Renewal.Refused(REFUSED));

        wire.stubFor(
                post(urlPathEqualTo("/oauth/revoke"))
                        .withRequestBody(containing("token=t1"))
                        .withFormParam("client_key", equalTo("client-1"))
                        .willReturn(aResponse().withStatus(200)));
        assertThat(
                        tokens.post(
                                        edge.settings().baseUrl().resolve("oauth/revoke"),
                                        "token",
                                        "t1")
                                .status())
                .isEqualTo(200);
        wire.stubFor(
                post(urlPathEqualTo("/oauth/revoke"))
                        .withHeader(
                                "Authorization", equalTo(NetworkHttp.basic("client-1", "secret-1")))
                        .willReturn(aResponse().withStatus(200)));
        assertThat(
                        TokenEndpoint.basic(edge, token(), answers)
                                .post(
                                        edge.settings().baseUrl().resolve("oauth/revoke"),
                                        "token",
                                        "t1")
                                .status())
                .isEqualTo(200);
    }
}
