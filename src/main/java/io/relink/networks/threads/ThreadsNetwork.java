package io.relink.networks.threads;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Callback;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkAdapter;
import io.relink.networks.NetworkEdge;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.VerifiedCallback;
import io.relink.networks.meta.Deauthorizations;
import io.relink.networks.meta.GraphEdge;
import io.relink.networks.meta.GraphJson;
import io.relink.networks.meta.LongLivedTokens;
import io.relink.networks.meta.Scopes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for THREADS profiles: 60-day tokens that refresh themselves ({@code
 * th_exchange_token}, {@code th_refresh_token}; see {@link LongLivedTokens}), checked with {@code
 * /v1.0/me}, with Graph-style errors and a signed deauthorize callback like Facebook's.
 *
 * <p>Fault tolerance guards each call, overridable under {@code
 * io.relink.networks.threads.ThreadsNetwork/…}. Only {@link NetworkTrouble} opens the circuit.
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
public class ThreadsNetwork implements NetworkAdapter {

    static final String GRAPH = "https://graph.threads.net/";
    static final String DIALOG = "https://threads.net/oauth/authorize";
    static final String TOKENS = "https://graph.threads.net/oauth/access_token";

    /** The profile path; Threads' API version is part of it (the token endpoints have none). */
    static final String ME = "v1.0/me";

    /**
     * What Relink asks for: {@code threads_basic} (required by every endpoint, and to refresh),
     * {@code threads_content_publish} to publish, {@code threads_read_replies} and {@code
     * threads_manage_replies} for replies, {@code threads_manage_insights} to read insights.
     */
    public static final Set<String> SCOPES =
            Set.of(
                    "threads_basic",
                    "threads_content_publish",
                    "threads_read_replies",
                    "threads_manage_replies",
                    "threads_manage_insights");

    /** What a Threads token must keep: read the profile and publish. */
    static final Set<String> CORE_SCOPES = Set.of("threads_basic", "threads_content_publish");

    @Inject Config config;
    @Inject Clock clock;

    private GraphEdge graph;
    private LongLivedTokens tokens;

    /** For CDI, which injects the fields. */
    public ThreadsNetwork() {}

    /** An adapter with explicit settings, for tests and tools: the same code path as CDI's. */
    public ThreadsNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        connect(NetworkSettings.read(config, NetworkType.THREADS, GRAPH));
    }

    private void connect(NetworkSettings settings) {
        graph = new GraphEdge(settings, clock);
        tokens =
                new LongLivedTokens(
                        settings,
                        graph,
                        new LongLivedTokens.Flavor(
                                "th", settings.url("token-url", TOKENS), ME, "id,username"));
    }

    @Override
    public NetworkEdge edge() {
        return graph.edge();
    }

    /**
     * {@code GET /v1.0/me} with the token. Threads' {@code debug_token} would tell expiry and
     * scopes but needs a Threads tester's token of the same app [D], which Relink does not hold.
     */
    @Override
    public Verdict inspect(Probe probe) {
        return tokens.inspect(probe.accessToken());
    }

    /** A Graph error reported with the token, by Meta's table. */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return graph.reported(httpStatus, body);
    }

    @Override
    public boolean refreshes() {
        return true;
    }

    /**
     * The "refresh token" is the long-lived token itself; at least 24 hours old, else retried
     * later.
     */
    @Override
    public Renewal refresh(String refreshToken) {
        return tokens.refresh(refreshToken);
    }

    /** {@link #SCOPES}, or the {@code scopes} setting that replaces them. */
    @Override
    public Set<String> requiredScopes() {
        return Scopes.required(graph.settings(), SCOPES, CORE_SCOPES);
    }

    /** No PKCE: Threads documents none; the app secret authenticates the exchange. */
    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return NetworkHttp.withQuery(
                graph.settings().url("auth-url", DIALOG),
                "client_id",
                graph.settings().clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "scope",
                String.join(",", Scopes.asked(graph.settings(), SCOPES, request)),
                "response_type",
                "code",
                "state",
                request.state());
    }

    @Override
    public Grant exchange(String code, String codeVerifier, URI redirectUri) {
        return tokens.exchange(code, redirectUri);
    }

    /** The person is the profile: one PROFILE channel, named by its handle. */
    @Override
    public Discovery discover(String accessToken) {
        JsonObject me = tokens.me(accessToken, "id,username,name");
        String id = GraphJson.id(me, "id");
        String handle =
                me.containsKey("username")
                        ? "@" + me.getString("username")
                        : me.getString("name", id);
        return new Discovery(
                id,
                me.getString("name", handle),
                List.of(new Discovery.Reach(id, handle, "PROFILE")));
    }

    /**
     * Threads documents no revocation call: a no-op. The person removes the app in Threads'
     * settings (which sends the deauthorize callback), or the token lapses unrefreshed.
     */
    @Override
    public void revoke(String accessToken) {
        // Nothing to call.
    }

    /**
     * The deauthorize and delete callback URLs of the Threads use case; the format is assumed
     * Meta's {@code signed_request} [U].
     */
    @Override
    public VerifiedCallback callback(Callback callback) {
        return Deauthorizations.read(
                callback,
                graph.settings().clientSecret(),
                graph.now(),
                NetworkType.THREADS.displayName());
    }

    @Override
    public String toString() {
        return "ThreadsNetwork[" + graph.settings() + "]";
    }
}
