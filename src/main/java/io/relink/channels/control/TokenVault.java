package io.relink.channels.control;

import io.relink.channels.entity.AccessToken;
import io.relink.security.KeyRing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Puts a token's secrets into storage sealed, and takes them out again at the one edge that uses
 * them. Each secret is bound to its token and its role (access or refresh), so a sealed value moved
 * to another row does not open.
 */
@Stateless
public class TokenVault {

    @Inject KeyRing keys;

    public void store(AccessToken token, String accessSecret, String refreshSecret) {
        token.storeSecrets(
                keys.sealer().seal(accessSecret, context(token.id(), "access")),
                refreshSecret == null
                        ? null
                        : keys.sealer().seal(refreshSecret, context(token.id(), "refresh")));
    }

    public String openAccess(AccessToken token) {
        return openAccess(token.id(), token.sealedAccess());
    }

    public String openAccess(UUID tokenId, byte[] sealed) {
        return keys.sealer().open(sealed, context(tokenId, "access"));
    }

    public String openRefresh(UUID tokenId, byte[] sealed) {
        return keys.sealer().open(sealed, context(tokenId, "refresh"));
    }

    static String context(UUID tokenId, String role) {
        return "token:" + tokenId + ":" + role;
    }
}
