package io.relink.networks.instagram;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Callback;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
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
import io.relink.networks.meta.FacebookLogin;
import io.relink.networks.meta.GraphEdge;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Relink's adapter for INSTAGRAM professional accounts, through whichever way in the deployment's
 * Meta app uses: {@code relink.network.instagram.login=instagram} (the default; Instagram Login,
 * refreshable 60-day tokens, {@code graph.instagram.com}) or {@code facebook} (Facebook Login
 * through a linked Page, Facebook's tokens and {@code debug_token}, {@code graph.facebook.com}).
 * The client id and secret are those of the app of that way: the Instagram app's for Instagram
 * Login, the Facebook app's for Facebook Login.
 *
 * <p>Tokens are checked one at a time: an Instagram Login check is a {@code /me} call with the
 * token itself, and a Facebook Login check needs a second, per-person call for the Page link.
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
public class InstagramNetwork implements NetworkAdapter {

    /** The setting that picks the way in, under {@code relink.network.instagram.}. */
    static final String LOGIN = "login";

    @Inject Config config;
    @Inject Clock clock;

    private GraphEdge graph;
    private InstagramAccess access;
    private String badLogin;

    /** For CDI, which injects the fields. */
    public InstagramNetwork() {}

    /**
     * An adapter with explicit settings ({@code login} among the extra keys), for tests and tools.
     */
    public InstagramNetwork(NetworkSettings settings, Clock clock) {
        this.clock = clock;
        connect(settings);
    }

    @PostConstruct
    void configure() {
        // The default API depends on the way in, so the choice is read before the rest.
        String login =
                config.getOptionalValue(
                                NetworkSettings.prefix(NetworkType.INSTAGRAM) + LOGIN, String.class)
                        .orElse("instagram");
        connect(
                NetworkSettings.read(
                        config,
                        NetworkType.INSTAGRAM,
                        viaFacebook(login) ? FacebookLogin.GRAPH : InstagramLogin.GRAPH));
    }

    private void connect(NetworkSettings settings) {
        String login = settings.value(LOGIN).orElse("instagram").strip().toLowerCase(Locale.ROOT);
        graph = new GraphEdge(settings, clock);
        if (viaFacebook(login)) {
            access = new InstagramViaFacebook(settings, graph);
        } else {
            access = new InstagramLogin(settings, graph);
            badLogin =
                    "instagram".equals(login)
                            ? null
                            : "relink.network.instagram.login is \""
                                    + login
                                    + "\"; it must be instagram or facebook";
        }
    }

    @Override
    public NetworkEdge edge() {
        return graph.edge();
    }

    @Override
    public String unavailableReason() {
        return badLogin != null ? badLogin : graph.unavailableReason();
    }

    @Override
    public Verdict inspect(Probe probe) {
        return access.inspect(probe);
    }

    /** A Graph error reported with the token, by Meta's table, the same for both ways in. */
    @Override
    public Verdict classify(int httpStatus, String body) {
        return graph.reported(httpStatus, body);
    }

    /** Instagram Login: yes, the long-lived token renews itself; Facebook Login: no. */
    @Override
    public boolean refreshes() {
        return access.refreshes();
    }

    @Override
    public Renewal refresh(String refreshToken) {
        return access.refresh(refreshToken);
    }

    /** The chosen login's scopes, or the {@code scopes} setting that replaces them. */
    @Override
    public Set<String> requiredScopes() {
        return access.requiredScopes();
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return access.authorizationUrl(request);
    }

    @Override
    public Grant exchange(String code, String codeVerifier, URI redirectUri) {
        return access.exchange(code, codeVerifier, redirectUri);
    }

    @Override
    public Discovery discover(String accessToken) {
        return access.discover(accessToken);
    }

    @Override
    public void revoke(String accessToken) {
        access.revoke(accessToken);
    }

    /**
     * The deauthorize and data-deletion callbacks of the app's settings (Instagram Login's, or
     * Facebook Login's), signed with that app's secret like Facebook's [C; field names U].
     */
    @Override
    public VerifiedCallback callback(Callback callback) {
        return Deauthorizations.read(
                callback,
                graph.settings().clientSecret(),
                graph.now(),
                NetworkType.INSTAGRAM.displayName());
    }

    private static boolean viaFacebook(String login) {
        return "facebook".equalsIgnoreCase(login.strip());
    }

    @Override
    public String toString() {
        return "InstagramNetwork[" + graph.settings() + "]";
    }
}
