package io.relink.tokens.control;

import io.relink.security.KeyRing;
import io.relink.tokens.entity.AccessToken;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Puts a token's secrets into storage sealed, and takes them out again at the one edge that uses
 * them. Each secret is bound to its token and its role (access or refresh), so a sealed value
 * moved to another row does not open.
 */
@Stateless
public class TokenVault {

    @Inject KeyRing keys;

    public void store(AccessToken token, String accessSecret, String refreshSecret) {
        token.storeSecrets(
                keys.sealer().seal(accessSecret, context(token, "access")),
                refreshSecret == null ? null : keys.sealer().seal(refreshSecret, context(token, "refresh")));
    }

    public String openAccess(AccessToken token) {
        return keys.sealer().open(token.sealedAccess(), context(token, "access"));
    }

    static String context(AccessToken token, String role) {
        return "token:" + token.id() + ":" + role;
    }
}
