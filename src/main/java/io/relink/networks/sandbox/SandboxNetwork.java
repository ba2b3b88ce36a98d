package io.relink.networks.sandbox;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Callback;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.Limits;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.OAuth2Adapter;
import io.relink.networks.Probe;
import io.relink.networks.Revocation;
import io.relink.networks.SignedRequests;
import io.relink.networks.TokenEndpoint;
import io.relink.networks.Verdict;
import io.relink.networks.VerifiedCallback;
import io.relink.networks.Wiring;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for the SANDBOX network: speaks the HTTP contract of {@code src/docs/sandbox.md}
 * and translates its answers into verdicts and grants, in the shape every adapter has (see {@code
 * io.relink.networks}'s package-info).
 *
 * <p>Fault tolerance guards each call; the limits are overridable per network through MicroProfile
 * Fault Tolerance's keys ({@code io.relink.networks.sandbox.SandboxNetwork/Bulkhead/value}, see
 * {@code microprofile-config.properties}). Only {@link NetworkTrouble} opens the circuit: a dead
 * token is an answer, not a failure of the network.
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
public class SandboxNetwork implements OAuth2Adapter {

    static final int BATCH_LIMIT = 50;
    static final Set<String> REQUIRED_SCOPES = Set.of("read", "publish");

    private static final String AUTHORIZATION = "Authorization";

    @Inject
    @ConfigProperty(name = "relink.sandbox.url")
    URI base;

    @Inject
    @ConfigProperty(name = "relink.sandbox.client-id")
    String clientId;

    /** A demo secret: the sandbox exists only in demo and test runs. */
    @Inject
    @ConfigProperty(name = "relink.sandbox.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "relink.sandbox.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "relink.network.sandbox.timeout")
    Duration timeout;

    @Inject Clock clock;

    private Wiring wiring;

    /** For CDI, which injects the fields. */
    public SandboxNetwork() {}

    /**
     * A switched-on adapter for the sandbox at {@code base}, for tests and tools: the same code
     * path as CDI's.
     */
    public SandboxNetwork(
            URI base, String clientId, String clientSecret, Duration timeout, Clock clock) {
        this.enabled = true;
        this.clock = clock;
        connect(
                NetworkSettings.of(
                        NetworkType.SANDBOX, clientId, clientSecret, base, timeout, Map.of()));
    }

    @PostConstruct
    void configure() {
        connect(
                NetworkSettings.of(
                        NetworkType.SANDBOX, clientId, clientSecret, base, timeout, Map.of()));
    }

    /**
     * The sandbox pauses for nothing: its rate limits are scripted by the tests that ask for them.
     */
    private void connect(NetworkSettings settings) {
        wiring =
                Wiring.open(
                        settings,
                        clock,
                        Limits.NONE,
                        edge ->
                                TokenEndpoint.basic(
                                        edge,
                                        settings.baseUrl().resolve("oauth/token"),
                                        TokenEndpoint.Answers.of(
                                                (token, held) ->
                                                        SandboxAnswers.grant(token, edge.now()),
                                                (answer, refreshing) ->
                                                        answer.json(
                                                                refreshing
                                                                        ? error ->
                                                                                SandboxAnswers
                                                                                        .refusal(
                                                                                                answer
                                                                                                        .status(),
                                                                                                error)
                                                                        : rejection(answer)))));
    }

    @Override
    public Wiring wiring() {
        return wiring;
    }

    /** The sandbox's own settings ({@code relink.sandbox.*}): it runs only when switched on. */
    @Override
    public String unavailableReason() {
        if (!enabled) {
            return "switched off: relink.sandbox.enabled=false";
        }
        if (edge().settings().clientId().isEmpty()) {
            return "no client id: set relink.sandbox.client-id";
        }
        return edge().settings().clientSecret().isEmpty()
                ? "no client secret: set relink.sandbox.client-secret"
                : null;
    }

    @Override
    public int batchLimit() {
        return BATCH_LIMIT;
    }

    @Override
    public Verdict inspect(Probe probe) {
        Answer answer =
                edge().send(
                                edge().asClient(
                                                NetworkHttp.postForm(
                                                        endpoint("oauth/introspect"),
                                                        "token",
                                                        probe.accessToken(),
                                                        "page",
                                                        probe.channelExternalId())));
        return answer.status() == 200
                ? answer.json(SandboxAnswers::introspection)
                : answer.json(rejection(answer));
    }

    @Override
    public List<Verdict> inspectAll(List<Probe> probes) {
        if (probes.size() > BATCH_LIMIT) {
            throw new IllegalArgumentException(
                    probes.size()
                            + " probes; the sandbox takes at most "
                            + BATCH_LIMIT
                            + " per batch");
        }
        if (probes.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder items = NetworkHttp.json().createArrayBuilder();
        for (Probe probe : probes) {
            JsonObjectBuilder item =
                    NetworkHttp.json().createObjectBuilder().add("token", probe.accessToken());
            items.add(
                    probe.channelExternalId() == null
                            ? item
                            : item.add("page", probe.channelExternalId()));
        }
        Answer answer =
                edge().send(
                                edge().asClient(
                                                NetworkHttp.postJson(
                                                        endpoint("oauth/introspect/batch"),
                                                        NetworkHttp.json()
                                                                .createObjectBuilder()
                                                                .add("items", items)
                                                                .build())));
        if (answer.status() != 200) {
            // The call itself was refused (a wrong client): the same verdict for every token.
            return Collections.nCopies(probes.size(), answer.json(rejection(answer)));
        }
        return answer.json(
                batch -> {
                    List<JsonValue> answered = batch.getJsonArray("items");
                    if (answered.size() != probes.size()) {
                        throw new IllegalStateException(
                                answered.size() + " items for " + probes.size() + " probes");
                    }
                    return answered.stream()
                            .map(item -> NetworkHttp.item(item, SandboxAnswers::batchItem))
                            .toList();
                });
    }

    /**
     * A reported {@code /api/*} error, read like a check's error answer (the {@code error} object's
     * code, then {@link SandboxCauses}); an {@code UNKNOWN} code counts only with a 401.
     */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return edge().classify(httpStatus, body, answer -> answer.json(rejection(answer)));
    }

    /** Reading and publishing; insights are optional. */
    @Override
    public Set<String> requiredScopes() {
        return REQUIRED_SCOPES;
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        String challenge = request.codeChallenge();
        return NetworkHttp.withQuery(
                endpoint("oauth/authorize"),
                "response_type",
                "code",
                "client_id",
                edge().settings().clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "scope",
                request.scope(Set.of(), " "),
                "state",
                request.state(),
                "code_challenge",
                challenge,
                "code_challenge_method",
                challenge == null ? null : "S256");
    }

    @Override
    public Discovery discover(String accessToken) {
        Discovery person = api("api/me", accessToken, SandboxAnswers::person);
        return new Discovery(
                person.externalUserId(),
                person.displayName(),
                api("api/me/pages", accessToken, SandboxAnswers::pages));
    }

    @Override
    public void revoke(String accessToken) {
        Answer answer = tokens().post(endpoint("oauth/revoke"), "token", accessToken);
        if (answer.status() == 200
                || "invalid_token".equals(answer.json(SandboxAnswers::errorCode))) {
            return; // RFC 7009: a token that is already gone leaves nothing to revoke.
        }
        throw refused(answer);
    }

    /**
     * The sandbox signs its deauthorize callback like Facebook: verified with the app secret, at
     * most 10 minutes old.
     */
    @Override
    public VerifiedCallback callback(Callback callback) {
        if (!"deauthorize".equals(callback.kind())) {
            throw new UnsupportedOperationException(
                    "The sandbox sends no " + callback.kind() + " callback");
        }
        return SignedRequests.read(
                callback.kind(),
                callback.form().get("signed_request"),
                edge().settings().clientSecret(),
                edge().now(),
                Duration.ofMinutes(10),
                payload -> {
                    String user = payload.getString("user_id", "");
                    if (user.isBlank()) {
                        throw new IllegalArgumentException("signed_request names no user_id");
                    }
                    return new Revocation(
                            user,
                            Cause.REVOKED_BY_USER,
                            "deauthorize-callback",
                            "The person removed Relink's app in their Sandbox settings.");
                });
    }

    private <T> T api(String path, String accessToken, Function<JsonObject, T> reader) {
        return edge().read(
                        NetworkHttp.get(endpoint(path))
                                .header(AUTHORIZATION, NetworkHttp.bearer(accessToken)),
                        reader,
                        answer -> answer.json(rejection(answer)));
    }

    private URI endpoint(String path) {
        return edge().settings().baseUrl().resolve(path);
    }

    private static Function<JsonObject, Verdict.Dead> rejection(Answer answer) {
        return error -> SandboxAnswers.rejection(answer.status(), error);
    }

    private NetworkRefusal refused(Answer answer) {
        return edge().refused(answer.json(rejection(answer)));
    }

    @Override
    public String toString() {
        return "SandboxNetwork[" + edge() + "]";
    }
}
