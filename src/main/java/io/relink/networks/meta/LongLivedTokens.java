package io.relink.networks.meta;

import io.relink.networks.Cause;
import io.relink.networks.Grant;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkSettings;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * The tokens of Instagram Login and Threads, which work alike: the code gives a token of an hour (a
 * form POST to the token URL), traded at once for a 60-day one ({@code <p>_exchange_token} with the
 * app secret); a long-lived token at least 24 hours old and not expired is refreshed with itself
 * ({@code <p>_refresh_token}) for another 60 days from the refresh. A token not refreshed within
 * its 60 days is dead for good. Checks ask {@code /me}.
 *
 * <p>There is no separate refresh token: the long-lived token renews itself. The grant therefore
 * carries the same token as its refresh token, and both end together; each refresh hands back the
 * new one, which replaces both.
 *
 * <p>A refresh that is refused without a definitive reason may only have come too early (under 24
 * hours; Meta's exact answer to that is not documented [U]). The token is then asked {@code /me}:
 * when it still works, the refusal is no death but trouble to retry later.
 */
public final class LongLivedTokens {

    /** How long to wait before refreshing again after a refusal that looked like "too early". */
    public static final Duration TOO_EARLY_WAIT = Duration.ofHours(1);

    /**
     * What differs between Instagram Login and Threads.
     *
     * @param prefix {@code ig} or {@code th}, the grant types' prefix
     * @param tokenUrl where the code is traded (a form POST)
     * @param mePath the profile path, relative to the base URL
     * @param meFields the profile fields a check asks for
     */
    public record Flavor(String prefix, URI tokenUrl, String mePath, String meFields) {}

    private final NetworkSettings settings;
    private final GraphEdge edge;
    private final Flavor flavor;

    public LongLivedTokens(NetworkSettings settings, GraphEdge edge, Flavor flavor) {
        this.settings = settings;
        this.edge = edge;
        this.flavor = flavor;
    }

    /**
     * Code to short-lived token (with the person and granted permissions), then to a 60-day one.
     */
    public Grant exchange(String code, URI redirectUri) {
        JsonObject shortLived =
                edge.read(
                        edge.send(
                                NetworkHttp.postForm(
                                        flavor.tokenUrl(),
                                        "client_id",
                                        settings.clientId(),
                                        "client_secret",
                                        settings.clientSecret(),
                                        "grant_type",
                                        "authorization_code",
                                        "redirect_uri",
                                        redirectUri.toString(),
                                        "code",
                                        code)),
                        LongLivedTokens::tokenOf);
        JsonObject longLived =
                edge.read(
                        edge.get(
                                settings.baseUrl().resolve("access_token"),
                                "grant_type",
                                flavor.prefix() + "_exchange_token",
                                "client_secret",
                                settings.clientSecret(),
                                "access_token",
                                shortLived.getString("access_token")),
                        token -> token);
        return grant(
                longLived,
                GraphJson.scopes(shortLived.get("permissions")),
                GraphJson.id(shortLived, "user_id"));
    }

    /** Renews a long-lived token with itself; see the class for "too early". */
    public Renewal refresh(String token) {
        Answer answer =
                edge.get(
                        settings.baseUrl().resolve("refresh_access_token"),
                        "grant_type",
                        flavor.prefix() + "_refresh_token",
                        "access_token",
                        token);
        if (answer.status() == 200) {
            return new Renewal.Renewed(answer.json(renewed -> grant(renewed, Set.of(), null)));
        }
        Verdict.Dead refused = edge.rejection(answer, null);
        if (refused.cause() != Cause.UNKNOWN) {
            return new Renewal.Refused(refused);
        }
        if (inspect(token) instanceof Verdict.Dead dead) {
            return new Renewal.Refused(
                    dead.cause() == Cause.UNKNOWN
                            ? new Verdict.Dead(
                                    Cause.REFRESH_FAILED, refused.rawCode(), refused.rawMessage())
                            : dead);
        }
        throw new NetworkTrouble(
                Kind.RATE_LIMITED,
                TOO_EARLY_WAIT,
                "refresh-too-early",
                answer.call()
                        + " refused a refresh of a token that still works ("
                        + refused.rawCode()
                        + "); probably under 24 hours old");
    }

    /**
     * Asks {@code /me} with the token: it works, or the error says why not. The answer has no
     * expiry, so the valid verdict carries none [see the report on Verdict.Valid].
     */
    public Verdict inspect(String token) {
        Answer answer =
                edge.get(
                        settings.baseUrl().resolve(flavor.mePath()),
                        "fields",
                        flavor.meFields(),
                        "access_token",
                        token);
        if (answer.status() != 200) {
            return edge.rejection(answer, null);
        }
        return answer.json(
                me -> {
                    if (GraphJson.id(me, "id") == null && GraphJson.id(me, "user_id") == null) {
                        throw new IllegalStateException("a profile without an id");
                    }
                    return new Verdict.Valid(null, null, Set.of());
                });
    }

    /** The profile, with the fields asked for; a refused token is thrown as a refusal. */
    public JsonObject me(String token, String fields) {
        return edge.read(
                edge.get(
                        settings.baseUrl().resolve(flavor.mePath()),
                        "fields",
                        fields,
                        "access_token",
                        token),
                me -> me);
    }

    /**
     * A long-lived token answer: the token renews itself, so it is its own refresh token and ends
     * with it.
     */
    private Grant grant(JsonObject answer, Set<String> scopes, String userId) {
        String token = answer.getString("access_token");
        java.time.Instant expiresAt = GraphJson.after(edge.now(), answer, "expires_in");
        return new Grant(token, token, expiresAt, expiresAt, scopes, userId);
    }

    /**
     * The short-lived token answer: Instagram Login wraps it in {@code {"data":[{…}]}} [D], Threads
     * (and Instagram's older answer) sends it flat {@code {"access_token","user_id"}}.
     */
    private static JsonObject tokenOf(JsonObject answer) {
        JsonObject token =
                answer.get("data") instanceof JsonArray data ? data.getJsonObject(0) : answer;
        token.getString("access_token");
        return token;
    }
}
