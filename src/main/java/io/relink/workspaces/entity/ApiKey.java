package io.relink.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A workspace's key for the REST API. Only a hash of the key is stored; the key itself is shown
 * once, when it is made. The prefix (the first characters) lets people tell keys apart.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(
        name = ApiKey.BY_HASH,
        query =
                "select k from ApiKey k join fetch k.workspace where k.keyHash = :hash and k.revokedAt is null"
                        + " and k.workspace.archivedAt is null")
@NamedQuery(
        name = ApiKey.LIVE_BY_ID,
        query =
                "select k from ApiKey k join fetch k.workspace where k.id = :id and k.revokedAt is null"
                        + " and k.workspace.archivedAt is null")
@NamedQuery(
        name = ApiKey.OF_WORKSPACE,
        query =
                "select k from ApiKey k where k.workspace.id = :workspace order by k.createdAt desc, k.id")
public class ApiKey {

    public static final String BY_HASH = "ApiKey.byHash";
    public static final String LIVE_BY_ID = "ApiKey.liveById";
    public static final String OF_WORKSPACE = "ApiKey.ofWorkspace";

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

    /** Space-separated scopes, e.g. {@code channels:read credentials:read}. */
    @Column(nullable = false, length = 200)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    public ApiKey(
            Workspace workspace,
            String name,
            String prefix,
            String keyHash,
            Set<String> scopes,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.workspace = workspace;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.scopes = String.join(" ", scopes);
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public Workspace workspace() {
        return workspace;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Set<String> scopes() {
        return Arrays.stream(scopes.split(" "))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the key was revoked; null while it works. */
    public Instant revokedAt() {
        return revokedAt;
    }

    /** Ends the key for good; revoking twice keeps the first time. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
