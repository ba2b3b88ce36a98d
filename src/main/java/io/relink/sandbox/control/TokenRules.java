package io.relink.sandbox.control;

import io.relink.sandbox.entity.Account;
import io.relink.sandbox.entity.Token;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a presented token still works, and if not, which one {@link ErrorCode} it gets.
 * The checks run in the contract's order: unknown or revoked, expired, disabled, checkpoint, app
 * revoked, password changed, page admin, scope. The first that fails wins, so a token of a disabled
 * account that also expired says {@code token_expired}.
 */
public final class TokenRules {

    private TokenRules() {}

    /**
     * What is known about a presented token.
     *
     * @param expiresAt the effective expiry (lifespan included), see {@link #effectiveExpiry}
     * @param pageAdmin whether the account administers the page asked about; null when no page was
     *     asked
     */
    public record Facts(
            boolean known,
            boolean revoked,
            Instant expiresAt,
            boolean disabled,
            boolean checkpoint,
            boolean appRevoked,
            boolean passwordChanged,
            Boolean pageAdmin,
            boolean scopeWithdrawn) {

        public static Facts unknown() {
            return new Facts(false, false, null, false, false, false, false, null, false);
        }

        /** The facts of a stored token of an account, in the account's present state. */
        public static Facts of(Token token, Account account, Boolean pageAdmin) {
            Set<String> withdrawn = Scopes.of(account.withdrawnScopes());
            return new Facts(
                    true,
                    token.revokedAt() != null,
                    effectiveExpiry(
                            token.expiresAt(),
                            token.issuedAt(),
                            account.lifespanSeconds(),
                            account.lifespanFrom()),
                    account.disabled(),
                    account.atCheckpoint(),
                    account.appRevoked(),
                    token.passwordVersion() < account.passwordVersion(),
                    pageAdmin,
                    Scopes.of(token.scopes()).stream().anyMatch(withdrawn::contains));
        }
    }

    /** The first rule the token breaks, or empty when it works. */
    public static Optional<ErrorCode> verdict(Facts facts, Instant now) {
        if (!facts.known() || facts.revoked()) {
            return Optional.of(ErrorCode.INVALID_TOKEN);
        }
        if (!now.isBefore(facts.expiresAt())) {
            return Optional.of(ErrorCode.TOKEN_EXPIRED);
        }
        if (facts.disabled()) {
            return Optional.of(ErrorCode.ACCOUNT_DISABLED);
        }
        if (facts.checkpoint()) {
            return Optional.of(ErrorCode.CHECKPOINT);
        }
        if (facts.appRevoked()) {
            return Optional.of(ErrorCode.APP_REVOKED);
        }
        if (facts.passwordChanged()) {
            return Optional.of(ErrorCode.PASSWORD_CHANGED);
        }
        if (Boolean.FALSE.equals(facts.pageAdmin())) {
            return Optional.of(ErrorCode.NOT_PAGE_ADMIN);
        }
        if (facts.scopeWithdrawn()) {
            return Optional.of(ErrorCode.SCOPE_MISSING);
        }
        return Optional.empty();
    }

    /**
     * When a token really ends. A scripted lifespan of N seconds caps every token of the account:
     * one issued after the script lives at most N seconds from its issue, one issued before it at
     * most N seconds from the script (so that "current" tokens do not all die at the instant the
     * lifespan is set). Without a lifespan, the token's own expiry.
     */
    public static Instant effectiveExpiry(
            Instant expiresAt, Instant issuedAt, Long lifespanSeconds, Instant lifespanFrom) {
        if (lifespanSeconds == null || lifespanFrom == null) {
            return expiresAt;
        }
        Instant start = issuedAt.isAfter(lifespanFrom) ? issuedAt : lifespanFrom;
        Instant capped = start.plusSeconds(lifespanSeconds);
        return capped.isBefore(expiresAt) ? capped : expiresAt;
    }
}
