package io.relink.networks.instagram;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkSettings;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.meta.GraphEdge;
import io.relink.networks.meta.GraphJson;
import io.relink.networks.meta.LongLivedTokens;
import io.relink.networks.meta.Scopes;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Instagram API with Instagram Login: no Facebook Page needed. Tokens come from {@code
 * instagram.com}'s consent page and {@code api.instagram.com}'s token endpoint, become 60-day
 * tokens ({@code ig_exchange_token}) and are refreshed with {@code ig_refresh_token} (see {@link
 * LongLivedTokens}); checks ask {@code graph.instagram.com/me}.
 */
final class InstagramLogin implements InstagramAccess {

    static final String GRAPH = "https://graph.instagram.com/";
    static final String DIALOG = "https://www.instagram.com/oauth/authorize";
    static final String TOKENS = "https://api.instagram.com/oauth/access_token";

    /**
     * What Relink asks for: {@code instagram_business_basic} (the profile; needed to refresh),
     * {@code instagram_business_content_publish} to publish, {@code
     * instagram_business_manage_comments} for comments, {@code instagram_business_manage_insights}
     * to read insights [C]. The old {@code business_*} names ended on 27 January 2025.
     */
    static final Set<String> SCOPES =
            Set.of(
                    "instagram_business_basic",
                    "instagram_business_content_publish",
                    "instagram_business_manage_comments",
                    "instagram_business_manage_insights");

    /**
     * {@code id} is the app-scoped id (the person, as the exchange's {@code user_id} names them
     * [U]); {@code user_id} is the professional account's id, which the API's other calls take.
     */
    static final String PROFILE = "id,user_id,username,name";

    private final NetworkSettings settings;
    private final LongLivedTokens tokens;

    InstagramLogin(NetworkSettings settings, GraphEdge edge) {
        this.settings = settings;
        this.tokens =
                new LongLivedTokens(
                        settings,
                        edge,
                        new LongLivedTokens.Flavor(
                                "ig", settings.url("token-url", TOKENS), "me", "user_id,username"));
    }

    @Override
    public Verdict inspect(Probe probe) {
        return tokens.inspect(probe.accessToken());
    }

    @Override
    public boolean refreshes() {
        return true;
    }

    /** The "refresh token" is the long-lived token itself. */
    @Override
    public Renewal refresh(String refreshToken) {
        return tokens.refresh(refreshToken);
    }

    @Override
    public Set<String> requiredScopes() {
        return Scopes.required(
                settings,
                SCOPES,
                Set.of("instagram_business_basic", "instagram_business_content_publish"));
    }

    /** No PKCE: Instagram Login documents none; the app secret authenticates the exchange. */
    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return NetworkHttp.withQuery(
                settings.url("auth-url", DIALOG),
                "client_id",
                settings.clientId(),
                "redirect_uri",
                request.redirectUri().toString(),
                "response_type",
                "code",
                "scope",
                String.join(",", Scopes.asked(settings, SCOPES, request)),
                "state",
                request.state());
    }

    @Override
    public Grant exchange(String code, String codeVerifier, URI redirectUri) {
        return tokens.exchange(code, redirectUri);
    }

    /** The person is the account: one BUSINESS_ACCOUNT channel, named by its handle. */
    @Override
    public Discovery discover(String accessToken) {
        JsonObject me = tokens.me(accessToken, PROFILE);
        String person = GraphJson.id(me, "id");
        String account = GraphJson.id(me, "user_id") != null ? GraphJson.id(me, "user_id") : person;
        String handle =
                me.containsKey("username")
                        ? "@" + me.getString("username")
                        : me.getString("name", null);
        return new Discovery(
                person != null ? person : account,
                me.getString("name", handle),
                List.of(new Discovery.Reach(account, handle, "BUSINESS_ACCOUNT")));
    }

    /**
     * Instagram Login documents no way for an app to revoke a token: a no-op. The person removes
     * the app in Instagram's settings (which sends the deauthorize callback), or the token lapses
     * after 60 days without refresh.
     */
    @Override
    public void revoke(String accessToken) {
        // Nothing to call.
    }
}
