package io.relink.networks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.Verdict.Transient.Kind;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge every adapter shares: a rate limit pauses the network as its limits say; error answers
 * are read, thrown or refused alike.
 *
 * <p>Proves rules R1, R2, R8 of the networks component (numbered in its package-info).
 */
class NetworkEdgeTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration WINDOW = Duration.ofMinutes(15);

    WireMockServer wire;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    NetworkEdge edge(Limits limits) {
        return NetworkEdge.open(
                NetworkSettings.of(
                        NetworkType.X,
                        "id",
                        "secret",
                        URI.create("http://127.0.0.1:" + wire.port()),
                        Duration.ofSeconds(5),
                        Map.of()),
                CLOCK,
                limits);
    }

    NetworkTrouble sendTrouble(NetworkEdge edge) {
        return (NetworkTrouble)
                catchThrowable(
                        () -> edge.send(NetworkHttp.get(edge.settings().baseUrl().resolve("me"))));
    }

    @Test
    void a_429_pauses_for_its_retry_after_and_the_trouble_says_until_when() {
        wire.stubFor(
                any(anyUrl())
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "42")));
        NetworkEdge edge = edge(Limits.window(WINDOW));

        NetworkTrouble trouble = sendTrouble(edge);

        assertThat(trouble.verdict())
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, Duration.ofSeconds(42), "429"));
        assertThat(trouble.getMessage()).contains("X checks pause until " + NOW.plusSeconds(42));
        assertThat(edge.pausedUntil()).isEqualTo(NOW.plusSeconds(42));
    }

    @Test
    void a_429_that_names_no_wait_pauses_a_window_unless_the_answers_headers_already_said_when() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)));
        NetworkEdge plain = edge(Limits.window(WINDOW));
        sendTrouble(plain);
        assertThat(plain.pausedUntil()).isEqualTo(NOW.plus(WINDOW));

        wire.stubFor(
                any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("reset", "300")));
        NetworkEdge headed =
                edge(
                        Limits.window(
                                WINDOW,
                                (headers, now) ->
                                        headers.firstValue("reset")
                                                .map(s -> now.plusSeconds(Long.parseLong(s)))
                                                .orElse(null)));
        sendTrouble(headed);
        assertThat(headed.pausedUntil()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void usage_headers_pause_even_a_good_answer_and_no_limits_pause_nothing() {
        wire.stubFor(any(anyUrl()).willReturn(okJson("{}").withHeader("reset", "60")));
        NetworkEdge edge = edge(Limits.window(WINDOW, (headers, now) -> now.plusSeconds(60)));
        edge.send(NetworkHttp.get(edge.settings().baseUrl().resolve("me")));
        assertThat(edge.pausedUntil()).isEqualTo(NOW.plusSeconds(60));

        wire.stubFor(
                any(anyUrl())
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "42")));
        NetworkEdge none = edge(Limits.NONE);
        assertThat(sendTrouble(none).verdict())
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, Duration.ofSeconds(42), "429"));
        assertThat(none.pausedUntil()).isNull();
    }

    @Test
    void a_network_whose_pause_is_a_day_tells_the_wait_and_why() {
        Limits daily =
                new Limits() {
                    @Override
                    public Instant resumeAt(Duration retryAfter, Instant now, Instant pausedUntil) {
                        return now.plus(Duration.ofHours(12));
                    }

                    @Override
                    public String why(Verdict.Transient trouble) {
                        return "its day is over";
                    }

                    @Override
                    public boolean tellsWait() {
                        return true;
                    }
                };
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)));
        NetworkTrouble trouble = sendTrouble(edge(daily));
        assertThat(trouble.verdict())
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, Duration.ofHours(12), "429"));
        assertThat(trouble.getMessage())
                .contains(
                        ": its day is over; X checks pause until "
                                + NOW.plus(Duration.ofHours(12)));
    }

    @Test
    void a_definitive_verdict_passes_and_a_transient_one_in_a_body_is_thrown_and_pauses() {
        NetworkEdge edge = edge(Limits.window(WINDOW));
        Answer answer = new Answer("X GET /me", 400, headers(), "{}");
        Verdict.Dead dead = new Verdict.Dead(Cause.REVOKED_BY_USER, "400/x", "gone");
        assertThat(edge.definitive(answer, dead)).isSameAs(dead);

        NetworkTrouble trouble =
                (NetworkTrouble)
                        catchThrowable(
                                () ->
                                        edge.definitive(
                                                answer,
                                                new Verdict.Transient(
                                                        Kind.RATE_LIMITED, null, "400/88")));
        assertThat(trouble.verdict())
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, null, "400/88"));
        assertThat(trouble.getMessage())
                .startsWith("X GET /me answered 400/88, which says nothing about the token");
        assertThat(edge.pausedUntil()).isEqualTo(NOW.plus(WINDOW));

        NetworkTrouble outage =
                (NetworkTrouble)
                        catchThrowable(
                                () ->
                                        edge.definitive(
                                                answer,
                                                new Verdict.Transient(
                                                        Kind.SERVER_ERROR, null, "400/131")));
        assertThat(outage.verdict().kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(edge.refused(dead).verdict()).isSameAs(dead);
        assertThat(edge.refused(dead).getMessage()).startsWith("X refused: 400/x");
    }

    @Test
    void check_and_read_send_then_read_a_200_or_reject_the_error() {
        NetworkEdge edge = edge(Limits.NONE);
        wire.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"7\"}")));
        assertThat(
                        edge.check(
                                NetworkHttp.get(edge.settings().baseUrl().resolve("me")),
                                json -> new Verdict.Valid(null, null, Set.of()),
                                answer -> null))
                .isInstanceOf(Verdict.Valid.class);
        String id =
                edge.read(
                        NetworkHttp.get(edge.settings().baseUrl().resolve("me")),
                        json -> json.getString("id"),
                        answer -> null);
        assertThat(id).isEqualTo("7");

        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{}")));
        Verdict.Dead dead = new Verdict.Dead(Cause.UNKNOWN, "401", null);
        assertThat(
                        edge.check(
                                NetworkHttp.get(edge.settings().baseUrl().resolve("me")),
                                json -> null,
                                answer -> dead))
                .isEqualTo(dead);
        assertThat(
                        catchThrowable(
                                () ->
                                        edge.read(
                                                NetworkHttp.get(
                                                        edge.settings().baseUrl().resolve("me")),
                                                json -> "",
                                                answer -> dead)))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal -> assertThat(refusal.verdict()).isEqualTo(dead));
    }

    @Test
    void
            a_reported_error_of_unknown_cause_counts_only_with_a_401_and_an_empty_error_body_reads_as_an_empty_object() {
        NetworkEdge edge = edge(Limits.window(WINDOW));
        Verdict.Dead unknown = new Verdict.Dead(Cause.UNKNOWN, "x", null);
        assertThat(edge.classify(401, "{}", answer -> unknown)).isEqualTo(unknown);
        assertThat(edge.classify(403, "{}", answer -> unknown)).isNull();
        assertThat(edge.classify(429, "{}", answer -> unknown))
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, null, "429"));
        assertThat(edge.pausedUntil()).as("a report pauses nothing").isNull();

        String empty =
                NetworkEdge.errorBody(
                        new Answer("X GET /me", 401, headers(), ""),
                        (status, error) -> status + " " + error);
        assertThat(empty).isEqualTo("401 {}");
        String read =
                NetworkEdge.errorBody(
                        new Answer("X GET /me", 400, headers(), "{\"a\":1}"),
                        (status, error) -> status + " " + error);
        assertThat(read).isEqualTo("400 {\"a\":1}");
    }

    @Test
    void a_zero_wait_is_no_wait() {
        assertThat(Limits.said(Duration.ZERO)).isFalse();
        assertThat(Limits.said(null)).isFalse();
        assertThat(Limits.said(Duration.ofSeconds(1))).isTrue();
        assertThat(Limits.window(WINDOW).resumeAt(Duration.ZERO, NOW, null))
                .isEqualTo(NOW.plus(WINDOW));
    }

    static HttpHeaders headers() {
        return HttpHeaders.of(Map.of("x", List.of("y")), (a, b) -> true);
    }
}
