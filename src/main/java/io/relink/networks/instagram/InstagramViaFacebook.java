package io.relink.networks.instagram;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkSettings;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.meta.DebugTokens;
import io.relink.networks.meta.FacebookLogin;
import io.relink.networks.meta.GraphEdge;
import io.relink.networks.meta.GraphJson;
import io.relink.networks.meta.Scopes;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Instagram through Facebook Login (for Business): the professional account is reached through a
 * Facebook Page it is linked to, with the person's Facebook token. Lifetimes, {@code debug_token},
 * error codes and callbacks are Facebook's; in addition a check makes sure the channel's account is
 * still the {@code instagram_business_account} of a Page the person manages (one {@code
 * /me/accounts} call), since unlinking it or losing the Page role cuts Relink off.
 */
final class InstagramViaFacebook implements InstagramAccess {

    /**
     * What Relink asks for: {@code instagram_basic}, {@code instagram_content_publish}, {@code
     * instagram_manage_comments}, {@code instagram_manage_insights}, and to find the accounts
     * through their Pages {@code pages_show_list}, {@code pages_read_engagement} and {@code
     * business_management} (business-owned Pages [C]).
     */
    static final Set<String> SCOPES =
            Set.of(
                    "instagram_basic",
                    "instagram_content_publish",
                    "instagram_manage_comments",
                    "instagram_manage_insights",
                    "pages_show_list",
                    "pages_read_engagement",
                    "business_management");

    static final String LINKED = "id,name,instagram_business_account{id,username}";

    private final NetworkSettings settings;
    private final DebugTokens debug;
    private final FacebookLogin login;

    InstagramViaFacebook(NetworkSettings settings, GraphEdge edge) {
        this.settings = settings;
        // Granular Instagram scopes name account ids whose form is not documented [U]: the Page
        // link is checked through /me/accounts instead.
        this.debug = new DebugTokens(settings, edge, null);
        this.login = new FacebookLogin(settings, edge, debug);
    }

    @Override
    public Verdict inspect(Probe probe) {
        Verdict verdict = debug.inspect(probe);
        if (!(verdict instanceof Verdict.Valid) || probe.channelExternalId() == null) {
            return verdict;
        }
        return accounts(probe.accessToken()).contains(probe.channelExternalId())
                ? verdict
                : InstagramCauses.businessAccountGone(probe.channelExternalId());
    }

    /** As on Facebook: no refresh tokens; the person logs in again. */
    @Override
    public boolean refreshes() {
        return false;
    }

    @Override
    public Renewal refresh(String refreshToken) {
        throw new UnsupportedOperationException(
                "Instagram through Facebook Login issues no refresh tokens; the person logs in again");
    }

    @Override
    public Set<String> requiredScopes() {
        return Scopes.required(
                settings, SCOPES, Set.of("instagram_basic", "instagram_content_publish"));
    }

    @Override
    public URI authorizationUrl(AuthorizationRequest request) {
        return login.authorizationUrl(request, Scopes.asked(settings, SCOPES, request));
    }

    @Override
    public Grant exchange(String code, String codeVerifier, URI redirectUri) {
        return login.exchange(code, codeVerifier, redirectUri);
    }

    /** The person, and each professional account linked to one of their Pages. */
    @Override
    public Discovery discover(String accessToken) {
        JsonObject me = login.me(accessToken);
        List<Discovery.Reach> reach = new ArrayList<>();
        for (JsonObject page : login.accounts(accessToken, LINKED)) {
            if (page.get("instagram_business_account") instanceof JsonObject account) {
                String handle =
                        account.containsKey("username")
                                ? "@" + account.getString("username")
                                : page.getString("name", null);
                reach.add(
                        new Discovery.Reach(
                                GraphJson.id(account, "id"), handle, "BUSINESS_ACCOUNT"));
            }
        }
        return new Discovery(GraphJson.id(me, "id"), me.getString("name", null), reach);
    }

    /**
     * {@code DELETE /me/permissions}: removes the app for the person, every channel of theirs
     * included.
     */
    @Override
    public void revoke(String accessToken) {
        login.revoke(accessToken);
    }

    private List<String> accounts(String accessToken) {
        List<String> linked = new ArrayList<>();
        for (JsonObject page : login.accounts(accessToken, "instagram_business_account")) {
            if (page.get("instagram_business_account") instanceof JsonObject account) {
                linked.add(GraphJson.id(account, "id"));
            }
        }
        return linked;
    }
}
