package io.relink.sandbox.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The client credentials a call to the OAuth endpoints brought: HTTP Basic (RFC 6749 section 2.3.1:
 * both parts form-encoded, then base64) or the form fields {@code client_id} and {@code
 * client_secret}. toString hides the secret.
 */
public record ClientCredentials(String id, String secret) {

    private static final String BASIC = "Basic ";

    /** Basic wins over form fields, as RFC 6749 prefers it; empty when neither is complete. */
    public static Optional<ClientCredentials> from(
            String authorization, String formId, String formSecret) {
        if (authorization != null
                && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).strip());
        }
        if (formId != null && formSecret != null) {
            return Optional.of(new ClientCredentials(formId, formSecret));
        }
        return Optional.empty();
    }

    /** Both parts compared in constant time, so that timing tells nothing about the secret. */
    public boolean matches(String expectedId, String expectedSecret) {
        boolean idMatches = MessageDigest.isEqual(bytes(id), bytes(expectedId));
        boolean secretMatches = MessageDigest.isEqual(bytes(secret), bytes(expectedSecret));
        return idMatches & secretMatches;
    }

    @Override
    public String toString() {
        return "ClientCredentials[id=" + id + ", secret=***]";
    }

    private static Optional<ClientCredentials> basic(String encoded) {
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(
                    new ClientCredentials(
                            URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                            URLDecoder.decode(
                                    decoded.substring(colon + 1), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }
}
