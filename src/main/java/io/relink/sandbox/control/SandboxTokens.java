package io.relink.sandbox.control;

import io.relink.sandbox.entity.Account;
import io.relink.sandbox.entity.Token;
import io.relink.sandbox.entity.TokenKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues, inspects, refreshes (with rotation) and revokes the SANDBOX network's tokens. Whether a
 * token works is decided by {@link TokenRules} from the token and its account's present state.
 */
@Stateless
public class SandboxTokens {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject SandboxSettings settings;
    @Inject SandboxOutages outages;
    @Inject AccountBook book;

    /**
     * A new access and refresh token for the account, in the given grant; their values leave only
     * here.
     */
    public SandboxAccounts.Issued issuePair(Account account, Set<String> scopes, UUID grantId) {
        Instant now = clock.instant();
        return issue(
                account,
                scopes,
                grantId,
                now.plus(settings.accessLifetime()),
                now.plus(settings.refreshLifetime()));
    }

    /**
     * A new access token living {@code accessLifetime}, with a refresh token or (like a Facebook
     * long-lived token) without one.
     */
    public SandboxAccounts.Issued issue(
            Account account,
            Set<String> scopes,
            UUID grantId,
            Duration accessLifetime,
            boolean withRefresh) {
        Instant now = clock.instant();
        return issue(
                account,
                scopes,
                grantId,
                now.plus(accessLifetime),
                withRefresh ? now.plus(settings.refreshLifetime()) : null);
    }

    /**
     * @param refreshEnd when the refresh token ends; null for no refresh token
     */
    private SandboxAccounts.Issued issue(
            Account account,
            Set<String> scopes,
            UUID grantId,
            Instant accessEnd,
            Instant refreshEnd) {
        Instant now = clock.instant();
        String scope = Scopes.format(scopes);
        String access = TokenValues.next(TokenKind.ACCESS.prefix());
        Token accessToken =
                new Token(
                        TokenValues.hash(access),
                        TokenKind.ACCESS,
                        grantId,
                        account.id(),
                        scope,
                        account.passwordVersion(),
                        now,
                        accessEnd);
        em.persist(accessToken);
        if (refreshEnd == null) {
            return new SandboxAccounts.Issued(
                    access, null, expiry(accessToken, account), null, Scopes.of(scope));
        }
        String refresh = TokenValues.next(TokenKind.REFRESH.prefix());
        Token refreshToken =
                new Token(
                        TokenValues.hash(refresh),
                        TokenKind.REFRESH,
                        grantId,
                        account.id(),
                        scope,
                        account.passwordVersion(),
                        now,
                        refreshEnd);
        em.persist(refreshToken);
        return new SandboxAccounts.Issued(
                access,
                refresh,
                expiry(accessToken, account),
                expiry(refreshToken, account),
                Scopes.of(scope));
    }

    /**
     * What the network makes of a presented token, for a page or (page null) for none.
     *
     * @param kind the kind the caller accepts, or null for either
     */
    public Inspection inspect(String value, String page, TokenKind kind) {
        Optional<Token> found = find(value).filter(t -> kind == null || t.kind() == kind);
        if (found.isEmpty()) {
            return Inspection.unknown();
        }
        Token token = found.get();
        Account account = em.find(Account.class, token.accountId());
        Boolean admin = page == null ? null : book.isAdmin(account.id(), page);
        TokenRules.Facts facts = TokenRules.Facts.of(token, account, admin);
        return new Inspection(
                account.id(),
                account.name(),
                Scopes.of(token.scopes()),
                facts.expiresAt(),
                outages.of(account.id()),
                TokenRules.verdict(facts, clock.instant()).orElse(null));
    }

    /** One inspection per item, in order, in one transaction. */
    public List<Inspection> inspectAll(List<BatchRequest.Item> items) {
        return items.stream().map(item -> inspect(item.token(), item.page(), null)).toList();
    }

    /**
     * Trades a refresh token for a new pair in the same grant. Rotation: the refresh token used
     * dies at once; of two nodes racing with one refresh token, one SQL update lets exactly one
     * win.
     */
    public Exchange refresh(String value) {
        Optional<Token> found = find(value).filter(t -> t.kind() == TokenKind.REFRESH);
        if (found.isEmpty()) {
            return new Exchange.Refused(
                    ErrorCode.INVALID_TOKEN,
                    "The refresh token is unknown, was revoked, or was already used.");
        }
        Token token = found.get();
        Account account = em.find(Account.class, token.accountId());
        Instant now = clock.instant();
        Optional<ErrorCode> refusal =
                TokenRules.verdict(TokenRules.Facts.of(token, account, null), now);
        if (refusal.isPresent()) {
            return new Exchange.Refused(refusal.get(), refusal.get().message());
        }
        int claimed =
                em.createQuery(
                                "update SandboxToken t set t.revokedAt = :now where t.id = :id and t.revokedAt is null")
                        .setParameter("now", now)
                        .setParameter("id", token.id())
                        .executeUpdate();
        if (claimed == 0) {
            return new Exchange.Refused(
                    ErrorCode.INVALID_TOKEN, "The refresh token was already used.");
        }
        // The grant does not grow with its rotations: the new pair ends when the old refresh token
        // would have (like LinkedIn's and TikTok's grants), so a scripted lifespan really ends it.
        Instant grantEnd = expiry(token, account);
        Instant accessEnd = now.plus(settings.accessLifetime());
        return new Exchange.Granted(
                issue(
                        account,
                        Scopes.of(token.scopes()),
                        token.grantId(),
                        accessEnd.isBefore(grantEnd) ? accessEnd : grantEnd,
                        grantEnd),
                account.id(),
                now);
    }

    /**
     * RFC 7009: the token stops working; a refresh token takes its whole grant (every access token
     * issued with it or before it) along. An unknown token is no error.
     */
    public void revoke(String value) {
        Optional<Token> found = find(value);
        if (found.isEmpty()) {
            return;
        }
        Token token = found.get();
        boolean grant = token.kind() == TokenKind.REFRESH;
        em.createQuery(
                        "update SandboxToken t set t.revokedAt = :now where t.revokedAt is null and "
                                + (grant ? "t.grantId = :match" : "t.id = :match"))
                .setParameter("now", clock.instant())
                .setParameter("match", grant ? token.grantId() : token.id())
                .executeUpdate();
    }

    private Optional<Token> find(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Token.BY_HASH, Token.class)
                .setParameter("hash", TokenValues.hash(value))
                .getResultStream()
                .findFirst();
    }

    private static Instant expiry(Token token, Account account) {
        return TokenRules.effectiveExpiry(
                token.expiresAt(),
                token.issuedAt(),
                account.lifespanSeconds(),
                account.lifespanFrom());
    }
}
