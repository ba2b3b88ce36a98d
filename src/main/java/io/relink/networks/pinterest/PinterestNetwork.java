package io.relink.networks.pinterest;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Discovery;
import io.relink.networks.GrantedScopes;
import io.relink.networks.Limits;
import io.relink.networks.NetworkEdge;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.OAuth2Adapter;
import io.relink.networks.Probe;
import io.relink.networks.TokenEndpoint;
import io.relink.networks.Verdict;
import io.relink.networks.Wiring;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for Pinterest (API v5): authorization code at {@code www.pinterest.com/oauth/},
 * 30-day access tokens renewed with continuous refresh tokens, checks through {@code GET
 * /v5/user_account}, and pauses when the rate-limit headers say a window is nearly used up. The
 * rules and what is unverified: {@code package-info.java}.
 *
 * <p>Fault tolerance guards each call, overridable under MicroProfile Fault Tolerance's keys
 * ({@code io.relink.networks.pinterest.PinterestNetwork/Bulkhead/value}, see {@code
 * microprofile-config.properties}). Only {@link NetworkTrouble} opens the circuit.
 */
@ApplicationScoped
@Timeout(value = 15, unit = ChronoUnit.SECONDS)
@Bulkhead(8)
@CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 30,
        delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2,
        failOn = NetworkTrouble.class)
public class PinterestNetwork implements OAuth2Adapter {

    static final String API = "https://api.pinterest.com/v5/";
    static final String AUTHORIZE = "https://www.pinterest.com/oauth/";

    /**
     * What Relink asks every person for: read and publish Pins and boards, and read the account,
     * which is also the check. {@code ads:read} is left out: Relink neither reads nor runs ads.
     */
    static final Set<String> SCOPES =
            Set.of("boards:read", "boards:write", "pins:read", "pins:write", "user_accounts:read");

    /**
     * How long to pause after a 429 that named no Retry-After and no reset: Standard caps are per
     * minute.
     */
    static final Duration RATE_LIMIT_PAUSE = Duration.ofMinutes(1);

    private static final String AUTHORIZATION = "Authorization";

    @Inject Config config;
    @Inject Clock clock;

    private Wiring wiring;

    /** For CDI, which injects the fields. */
    public PinterestNetwork() {}

    /** An adapter with explicit settings, for tests and tools: the same code path as CDI's. */
    public PinterestNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        connect(NetworkSettings.read(config, NetworkType.PINTEREST, API));
    }

    private void connect(NetworkSettings settings) {
        // HTTP Basic client authentication; no verifier, as no challenge was sent. A refresh renews
        // the
        // 30-day access token; continuous refresh tokens (the only kind issued since 14 May 2025)
        // come back
        // renewed, 60 days from now, and the grant carries the new one; an answer without one keeps
        // the one
        // Relink holds (whichever is newest wins).
        wiring =
                Wiring.open(
                        settings,
                        clock,
                        Limits.window(RATE_LIMIT_PAUSE, PinterestLimits::pauseUntil),
                        edge ->
                                TokenEndpoint.basic(
                                                edge,
                                                settings.baseUrl().resolve("oauth/token"),
                                                TokenEndpoint.Answers.of(
                                                        (token, held) ->
                                                                PinterestAnswers.grant(
                                                                        token, edge.now()),
                                                        (answer, refreshing) ->
                                                                NetworkEdge.errorBody(
                                                                        answer,
                                                                        (status, error) ->
                                                                                PinterestAnswers
                                                                                        .tokenRejection(
                                                                                                status,
                                                                                                error,
                                                                                                refreshing))))
                                        .withoutPkce());
    }

    @Override
    public Wiring wiring() {
        return wiring;
    }

    /** {@code GET /v5/user_account}: a read that needs a working token and changes nothing. */
    @Override
    public Verdict inspect(Probe probe) {
        return edge().check(
                        account(probe.accessToken()),
                        PinterestAnswers::account,
                        PinterestNetwork::rejection);
    }

    /**
     * A reported API error, read as a check's ({@link PinterestAnswers#rejection}; an empty body is
     * read as {@code {}}), but nothing is paused. An {@code UNKNOWN} code counts only with a 401
     * (code 2, "Authentication failed.", comes with one).
     */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return edge().classify(httpStatus, body, PinterestNetwork::rejection);
    }

    /** {@link #SCOPES}. */
    @Override
    public Set<String> requiredScopes() {
        return GrantedScopes.required(SCOPES, Set.of("pins:write", "user_accounts:read"));
    }

    /**
     * Pinterest's consent page takes comma-separated scopes ({@link #SCOPES} and any the caller
     * adds). It documents no PKCE [U], so the code challenge is not sent: the single-use state
     * still binds the callback to the person who started it.
     */
    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return NetworkHttp.withQuery(
                edge().settings().url("auth-url", AUTHORIZE),
                "client_id",
                edge().settings().clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "response_type",
                "code",
                "scope",
                request.scope(SCOPES, ","),
                "state",
                request.state());
    }

    /** The person behind the token; their one channel is their own Pinterest account. */
    @Override
    public Discovery discover(String accessToken) {
        return edge().read(
                        account(accessToken),
                        PinterestAnswers::person,
                        PinterestNetwork::rejection);
    }

    /**
     * A no-op: Pinterest documents no endpoint that revokes a token [U]. The person removes the app
     * under Settings > Security and logins on Pinterest; the token then fails its next check.
     */
    @Override
    public void revoke(String accessToken) {
        // Nothing to call; Relink erases the token on its side.
    }

    private HttpRequest.Builder account(String accessToken) {
        return NetworkHttp.get(edge().settings().baseUrl().resolve("user_account"))
                .header(AUTHORIZATION, NetworkHttp.bearer(accessToken));
    }

    /**
     * An API error answer; an empty body is read as {@code {}}, so that the status alone classifies
     * it.
     */
    private static Verdict rejection(Answer answer) {
        return NetworkEdge.errorBody(answer, PinterestAnswers::rejection);
    }

    @Override
    public String toString() {
        return "PinterestNetwork[" + edge() + "]";
    }
}
