package io.relink.sandbox.control;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the network found out about a presented token: whose it is, whether that account is in an
 * outage, and whether the token works.
 *
 * @param accountId null when the token is unknown
 * @param trouble the running outage of the token's account, which answers instead of the token
 * @param error why the token does not work, or null when it does
 */
public record Inspection(
        String accountId,
        String accountName,
        Set<String> scopes,
        Instant expiresAt,
        Optional<Trouble> trouble,
        ErrorCode error) {

    public static Inspection unknown() {
        return new Inspection(
                null, null, Set.of(), null, Optional.empty(), ErrorCode.INVALID_TOKEN);
    }

    public boolean works() {
        return error == null;
    }
}
