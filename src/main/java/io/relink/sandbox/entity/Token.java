package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An access or refresh token the SANDBOX network issued. Only the SHA-256 of its value is stored:
 * the value itself leaves once, in the token answer.
 *
 * <p>Life cycle: issued in pairs that share a grant (one consent and all its refreshes); a refresh
 * revokes the refresh token it used (rotation); revoking a refresh token revokes its whole grant.
 * Everything else that kills a token (expiry, password change, app removal, ...) is decided when it
 * is presented, from the account's state, so that a restore can bring it back.
 */
@Entity(name = "SandboxToken")
@Table(name = "sandbox_token")
@NamedQuery(name = Token.BY_HASH, query = "select t from SandboxToken t where t.hash = :hash")
public class Token {

    public static final String BY_HASH = "SandboxToken.byHash";

    @Id private UUID id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String hash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TokenKind kind;

    @Column(name = "grant_id", nullable = false)
    private UUID grantId;

    @Column(name = "account_id", nullable = false, length = 100)
    private String accountId;

    /** Space-separated, in canonical order. */
    @Column(nullable = false, length = 100)
    private String scopes;

    @Column(name = "password_version", nullable = false)
    private int passwordVersion;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    /** The lifetime it was issued with; a scripted lifespan may end it sooner. */
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Token() {}

    public Token(
            String hash,
            TokenKind kind,
            UUID grantId,
            String accountId,
            String scopes,
            int passwordVersion,
            Instant issuedAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.hash = hash;
        this.kind = kind;
        this.grantId = grantId;
        this.accountId = accountId;
        this.scopes = scopes;
        this.passwordVersion = passwordVersion;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public UUID id() {
        return id;
    }

    public TokenKind kind() {
        return kind;
    }

    public UUID grantId() {
        return grantId;
    }

    public String accountId() {
        return accountId;
    }

    public String scopes() {
        return scopes;
    }

    public int passwordVersion() {
        return passwordVersion;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
