package io.relink.security.oidc;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.relink.security.oidc.OidcClient.Refused;
import io.relink.security.oidc.OidcClient.Verified;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the person out of a validated ID token: who they are at the provider, their e-mail address
 * (required), their name and their groups, under the claim names the provider uses.
 */
final class OidcClaims {

    private OidcClaims() {}

    /**
     * @param emailClaim the claim that holds the e-mail address; a token without it is refused
     * @param groupsClaim the claim that holds the groups: an array of strings or one string
     * @param provider the provider's name, for the refusal
     */
    static Verified verified(
            IDTokenClaimsSet claims, String emailClaim, String groupsClaim, String provider) {
        String email = text(claims.getClaim(emailClaim));
        if (email == null) {
            throw new Refused(
                    provider
                            + " did not tell your e-mail address (claim '"
                            + emailClaim
                            + "'), which Relink needs to know who you are. Please tell whoever runs"
                            + " "
                            + provider
                            + ".");
        }
        String name = text(claims.getClaim("name"));
        if (name == null) {
            name = text(claims.getClaim("preferred_username"));
        }
        return new Verified(
                claims.getIssuer().getValue(),
                claims.getSubject().getValue(),
                email,
                isTrue(claims.getClaim("email_verified")),
                name == null ? email : name,
                groups(claims.getClaim(groupsClaim)));
    }

    /**
     * An array of strings, or one string (some providers send a single group so); anything else, or
     * nothing, is no group.
     */
    static Set<String> groups(Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            for (Object one : many) {
                String group = text(one);
                if (group != null) {
                    groups.add(group);
                }
            }
        } else if (text(claim) != null) {
            groups.add(text(claim));
        }
        return groups;
    }

    /** A JSON boolean, or the string "true" that some providers send instead. */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(text(claim));
    }

    private static String text(Object claim) {
        return claim instanceof String value && !value.isBlank() ? value.strip() : null;
    }
}
