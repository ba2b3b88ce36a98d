package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use authorization code, bound to the client, redirect URI, scopes and PKCE challenge of
 * the consent that made it. Stored as a hash; claimed by deleting its row, so that of two nodes
 * racing for one code exactly one wins.
 */
@Entity(name = "SandboxCode")
@Table(name = "sandbox_code")
public class AuthorizationCode {

    @Id
    @Column(name = "code_hash", length = 64)
    private String hash;

    @Column(name = "account_id", nullable = false, length = 100)
    private String accountId;

    @Column(name = "client_id", nullable = false, length = 200)
    private String clientId;

    @Column(name = "redirect_uri", nullable = false, length = 2000)
    private String redirectUri;

    @Column(nullable = false, length = 100)
    private String scopes;

    /** The S256 challenge, or null when the client sent none. */
    @Column(name = "code_challenge", length = 128)
    private String codeChallenge;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AuthorizationCode() {}

    public AuthorizationCode(
            String hash,
            String accountId,
            String clientId,
            String redirectUri,
            String scopes,
            String codeChallenge,
            Instant expiresAt) {
        this.hash = hash;
        this.accountId = accountId;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.scopes = scopes;
        this.codeChallenge = codeChallenge;
        this.expiresAt = expiresAt;
    }

    public String accountId() {
        return accountId;
    }

    public String clientId() {
        return clientId;
    }

    public String redirectUri() {
        return redirectUri;
    }

    public String scopes() {
        return scopes;
    }

    public String codeChallenge() {
        return codeChallenge;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
