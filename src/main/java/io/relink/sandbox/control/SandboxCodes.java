package io.relink.sandbox.control;

import io.relink.problems.ProblemException;
import io.relink.sandbox.entity.Account;
import io.relink.sandbox.entity.AuthorizationCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The authorization code step of OAuth: a consent makes a single-use code that lives ten minutes,
 * bound to the client, redirect URI, scopes and PKCE challenge; the token endpoint trades it for a
 * token pair once.
 */
@Stateless
public class SandboxCodes {

    /** RFC 6749 recommends at most ten minutes. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    static final String PREFIX = "sbx_code_";

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject AccountBook book;
    @Inject SandboxTokens tokens;

    /**
     * The account allowed the request: the app is authorized again, and the returned code is the
     * only copy.
     */
    public String grant(String accountId, AuthorizeRequest request) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw ProblemException.invalidParameter(
                    "account", "No sandbox account '" + accountId + "'.");
        }
        book.authorizeApp(account);
        Instant now = clock.instant();
        // Housekeeping: codes nobody traded are of no use once they lapsed.
        em.createQuery("delete from SandboxCode c where c.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
        String code = TokenValues.next(PREFIX);
        em.persist(
                new AuthorizationCode(
                        TokenValues.hash(code),
                        accountId,
                        request.clientId(),
                        request.redirectUri().toString(),
                        Scopes.format(request.scopes()),
                        request.codeChallenge(),
                        now.plus(LIFETIME)));
        return code;
    }

    /**
     * Trades a code for tokens. The code is used up by the first attempt, right or wrong, so that a
     * stolen code cannot be tried against many verifiers.
     */
    public Exchange exchange(
            String code, String redirectUri, String codeVerifier, String clientId) {
        String hash = TokenValues.hash(code);
        AuthorizationCode stored = em.find(AuthorizationCode.class, hash);
        if (stored == null) {
            return refused("The code is unknown or was already used.");
        }
        if (em.createQuery("delete from SandboxCode c where c.hash = :hash")
                        .setParameter("hash", hash)
                        .executeUpdate()
                == 0) {
            return refused("The code was already used.");
        }
        Instant now = clock.instant();
        if (!now.isBefore(stored.expiresAt())) {
            return refused("The code expired: codes live " + LIFETIME.toMinutes() + " minutes.");
        }
        if (!stored.clientId().equals(clientId)) {
            return refused("The code was issued to another client.");
        }
        if (!stored.redirectUri().equals(redirectUri)) {
            return refused("redirect_uri differs from the one the code was issued for.");
        }
        if (stored.codeChallenge() != null
                && !Pkce.verifies(codeVerifier, stored.codeChallenge())) {
            return refused("code_verifier does not match the code_challenge (S256).");
        }
        Account account = em.find(Account.class, stored.accountId());
        return new Exchange.Granted(
                tokens.issuePair(account, Scopes.of(stored.scopes()), UUID.randomUUID()),
                account.id(),
                now);
    }

    private static Exchange refused(String description) {
        return new Exchange.Refused(ErrorCode.INVALID_TOKEN, description);
    }
}
