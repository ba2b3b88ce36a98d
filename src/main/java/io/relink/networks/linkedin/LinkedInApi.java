package io.relink.networks.linkedin;

import io.relink.networks.Discovery;
import io.relink.networks.NetworkHttp;
import io.relink.networks.NetworkHttp.Answer;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.NetworkType;
import io.relink.networks.Verdict;
import io.relink.networks.linkedin.LinkedInAnswers.AclPage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Asks LinkedIn's REST API ({@code api.linkedin.com}) what a member's token reaches: who the member
 * is, and which organizations they administer, by name. Every request carries the member's token,
 * Rest.li 2.0 and the Marketing API version Relink speaks.
 */
final class LinkedInApi {

    /**
     * At most this many ACL pages (of {@link #ACL_PAGE}) are read: far beyond any member's
     * organizations.
     */
    static final int ACL_PAGES = 20;

    static final int ACL_PAGE = 100;

    private static final String NAME = NetworkType.LINKEDIN.displayName();

    private final Function<HttpRequest.Builder, Answer> send;
    private final URI base;
    private final String version;

    /**
     * @param send the adapter's way to send (it pauses LinkedIn on a 429)
     * @param version the {@code LinkedIn-Version} header, {@code YYYYMM}
     */
    LinkedInApi(Function<HttpRequest.Builder, Answer> send, URI base, String version) {
        this.send = send;
        this.base = base;
        this.version = version;
    }

    /** The member of OpenID Connect's {@code userinfo}, with their own profile as a channel. */
    Discovery member(String accessToken) {
        Answer answer = get("v2/userinfo", accessToken);
        if (answer.status() != 200) {
            throw new NetworkRefusal(
                    NAME,
                    dead(answer.json(error -> LinkedInAnswers.apiError(answer.status(), error))));
        }
        return answer.json(LinkedInAnswers::member);
    }

    /**
     * The URNs of the organizations the member is an approved ADMINISTRATOR of, page after page; or
     * the API's refusal (401 for a dead token, 403 for a token without the organization
     * permissions).
     */
    Administered administered(String accessToken) {
        List<String> organizations = new ArrayList<>();
        int start = 0;
        for (int page = 0; page < ACL_PAGES && start >= 0; page++) {
            Answer answer =
                    get(
                            "rest/organizationAcls?"
                                    + NetworkHttp.encode(
                                            "q",
                                            "roleAssignee",
                                            "role",
                                            "ADMINISTRATOR",
                                            "state",
                                            "APPROVED",
                                            "start",
                                            String.valueOf(start),
                                            "count",
                                            String.valueOf(ACL_PAGE)),
                            accessToken);
            if (answer.status() != 200) {
                return new Administered(
                        List.of(),
                        dead(
                                answer.json(
                                        error ->
                                                LinkedInAnswers.apiError(answer.status(), error))));
            }
            AclPage acls = answer.json(LinkedInAnswers::aclPage);
            organizations.addAll(acls.organizations());
            start = acls.nextStart();
        }
        return new Administered(organizations, null);
    }

    /**
     * The organizations' names by id; a refused lookup leaves them unnamed: names are only for
     * people.
     */
    Map<String, String> names(List<String> ids, String accessToken) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // Rest.li 2.0 list syntax: the parentheses and commas stay unencoded.
        Answer answer =
                get("rest/organizations?ids=List(" + String.join(",", ids) + ")", accessToken);
        return answer.status() == 200 ? answer.json(LinkedInAnswers::organizationNames) : Map.of();
    }

    private Answer get(String path, String accessToken) {
        return send.apply(
                NetworkHttp.get(base.resolve(path))
                        .header("Authorization", NetworkHttp.bearer(accessToken))
                        .header("X-Restli-Protocol-Version", "2.0.0")
                        .header("LinkedIn-Version", version));
    }

    /** A verdict that must be definitive: an error answer's 429 or 5xx is trouble, thrown. */
    private static Verdict.Dead dead(Verdict verdict) {
        if (verdict instanceof Verdict.Transient trouble) {
            throw new NetworkTrouble(
                    trouble.kind(),
                    trouble.retryAfter(),
                    trouble.rawCode(),
                    NAME + " answered " + trouble.rawCode());
        }
        return (Verdict.Dead) verdict;
    }

    /** A member's administered organizations (URNs), or the refusal that stood in for them. */
    record Administered(List<String> organizations, Verdict.Dead refusal) {}
}
