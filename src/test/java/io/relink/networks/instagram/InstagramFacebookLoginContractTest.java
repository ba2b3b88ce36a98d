package io.relink.networks.instagram;

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
 * Instagram through Facebook Login ({@code login=facebook}) passes the contract, against
 * Graph-shaped answers.
 */
class InstagramFacebookLoginContractTest extends NetworkContract {

    static final String APP_ID = "138483919580948";
    static final String APP_SECRET = "fb-app-secret-SECRET";

    @Override
    protected Network adapter(Duration timeout) {
        return new InstagramNetwork(
                NetworkSettings.of(
                        NetworkType.INSTAGRAM,
                        APP_ID,
                        APP_SECRET,
                        base(),
                        timeout,
                        Map.of("login", "facebook", "auth-url", base() + "dialog/oauth")),
                CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new InstagramNetwork(
                NetworkSettings.of(
                        NetworkType.INSTAGRAM,
                        "",
                        "",
                        base(),
                        Duration.ofSeconds(1),
                        Map.of("login", "facebook")),
                CLOCK);
    }

    @Override
    protected Probe stubValidToken() {
        debugToken("EAAB-SECRET-valid", "fb-debug-valid.json");
        accounts("EAAB-SECRET-valid", "fb-accounts-linked.json");
        return new Probe("EAAB-SECRET-valid", "17841400000000001");
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        debugToken("EAAB-SECRET-460", "fb-debug-460.json");
        dead.put(Cause.PASSWORD_CHANGED, new Probe("EAAB-SECRET-460", "17841400000000001"));
        debugToken("EAAB-SECRET-458", "fb-debug-458.json");
        dead.put(Cause.REVOKED_BY_USER, new Probe("EAAB-SECRET-458", "17841400000000001"));
        debugToken("EAAB-SECRET-unlinked", "fb-debug-valid.json");
        accounts("EAAB-SECRET-unlinked", "fb-accounts-unlinked.json");
        dead.put(Cause.ADMIN_ROLE_LOST, new Probe("EAAB-SECRET-unlinked", "17841400000000001"));
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .withQueryParam("code", equalTo(code))
                        .willReturn(file("fb-oauth-code.json")));
        wire.stubFor(
                get(urlPathEqualTo("/oauth/access_token"))
                        .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                        .willReturn(file("fb-oauth-long-lived.json")));
        debugToken("EAAB-SECRET-long-lived", "fb-debug-valid.json");
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        // Facebook Login has no refresh tokens; the contract checks that refresh() says so.
    }

    @Override
    protected List<Reported> reportedErrors() {
        return List.of(
                Reported.dead(
                        "instagram/error-190-458.json", 400, Cause.REVOKED_BY_USER, "190/458"),
                Reported.dead(
                        "instagram/error-190-460.json", 400, Cause.PASSWORD_CHANGED, "190/460"),
                Reported.dead("instagram/error-190.json", 400, Cause.UNKNOWN, "190"),
                Reported.dead("instagram/error-10.json", 403, Cause.SCOPE_MISSING, "10"),
                Reported.trouble("instagram/error-80002.json", 400, Kind.RATE_LIMITED),
                Reported.ignored("facebook/error-100.json", 400),
                Reported.ignored("instagram/fb-me.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        wire.stubFor(
                get(urlPathEqualTo("/me"))
                        .withQueryParam("access_token", equalTo(accessToken))
                        .willReturn(file("fb-me.json")));
        accounts(accessToken, "fb-accounts-linked.json");
    }

    private void debugToken(String token, String file) {
        wire.stubFor(
                get(urlPathEqualTo("/debug_token"))
                        .withQueryParam("input_token", equalTo(token))
                        .willReturn(file(file)));
    }

    private void accounts(String token, String file) {
        wire.stubFor(
                get(urlPathEqualTo("/me/accounts"))
                        .withQueryParam("access_token", equalTo(token))
                        .willReturn(file(file)));
    }

    private ResponseDefinitionBuilder file(String name) {
        return okJson(json("instagram/" + name));
    }
}
