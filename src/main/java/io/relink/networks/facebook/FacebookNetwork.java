package io.relink.networks.facebook;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Callback;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Network;
import io.relink.networks.NetworkAdapter;
import io.relink.networks.NetworkEdge;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.VerifiedCallback;
import io.relink.networks.meta.Deauthorizations;
import io.relink.networks.meta.DebugTokens;
import io.relink.networks.meta.FacebookLogin;
import io.relink.networks.meta.GraphEdge;
import io.relink.networks.meta.GraphJson;
import io.relink.networks.meta.Scopes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for Facebook Pages over the Graph API: tokens are checked with {@code
 * debug_token} as Relink's app, fifty to a Graph batch request; grants come from Facebook Login
 * (long-lived user tokens, no refresh); a person's removal of the app, or their request to delete
 * their data, arrives as a signed callback. See the package documentation for the rules.
 *
 * <p>Fault tolerance guards each call, overridable under {@code
 * io.relink.networks.facebook.FacebookNetwork/…} (see {@code microprofile-config.properties}). Only
 * {@link NetworkTrouble} opens the circuit: a dead token is an answer, not a failure.
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
public class FacebookNetwork implements NetworkAdapter {

    /**
     * What Relink asks every Page admin for: {@code pages_show_list} to find the Pages and check
     * the role; {@code pages_read_engagement}, {@code pages_read_user_engagement} and {@code
     * read_insights} so downstream products can read; {@code pages_manage_posts} and {@code
     * publish_video} so they can publish; {@code pages_manage_engagement} for comments; {@code
     * pages_manage_metadata} for Page webhooks and settings; {@code business_management} because
     * Pages owned by a business portfolio are only listed with it [C]. The setting {@code scopes}
     * replaces the list.
     */
    public static final Set<String> SCOPES =
            Set.of(
                    "pages_show_list",
                    "pages_read_engagement",
                    "pages_read_user_engagement",
                    "read_insights",
                    "pages_manage_posts",
                    "publish_video",
                    "pages_manage_engagement",
                    "pages_manage_metadata",
                    "business_management");

    /** What a Page token must keep: find the Page and publish to it. */
    static final Set<String> CORE_SCOPES = Set.of("pages_show_list", "pages_manage_posts");

    @Inject Config config;
    @Inject Clock clock;

    private GraphEdge graph;
    private DebugTokens debug;
    private FacebookLogin login;

    /** For CDI, which injects the fields. */
    public FacebookNetwork() {}

    /** An adapter with explicit settings, for tests and tools: the same code path as CDI's. */
    public FacebookNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        connect(NetworkSettings.read(config, NetworkType.FACEBOOK, FacebookLogin.GRAPH));
    }

    private void connect(NetworkSettings settings) {
        graph = new GraphEdge(settings, clock);
        debug = new DebugTokens(settings, graph, "pages_");
        login = new FacebookLogin(settings, graph, debug);
    }

    @Override
    public NetworkEdge edge() {
        return graph.edge();
    }

    @Override
    public int batchLimit() {
        return DebugTokens.BATCH_LIMIT;
    }

    @Override
    public Verdict inspect(Probe probe) {
        return debug.inspect(probe);
    }

    /** One Graph batch request for up to fifty tokens. */
    @Override
    public List<Verdict> inspectAll(List<Probe> probes) {
        return debug.inspectAll(probes);
    }

    /**
     * A Graph error reported with a Page's or person's token, by Meta's table ({@link
     * io.relink.networks.meta.GraphCauses}); Relink's app token plays no part in it, so a 190 is
     * the token's, never an app problem.
     */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return graph.reported(httpStatus, body);
    }

    /** Facebook issues no refresh tokens: a long-lived token ends and the person logs in again. */
    @Override
    public boolean refreshes() {
        return false;
    }

    @Override
    public Renewal refresh(String refreshToken) {
        throw new UnsupportedOperationException(
                "Facebook issues no refresh tokens; the person logs in again");
    }

    /** {@link #SCOPES}, or the {@code scopes} setting that replaces them. */
    @Override
    public Set<String> requiredScopes() {
        return Scopes.required(graph.settings(), SCOPES, CORE_SCOPES);
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return login.authorizationUrl(request, Scopes.asked(graph.settings(), SCOPES, request));
    }

    /** Code, then long-lived user token (about 60 days), described by {@code debug_token}. */
    @Override
    public Grant exchange(String code, String codeVerifier, URI redirectUri) {
        return login.exchange(code, codeVerifier, redirectUri);
    }

    /** The person and the Pages they can still work on ({@code /me/accounts} with their tasks). */
    @Override
    public Discovery discover(String accessToken) {
        JsonObject me = login.me(accessToken);
        return new Discovery(
                GraphJson.id(me, "id"),
                me.getString("name", null),
                FacebookPages.channels(login.accounts(accessToken, FacebookPages.FIELDS)));
    }

    /**
     * Each Page's own token, from a long-lived user token: they do not expire and keep working
     * while the person keeps their role. Not part of {@link Network}: the reconnect flow calls it
     * to hold Page tokens rather than the person's token.
     */
    public Map<String, Grant> pageTokens(String userAccessToken) {
        String userId = GraphJson.id(login.me(userAccessToken), "id");
        return FacebookPages.tokens(
                login.accounts(userAccessToken, FacebookPages.FIELDS + ",access_token"), userId);
    }

    /**
     * {@code DELETE /me/permissions}: removes Relink's app for the person, which ends every token
     * of theirs, on every Page. Unlinking one channel should only revoke when no other channel
     * hangs on that person's grant.
     */
    @Override
    public void revoke(String accessToken) {
        login.revoke(accessToken);
    }

    /**
     * The Deauthorize Callback URL of Facebook Login's settings, and the Data Deletion Request URL;
     * see {@link Deauthorizations}.
     */
    @Override
    public VerifiedCallback callback(Callback callback) {
        return Deauthorizations.read(
                callback,
                graph.settings().clientSecret(),
                graph.now(),
                NetworkType.FACEBOOK.displayName());
    }

    @Override
    public String toString() {
        return "FacebookNetwork[" + graph.settings() + "]";
    }
}
