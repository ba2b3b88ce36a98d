package io.relink.networks.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.relink.networks.Network;
import io.relink.networks.NetworkContract;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkType;
import io.relink.networks.Probe;
import io.relink.tokens.entity.Cause;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Instagram through Instagram Login (the default way in) passes the contract, against graph.instagram.com-shaped answers. */
class InstagramContractTest extends NetworkContract {

    static final String APP_ID = "1234567890123456";
    static final String APP_SECRET = "ig-app-secret-SECRET";

    @Override
    protected Network adapter(Duration timeout) {
        return new InstagramNetwork(NetworkSettings.of(NetworkType.INSTAGRAM, APP_ID, APP_SECRET, base(), timeout,
                Map.of("auth-url", base() + "oauth/authorize", "token-url", base() + "oauth/access_token")), CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new InstagramNetwork(NetworkSettings.of(NetworkType.INSTAGRAM, "", "", base(), Duration.ofSeconds(1), Map.of()), CLOCK);
    }

    @Override
    protected Probe stubValidToken() {
        me("IGAA-SECRET-valid", 200, "me.json");
        return new Probe("IGAA-SECRET-valid", "17841400000000001");
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        dead.put(Cause.REVOKED_BY_USER, dead("error-190-458.json"));
        dead.put(Cause.SECURITY_CHECKPOINT, dead("error-190-459.json"));
        dead.put(Cause.PASSWORD_CHANGED, dead("error-190-460.json"));
        dead.put(Cause.LIFESPAN_ENDED, dead("error-190-463.json"));
        dead.put(Cause.UNKNOWN, dead("error-190.json"));
        dead.put(Cause.SCOPE_MISSING, dead("error-10.json"));
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(post(urlPathEqualTo("/oauth/access_token")).withRequestBody(containing("code=" + code)).willReturn(file("token-short.json")));
        wire.stubFor(get(urlPathEqualTo("/access_token")).withQueryParam("grant_type", equalTo("ig_exchange_token"))
                .withQueryParam("access_token", equalTo("IGAA-SECRET-short-lived")).willReturn(file("token-long.json")));
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        wire.stubFor(get(urlPathEqualTo("/refresh_access_token")).withQueryParam("grant_type", equalTo("ig_refresh_token"))
                .withQueryParam("access_token", equalTo(refreshToken)).willReturn(file("token-refreshed.json")));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        me(accessToken, 200, "me-profile.json");
    }

    private Probe dead(String file) {
        String token = "IGAA-SECRET-" + file;
        me(token, 400, file);
        return new Probe(token, "17841400000000001");
    }

    private void me(String token, int status, String file) {
        wire.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo(token)).willReturn(file(file).withStatus(status)));
    }

    private ResponseDefinitionBuilder file(String name) {
        return okJson(json("instagram/" + name));
    }
}
