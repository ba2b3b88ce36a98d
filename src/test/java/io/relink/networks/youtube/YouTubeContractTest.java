package io.relink.networks.youtube;

import static io.relink.networks.youtube.YouTubeStubs.CHANNEL;

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
 * YouTube's adapter passes the contract every network adapter passes, against stubs shaped like
 * Google and YouTube.
 */
class YouTubeContractTest extends NetworkContract {

    private YouTubeStubs stubs() {
        return new YouTubeStubs(wire);
    }

    @Override
    protected Network adapter(Duration timeout) {
        return stubs().adapter(timeout, CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new YouTubeNetwork(
                NetworkSettings.of(
                        NetworkType.YOUTUBE, "", "", base(), Duration.ofSeconds(1), Map.of()),
                CLOCK);
    }

    @Override
    protected Probe stubValidToken() {
        stubs().tokenInfo("yt-valid", 200, "tokeninfo.json")
                .channels("yt-valid", "id", 200, "channels-id.json");
        return new Probe("yt-valid", CHANNEL);
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        YouTubeStubs stubs = stubs();
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        stubs.tokenInfo("yt-invalid", 400, "tokeninfo-invalid_token.json");
        dead.put(Cause.UNKNOWN, new Probe("yt-invalid", CHANNEL));
        stubs.tokenInfo("yt-other-client", 200, "tokeninfo-other_client.json");
        dead.put(Cause.APP_PROBLEM, new Probe("yt-other-client", CHANNEL));
        stubs.tokenInfo("yt-lost", 200, "tokeninfo.json")
                .channels("yt-lost", "id", 200, "channels-other.json");
        dead.put(Cause.ADMIN_ROLE_LOST, new Probe("yt-lost", CHANNEL));
        stubs.tokenInfo("yt-scope", 200, "tokeninfo.json")
                .channels("yt-scope", "id", 403, "api-insufficient_permissions.json");
        dead.put(Cause.SCOPE_MISSING, new Probe("yt-scope", CHANNEL));
        stubs.tokenInfo("yt-signup", 200, "tokeninfo.json")
                .channels("yt-signup", "id", 401, "api-youtube_signup_required.json");
        dead.put(Cause.ACCOUNT_UNAVAILABLE, new Probe("yt-signup", CHANNEL));
        return dead;
    }

    @Override
    protected void stubExchange(String code) {
        stubs().token("code", code, 200, "token.json");
    }

    @Override
    protected void stubRefresh(String refreshToken) {
        stubs().token("refresh_token", refreshToken, 200, "refresh.json");
    }

    @Override
    protected List<Reported> reportedErrors() {
        return List.of(
                // A 401 counts; the refresh Relink then tries decides, as for a check.
                Reported.dead("youtube/api-auth_error.json", 401, Cause.UNKNOWN, "401/authError"),
                Reported.dead(
                        "youtube/api-youtube_signup_required.json",
                        401,
                        Cause.ACCOUNT_UNAVAILABLE,
                        "401/youtubeSignupRequired"),
                Reported.dead(
                        "youtube/api-insufficient_permissions.json",
                        403,
                        Cause.SCOPE_MISSING,
                        "403/insufficientPermissions"),
                Reported.dead(
                        "youtube/api-access_not_configured.json",
                        403,
                        Cause.APP_PROBLEM,
                        "403/accessNotConfigured"),
                Reported.trouble("youtube/api-quota_exceeded.json", 403, Kind.RATE_LIMITED),
                Reported.trouble("youtube/api-rate_limit_exceeded.json", 403, Kind.RATE_LIMITED),
                Reported.ignored("youtube/api-forbidden.json", 403),
                Reported.trouble("youtube/garbage.html", 401, Kind.MALFORMED_ANSWER),
                Reported.ignored("youtube/channels-id.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        stubs().userinfo(accessToken, 200, "userinfo.json")
                .channels(accessToken, "snippet", 200, "channels-snippet.json");
    }
}
