package io.relink.reconnect.entity;

import io.relink.networks.NetworkType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request to delete a person's data that a network sent on their behalf, known by the
 * confirmation code the network shows the person.
 *
 * <p>Life cycle: written when the request is carried out, in the same transaction as the erasure it
 * tells of (so it is {@link Status#COMPLETED} from the start), then only read, through its status
 * URL. It holds no id of the person, only the SHA-256 of it.
 */
@Entity
@Table(name = "data_deletion")
public class DataDeletion {

    /** What became of a request; only COMPLETED exists while erasure happens within the request. */
    public enum Status {
        PENDING,
        COMPLETED
    }

    /** The SHA-256 of the confirmation code, in hex: the code itself is a secret, not kept. */
    @Id
    @Column(name = "confirmation_code", length = 64)
    private String codeSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NetworkType network;

    @Column(name = "external_user_sha256", nullable = false, length = 64)
    private String externalUserSha256;

    @Column(name = "tokens_erased", nullable = false)
    private int tokensErased;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected DataDeletion() {}

    public DataDeletion(
            String codeSha256,
            NetworkType network,
            String externalUserSha256,
            Instant requestedAt) {
        this.codeSha256 = codeSha256;
        this.network = network;
        this.externalUserSha256 = externalUserSha256;
        this.requestedAt = requestedAt;
    }

    /** The erasure is done: this many tokens lost their secrets. */
    public void completed(int tokensErased, Instant at) {
        this.tokensErased = tokensErased;
        this.completedAt = at;
    }

    public String codeSha256() {
        return codeSha256;
    }

    public NetworkType network() {
        return network;
    }

    public String externalUserSha256() {
        return externalUserSha256;
    }

    public int tokensErased() {
        return tokensErased;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Status status() {
        return completedAt == null ? Status.PENDING : Status.COMPLETED;
    }
}
