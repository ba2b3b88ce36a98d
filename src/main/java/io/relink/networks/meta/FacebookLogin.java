package io.relink.networks.meta;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Grant;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkSettings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Facebook Login flow against the Graph API, shared by Facebook Pages and Instagram through
 * Facebook Login: the consent dialog, the code exchange followed at once by the long-lived exchange
 * ({@code fb_exchange_token}, about 60 days), the person and their Pages ({@code /me/accounts},
 * paged), and revocation ({@code DELETE /me/permissions}).
 *
 * <p>There are no refresh tokens: a long-lived user token cannot be renewed server-side, the person
 * logs in again [D]. Page tokens taken from a long-lived user token do not expire [D].
 */
public final class FacebookLogin {

    /** The Graph API version Relink speaks; Meta keeps a version for about two years. */
    public static final String VERSION = "v23.0";

    public static final String GRAPH = "https://graph.facebook.com/" + VERSION + "/";
    public static final String DIALOG = "https://www.facebook.com/" + VERSION + "/dialog/oauth";

    /** At most this many pages of {@code /me/accounts} (100 Pages each) are read. */
    static final int MAX_PAGES = 20;

    private final NetworkSettings settings;
    private final GraphEdge edge;
    private final DebugTokens debug;

    public FacebookLogin(NetworkSettings settings, GraphEdge edge, DebugTokens debug) {
        this.settings = settings;
        this.edge = edge;
        this.debug = debug;
    }

    /**
     * The login dialog. PKCE (S256) is sent when the request has a challenge: Facebook documents it
     * for manually built flows (marked "in testing" [U]); {@code pkce=false} switches it off should
     * Meta refuse it. {@code auth_type=rerequest} asks again for permissions the person declined
     * before, which a reconnect needs.
     */
    public URI authorizationUrl(AuthorizationRequest request, Set<String> scopes) {
        String challenge = pkce() ? request.codeChallenge() : null;
        return NetworkHttp.withQuery(
                settings.url("auth-url", DIALOG),
                "client_id",
                settings.clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "state",
                request.state(),
                "response_type",
                "code",
                "scope",
                String.join(",", scopes),
                "auth_type",
                "rerequest",
                "code_challenge",
                challenge,
                "code_challenge_method",
                challenge == null ? null : "S256");
    }

    /**
     * Code to short-lived token (about an hour), at once to a long-lived one, then {@code
     * debug_token} for the person, the scopes and the exact expiry.
     */
    public Grant exchange(String code, String codeVerifier, URI redirectUri) {
        URI tokens = settings.baseUrl().resolve("oauth/access_token");
        String shortLived =
                edge.read(
                        edge.get(
                                tokens,
                                "client_id",
                                settings.clientId(),
                                "redirect_uri",
                                redirectUri.toString(),
                                "client_secret",
                                settings.clientSecret(),
                                "code",
                                code,
                                "code_verifier",
                                pkce() ? codeVerifier : null),
                        token -> token.getString("access_token"));
        JsonObject longLived =
                edge.read(
                        edge.get(
                                tokens,
                                "grant_type",
                                "fb_exchange_token",
                                "client_id",
                                settings.clientId(),
                                "client_secret",
                                settings.clientSecret(),
                                "fb_exchange_token",
                                shortLived),
                        token -> token);
        String accessToken = longLived.getString("access_token");
        JsonObject described = debug.describe(accessToken);
        JsonObject data = described.getJsonObject("data");
        Instant expiresAt =
                data.containsKey("expires_at")
                        ? GraphJson.epoch(data, "expires_at")
                        : GraphJson.after(edge.now(), longLived, "expires_in");
        return new Grant(
                accessToken,
                null,
                expiresAt,
                null,
                GraphJson.scopes(data.get("scopes")),
                DebugToken.userId(described));
    }

    /** The person: {@code id} and {@code name}. */
    public JsonObject me(String accessToken) {
        return edge.read(
                edge.get(
                        settings.baseUrl().resolve("me"),
                        "fields",
                        "id,name",
                        "access_token",
                        accessToken),
                me -> me);
    }

    /** Every Page the person has a role on, with the fields asked for, following the cursors. */
    public List<JsonObject> accounts(String accessToken, String fields) {
        List<JsonObject> pages = new ArrayList<>();
        String after = null;
        for (int read = 0; read < MAX_PAGES; read++) {
            JsonObject page =
                    edge.read(
                            edge.get(
                                    settings.baseUrl().resolve("me/accounts"),
                                    "fields",
                                    fields,
                                    "limit",
                                    "100",
                                    "after",
                                    after,
                                    "access_token",
                                    accessToken),
                            answer -> answer);
            page.getJsonArray("data").forEach(value -> pages.add(value.asJsonObject()));
            after = next(page);
            if (after == null) {
                break;
            }
        }
        return pages;
    }

    /**
     * Removes Relink's app for the person: every token of theirs dies, on every Page. A token that
     * is already dead (190) leaves nothing to revoke.
     */
    public void revoke(String accessToken) {
        Answer answer =
                edge.send(
                        HttpRequest.newBuilder(
                                        NetworkHttp.withQuery(
                                                settings.baseUrl().resolve("me/permissions"),
                                                "access_token",
                                                accessToken))
                                .header("Accept", "application/json")
                                .DELETE());
        if (answer.status() == 200) {
            return;
        }
        GraphError error = answer.json(GraphError::in);
        if (error.code() == 190) {
            return;
        }
        throw edge.refusal(answer);
    }

    /** The cursor to the next page, or null on the last one. */
    private static String next(JsonObject page) {
        if (!(page.get("paging") instanceof JsonObject paging)
                || !paging.containsKey("next")
                || paging.get("next").getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return paging.get("cursors") instanceof JsonObject cursors
                ? cursors.getString("after", null)
                : null;
    }

    private boolean pkce() {
        return settings.value("pkce").map(Boolean::parseBoolean).orElse(true);
    }
}
