package io.relink.networks.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.relink.networks.Cause;
import io.relink.networks.Network;
import io.relink.networks.NetworkContract;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.networks.Verdict.Transient.Kind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Facebook adapter passes the contract every network adapter passes, against Graph-shaped
 * answers.
 */
class FacebookContractTest extends NetworkContract {

    static final String APP_ID = "138483919580948";
    static final String APP_SECRET = "fb-app-secret-SECRET";

    @Override
    protected Network adapter(Duration timeout) {
        return new FacebookNetwork(
                NetworkSettings.of(
                        NetworkType.FACEBOOK,
                        APP_ID,
                        APP_SECRET,
                        base(),
                        timeout,
                        Map.of("auth-url", base() + "dialog/oauth")),
                CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new FacebookNetwork(
                NetworkSettings.of(
                        NetworkType.FACEBOOK, "", "", base(), Duration.ofSeconds(1), Map.of()),
                CLOCK);
    }

    @Override
    protected Probe stubValidToken() {
        debugToken("EAAB-SECRET-valid", 200, "debug-valid-user.json");
        return new Probe("EAAB-SECRET-valid", "1000001");
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        dead.put(Cause.REVOKED_BY_USER, dead("458", "debug-458.json", 200));
        dead.put(Cause.SECURITY_CHECKPOINT, dead("459", "debug-459.json", 200));
        dead.put(Cause.PASSWORD_CHANGED, dead("460", "debug-460.json", 200));
        dead.put(Cause.LIFESPAN_ENDED, dead("463", "debug-463.json", 200));
        dead.put(Cause.ACCOUNT_UNAVAILABLE, dead("465", "debug-465.json", 200));
        dead.put(Cause.UNKNOWN, dead("467", "debug-467.json", 200));
        dead.put(Cause.ADMIN_ROLE_LOST, dead("492", "debug-492.json", 200));
        dead.put(Cause.SCOPE_MISSING, dead("data-access", "debug-data-access-expired.json", 200));
        dead.put(Cause.APP_PROBLEM, dead("app-secret-reset", "error-app-token.json", 400));
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .withQueryParam("code", equalTo(code))
                        .willReturn(file("oauth-code.json")));
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                        .withQueryParam("fb_exchange_token", equalTo("EAAB-SECRET-short-lived"))
                        .willReturn(file("oauth-long-lived.json")));
        debugToken("EAAB-SECRET-long-lived", 200, "debug-valid-user.json");
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        // Facebook has no refresh tokens; the contract checks that refresh() says so.
    }

    @Override
    protected List<Reported> reportedErrors() {
        return List.of(
                Reported.dead(
                        "facebook/error-190-page.json", 400, Cause.PASSWORD_CHANGED, "190/460"),
                Reported.dead(
                        "facebook/error-190-464.json", 400, Cause.SECURITY_CHECKPOINT, "190/464"),
                Reported.dead("facebook/error-190-492.json", 400, Cause.ADMIN_ROLE_LOST, "190/492"),
                // Graph sends its session errors as 400s (sometimes 401): the code decides, not the
                // status.
                Reported.dead("facebook/error-190.json", 400, Cause.UNKNOWN, "190"),
                Reported.dead("facebook/error-190.json", 401, Cause.UNKNOWN, "190"),
                Reported.dead("facebook/error-200.json", 403, Cause.SCOPE_MISSING, "200"),
                Reported.trouble("facebook/error-4.json", 400, Kind.RATE_LIMITED),
                Reported.trouble("facebook/error-2.json", 400, Kind.SERVER_ERROR),
                // Codes of no row are about the post (a bad parameter, a duplicate), whatever the
                // status.
                Reported.ignored("facebook/error-100.json", 400),
                Reported.ignored("facebook/error-506.json", 400),
                Reported.ignored("facebook/error-506.json", 401),
                Reported.trouble("facebook/me.json", 400, Kind.MALFORMED_ANSWER),
                Reported.ignored("facebook/me.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        wire.stubFor(
                get(urlPathEqualTo("/me"))
                        .withQueryParam("access_token", equalTo(accessToken))
                        .willReturn(file("me.json")));
        wire.stubFor(
                get(urlPathEqualTo("/me/accounts"))
                        .withQueryParam("access_token", equalTo(accessToken))
                        .willReturn(file("me-accounts-2.json")));
    }

    private Probe dead(String name, String file, int status) {
        String token = "EAAB-SECRET-" + name;
        debugToken(token, status, file);
        return new Probe(token, "1000001");
    }

    private void debugToken(String token, int status, String file) {
        wire.stubFor(
                get(urlPathEqualTo("/debug_token"))
                        .withQueryParam("input_token", equalTo(token))
                        .withQueryParam("access_token", equalTo(APP_ID + "|" + APP_SECRET))
                        .willReturn(file(file).withStatus(status)));
    }

    private ResponseDefinitionBuilder file(String name) {
        return okJson(json("facebook/" + name));
    }
}
