package io.relink.networks.linkedin;

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
 * LinkedIn's adapter passes the contract every network adapter passes, against stubs shaped like
 * LinkedIn.
 */
class LinkedInContractTest extends NetworkContract {

    static final String ORGANIZATION = "urn:li:organization:2414183";

    private LinkedInStubs stubs() {
        return new LinkedInStubs(wire);
    }

    @Override
    protected Network adapter(Duration timeout) {
        return stubs().adapter(timeout, CLOCK);
    }

    @Override
    protected Network unconfigured() {
        return new LinkedInNetwork(
                NetworkSettings.of(
                        NetworkType.LINKEDIN, "", "", base(), Duration.ofSeconds(1), Map.of()),
                CLOCK);
    }

    @Override
    protected Probe stubValidToken() {
        stubs().introspection("li-valid", 200, "introspect-active.json")
                .acls("li-valid", 200, "acls.json");
        return new Probe("li-valid", ORGANIZATION);
    }

    @Override
    protected Map<Cause, Probe> stubDeadTokens() {
        LinkedInStubs stubs = stubs();
        Map<Cause, Probe> dead = new LinkedHashMap<>();
        stubs.introspection("li-revoked", 200, "introspect-revoked.json");
        dead.put(Cause.REVOKED_BY_USER, new Probe("li-revoked", "urn:li:person:782bbtaQ"));
        stubs.introspection("li-expired", 200, "introspect-expired.json");
        dead.put(Cause.LIFESPAN_ENDED, new Probe("li-expired", ORGANIZATION));
        stubs.introspection("li-unknown", 200, "introspect-inactive.json");
        dead.put(Cause.UNKNOWN, new Probe("li-unknown", null));
        stubs.introspection("li-app", 401, "oauth-invalid_client.json");
        dead.put(Cause.APP_PROBLEM, new Probe("li-app", null));
        stubs.introspection("li-not-admin", 200, "introspect-active.json")
                .acls("li-not-admin", 200, "acls-other.json");
        dead.put(Cause.ADMIN_ROLE_LOST, new Probe("li-not-admin", ORGANIZATION));
        stubs.introspection("li-no-scope", 200, "introspect-active.json")
                .acls("li-no-scope", 403, "api-access_denied.json");
        dead.put(Cause.SCOPE_MISSING, new Probe("li-no-scope", ORGANIZATION));
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
                Reported.dead(
                        "linkedin/api-revoked.json",
                        401,
                        Cause.REVOKED_BY_USER,
                        "401/REVOKED_ACCESS_TOKEN/65601"),
                Reported.dead(
                        "linkedin/api-expired.json",
                        401,
                        Cause.LIFESPAN_ENDED,
                        "401/EXPIRED_ACCESS_TOKEN/65602"),
                Reported.dead(
                        "linkedin/api-invalid.json",
                        401,
                        Cause.UNKNOWN,
                        "401/INVALID_ACCESS_TOKEN/65600"),
                Reported.dead(
                        "linkedin/api-access_denied.json",
                        403,
                        Cause.SCOPE_MISSING,
                        "403/ACCESS_DENIED/100"),
                // A duplicate post is about the post: the token is not in question.
                Reported.ignored("linkedin/api-duplicate.json", 422),
                Reported.trouble("linkedin/garbage.html", 401, Kind.MALFORMED_ANSWER),
                Reported.ignored("linkedin/userinfo.json", 200));
    }

    @Override
    protected void stubDiscovery(String accessToken) {
        stubs().userinfo(accessToken, 200, "userinfo.json")
                .acls(accessToken, 200, "acls.json")
                .organizations(accessToken, 200, "organizations.json");
    }
}
