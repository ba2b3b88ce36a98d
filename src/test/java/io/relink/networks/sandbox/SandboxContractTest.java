package io.relink.networks.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.relink.networks.Cause;
import io.relink.networks.Network;
import io.relink.networks.NetworkContract;
import io.relink.networks.NetworkHttp;
import io.relink.networks.Probe;
import io.relink.networks.Verdict.Transient.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SANDBOX adapter passes the contract of every network, against a stub answering as {@code
 * src/docs/sandbox.md} says (the answers of {@code networks/sandbox/}). The sandbox's {@code
 * invalid_client} (APP_PROBLEM) concerns the whole call, not a token, so it is left to {@link
 * SandboxNetworkTest}.
 */
class SandboxContractTest extends NetworkContract {

    static final String CLIENT_ID = "relink-sandbox";
    static final String CLIENT_SECRET = "sandbox-demo-secret";

    /** Each cause the sandbox's introspection codes map to, and the code that says it. */
    static final Map<Cause, String> CODES = codes();

    @Override
    protected Network adapter(Duration timeout) {
        return new SandboxNetwork(sandbox(), CLIENT_ID, CLIENT_SECRET, timeout, CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new SandboxNetwork(sandbox(), "", "", Duration.ofSeconds(1), CLOCK);
    }

    /**
     * Where the sandbox lives: under {@code /sandbox}, written without a trailing slash as
     * configuration does.
     */
    private URI sandbox() {
        return URI.create(base() + "sandbox");
    }

    @Override
    protected Probe stubValidToken() {
        introspect("sbx_at_valid", "introspect-active.json");
        return new Probe("sbx_at_valid", "sbx-page-1");
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        Map<Cause, Probe> dead = new EnumMap<>(Cause.class);
        CODES.forEach(
                (cause, code) -> {
                    introspect("sbx_at_" + code, "introspect-" + code + ".json");
                    dead.put(cause, new Probe("sbx_at_" + code, "sbx-page-1"));
                });
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        wire.stubFor(
                asClient(post(urlPathEqualTo("/sandbox/oauth/token")))
                        .withFormParam("grant_type", equalTo("authorization_code"))
                        .withFormParam("code", equalTo(code))
                        .willReturn(answer("token.json")));
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        wire.stubFor(
                asClient(post(urlPathEqualTo("/sandbox/oauth/token")))
                        .withFormParam("grant_type", equalTo("refresh_token"))
                        .withFormParam("refresh_token", equalTo(refreshToken))
                        .willReturn(answer("token.json")));
    }

    @Override
    protected List<Reported> reportedErrors() {
        return List.of(
                Reported.dead(
                        "sandbox/api-password_changed.json",
                        401,
                        Cause.PASSWORD_CHANGED,
                        "401/password_changed"),
                Reported.dead(
                        "sandbox/api-token_expired.json",
                        401,
                        Cause.LIFESPAN_ENDED,
                        "401/token_expired"),
                Reported.dead(
                        "sandbox/api-app_revoked.json",
                        401,
                        Cause.REVOKED_BY_USER,
                        "401/app_revoked"),
                Reported.dead(
                        "sandbox/api-invalid_token.json", 401, Cause.UNKNOWN, "401/invalid_token"),
                Reported.dead(
                        "sandbox/api-account_disabled.json",
                        403,
                        Cause.ACCOUNT_UNAVAILABLE,
                        "403/account_disabled"),
                Reported.dead(
                        "sandbox/api-checkpoint.json",
                        403,
                        Cause.SECURITY_CHECKPOINT,
                        "403/checkpoint"),
                Reported.dead(
                        "sandbox/api-not_page_admin.json",
                        403,
                        Cause.ADMIN_ROLE_LOST,
                        "403/not_page_admin"),
                Reported.dead(
                        "sandbox/api-scope_missing.json",
                        403,
                        Cause.SCOPE_MISSING,
                        "403/scope_missing"),
                Reported.dead(
                        "sandbox/invalid-client.json",
                        401,
                        Cause.APP_PROBLEM,
                        "401/invalid_client"),
                // A code of no row: about the post, not the token; the same code with a 401 is the
                // token's.
                Reported.ignored("sandbox/api-post_too_long.json", 400),
                Reported.dead(
                        "sandbox/api-post_too_long.json", 401, Cause.UNKNOWN, "401/post_too_long"),
                Reported.trouble("sandbox/rate-limited.json", 429, Kind.RATE_LIMITED),
                Reported.trouble("sandbox/temporarily-unavailable.json", 503, Kind.SERVER_ERROR),
                Reported.trouble("sandbox/garbage.html", 401, Kind.MALFORMED_ANSWER),
                Reported.ignored("sandbox/me.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        wire.stubFor(
                get(urlPathEqualTo("/sandbox/api/me"))
                        .withHeader("Authorization", equalTo("Bearer " + accessToken))
                        .willReturn(answer("me.json")));
        wire.stubFor(
                get(urlPathEqualTo("/sandbox/api/me/pages"))
                        .withHeader("Authorization", equalTo("Bearer " + accessToken))
                        .willReturn(answer("me-pages.json")));
    }

    /**
     * Introspection answers 200 for every token of a known client: active, or inactive with the
     * code.
     */
    private void introspect(String token, String file) {
        wire.stubFor(
                asClient(post(urlPathEqualTo("/sandbox/oauth/introspect")))
                        .withFormParam("token", equalTo(token))
                        .willReturn(answer(file)));
    }

    /**
     * The sandbox authenticates its client with HTTP Basic; a stub that ignored it would let a
     * wrong client pass.
     */
    private static MappingBuilder asClient(MappingBuilder request) {
        return request.withHeader(
                "Authorization", equalTo(NetworkHttp.basic(CLIENT_ID, CLIENT_SECRET)));
    }

    private ResponseDefinitionBuilder answer(String file) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(json("sandbox/" + file));
    }

    private static Map<Cause, String> codes() {
        Map<Cause, String> codes = new EnumMap<>(Cause.class);
        codes.put(Cause.LIFESPAN_ENDED, "token_expired");
        codes.put(Cause.PASSWORD_CHANGED, "password_changed");
        codes.put(Cause.REVOKED_BY_USER, "app_revoked");
        codes.put(Cause.SECURITY_CHECKPOINT, "checkpoint");
        codes.put(Cause.ACCOUNT_UNAVAILABLE, "account_disabled");
        codes.put(Cause.ADMIN_ROLE_LOST, "not_page_admin");
        codes.put(Cause.SCOPE_MISSING, "scope_missing");
        codes.put(Cause.UNKNOWN, "invalid_token");
        return codes;
    }
}
