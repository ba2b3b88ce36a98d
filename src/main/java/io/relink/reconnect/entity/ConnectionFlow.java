package io.relink.reconnect.entity;

import io.relink.networks.NetworkType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One OAuth authorization code flow Relink started. Life cycle: made when someone asks to connect,
 * reconnect or add a token (with a fresh state and PKCE verifier), {@link #use used} by the first
 * callback that brings its state back before {@link #expiresAt()}, then holds the outcome. It is
 * never used twice. Only the state's hash is stored.
 */
@Entity
@Table(name = "authorization_flow")
public class ConnectionFlow {

    @Id private UUID id;

    @Column(name = "state_hash", nullable = false, length = 64)
    private String stateHash;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NetworkType network;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "channel_id")
    private UUID channelId;

    @Column(name = "identity_id")
    private UUID identityId;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "code_verifier")
    private byte[] sealedVerifier;

    @Column(name = "redirect_uri", nullable = false, length = 500)
    private String redirectUri;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    // One line per channel reached: a person managing hundreds of Pages outgrows any small limit
    // (V13).
    @Column(length = 1_000_000)
    private String outcome;

    protected ConnectionFlow() {}

    public ConnectionFlow(
            UUID id,
            String stateHash,
            UUID workspaceId,
            NetworkType network,
            Purpose purpose,
            UUID channelId,
            UUID identityId,
            UUID memberId,
            String actor,
            String redirectUri,
            Instant createdAt,
            Instant expiresAt) {
        this.id = id;
        this.stateHash = stateHash;
        this.workspaceId = workspaceId;
        this.network = network;
        this.purpose = purpose;
        this.channelId = channelId;
        this.identityId = identityId;
        this.memberId = memberId;
        this.actor = actor;
        this.redirectUri = redirectUri;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public void sealVerifier(byte[] sealed) {
        this.sealedVerifier = sealed;
    }

    /** The first callback takes the request; the verifier is not needed after and is dropped. */
    public void use(Instant at) {
        this.usedAt = at;
    }

    public void finish(String outcome) {
        this.outcome = outcome;
        this.sealedVerifier = null;
    }

    public UUID id() {
        return id;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public NetworkType network() {
        return network;
    }

    public Purpose purpose() {
        return purpose;
    }

    public UUID channelId() {
        return channelId;
    }

    public UUID identityId() {
        return identityId;
    }

    public UUID memberId() {
        return memberId;
    }

    public String actor() {
        return actor;
    }

    public byte[] sealedVerifier() {
        return sealedVerifier;
    }

    public String redirectUri() {
        return redirectUri;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public String outcome() {
        return outcome;
    }
}
