package io.relink.networks.linkedin;

import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Verdict;
import io.relink.networks.linkedin.LinkedInCauses.Step;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads LinkedIn's JSON answers into Relink's records. Pure; a field that is missing or of another
 * type throws, and {@link io.relink.networks.NetworkHttp.Answer#json} turns that into a malformed
 * answer.
 */
final class LinkedInAnswers {

    static final String PERSON_URN = "urn:li:person:";
    static final String ORGANIZATION_URN = "urn:li:organization:";

    /**
     * What refresh tokens live when the first answer does not say: 365 days from the consent [D].
     */
    static final Duration REFRESH_LIFETIME = Duration.ofDays(365);

    private static final Pattern ORGANIZATION = Pattern.compile("(?:urn:li:organization:)?(\\d+)");

    private LinkedInAnswers() {}

    /**
     * An introspection answer ({@code active}, {@code status}, {@code expires_at}, {@code
     * created_at}, comma-separated {@code scope}).
     */
    static Introspection introspection(JsonObject answer) {
        return new Introspection(
                answer.getBoolean("active"),
                answer.getString("status", null),
                epochSeconds(answer, "expires_at"),
                epochSeconds(answer, "created_at"),
                scopes(answer.getString("scope", "")));
    }

    /**
     * A token answer; lifetimes count from {@code now}. A refresh answers the same refresh token,
     * or none: then the one held stays. Its {@code refresh_token_expires_in} is what is left of the
     * 365 days of the first consent, so the end it gives is the original one; without it, no end is
     * given and Relink keeps the one it stored. Only a first grant may assume the documented 365
     * days.
     *
     * @param heldRefreshToken the refresh token just traded, or null for a code exchange
     */
    static Grant grant(JsonObject answer, Instant now, String heldRefreshToken) {
        String refresh = answer.getString("refresh_token", heldRefreshToken);
        Instant refreshEnds = after(now, answer.getJsonNumber("refresh_token_expires_in"));
        if (refreshEnds == null && refresh != null && heldRefreshToken == null) {
            refreshEnds = now.plus(REFRESH_LIFETIME);
        }
        return new Grant(
                answer.getString("access_token"),
                refresh,
                after(now, answer.getJsonNumber("expires_in")),
                refreshEnds,
                scopes(answer.getString("scope", "")),
                null);
    }

    /**
     * An error of the REST API, in LinkedIn's {@code {status, serviceErrorCode, code, message}}
     * shape.
     */
    static Verdict apiError(int status, JsonObject answer) {
        JsonNumber service =
                answer.get("serviceErrorCode") instanceof JsonNumber number ? number : null;
        return LinkedInCauses.ofApiError(
                status,
                answer.getString("code", null),
                service == null ? null : service.intValueExact(),
                answer.getString("message", null));
    }

    /** An error of an OAuth endpoint ({@code {error, error_description}}). */
    static Verdict.Dead oauthError(int status, JsonObject answer, Step step) {
        return LinkedInCauses.ofOAuthError(
                status,
                answer.getString("error", null),
                answer.getString("error_description", null),
                step);
    }

    /**
     * One page of {@code organizationAcls}: the organizations administered, and where the next page
     * starts (-1: none).
     */
    static AclPage aclPage(JsonObject answer) {
        List<String> administered = new ArrayList<>();
        List<JsonValue> elements = answer.getJsonArray("elements");
        for (JsonValue value : elements) {
            JsonObject acl = value.asJsonObject();
            // The finder filters already; checking again keeps a widened answer from passing a lost
            // role.
            if ("ADMINISTRATOR".equals(acl.getString("role", null))
                    && "APPROVED".equals(acl.getString("state", null))) {
                administered.add(acl.getString("organization"));
            }
        }
        JsonObject paging = answer.getJsonObject("paging");
        int next = -1;
        if (paging != null && paging.containsKey("total")) {
            int reached = paging.getInt("start", 0) + elements.size();
            next = !elements.isEmpty() && reached < paging.getInt("total") ? reached : -1;
        }
        return new AclPage(administered, next);
    }

    /**
     * The member of OpenID Connect's {@code userinfo} ({@code sub}, {@code name}), with their own
     * profile as their first channel ({@code urn:li:person:<sub>}, the author URN posts carry).
     */
    static Discovery member(JsonObject answer) {
        String sub = answer.getString("sub");
        String name = answer.getString("name", null);
        if (name == null && answer.containsKey("given_name")) {
            name =
                    (answer.getString("given_name", "") + " " + answer.getString("family_name", ""))
                            .strip();
        }
        return new Discovery(
                sub, name, List.of(new Discovery.Reach(PERSON_URN + sub, name, "PROFILE")));
    }

    /**
     * The names of a batch get of organizations: {@code results} keyed by id, each with {@code
     * localizedName}.
     */
    static Map<String, String> organizationNames(JsonObject answer) {
        Map<String, String> names = new LinkedHashMap<>();
        JsonObject results = answer.getJsonObject("results");
        results.forEach(
                (id, organization) ->
                        names.put(
                                id, organization.asJsonObject().getString("localizedName", null)));
        return names;
    }

    /**
     * The numeric id of an organization channel ({@code urn:li:organization:123} or {@code 123}),
     * or null for a member's profile.
     */
    static String organizationId(String channelExternalId) {
        if (channelExternalId == null) {
            return null;
        }
        Matcher matcher = ORGANIZATION.matcher(channelExternalId.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static Instant epochSeconds(JsonObject answer, String field) {
        JsonNumber seconds = answer.get(field) instanceof JsonNumber number ? number : null;
        return seconds == null ? null : Instant.ofEpochSecond(seconds.longValueExact());
    }

    private static Instant after(Instant now, JsonNumber seconds) {
        return seconds == null ? null : now.plusSeconds(seconds.longValueExact());
    }

    /**
     * LinkedIn separates scopes with commas (introspection, token answers); spaces are read too.
     */
    private static Set<String> scopes(String separated) {
        return Stream.of(separated.split("[,\\s]+"))
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toSet());
    }

    /** What an introspection told. */
    record Introspection(
            boolean active,
            String status,
            Instant expiresAt,
            Instant createdAt,
            Set<String> scopes) {

        /** The verdict on its own: valid until {@code expires_at}, or dead for its status. */
        Verdict verdict() {
            return active
                    ? new Verdict.Valid(expiresAt, null, scopes)
                    : LinkedInCauses.ofIntrospection(
                            status,
                            "LinkedIn's introspection calls the token "
                                    + (status == null ? "inactive" : status)
                                    + ".");
        }
    }

    /** One page of a member's administered organizations (URNs). */
    record AclPage(List<String> organizations, int nextStart) {}
}
