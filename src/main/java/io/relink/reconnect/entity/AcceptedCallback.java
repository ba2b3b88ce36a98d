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
 * A signed callback a network sent that Relink took, known by its fingerprint only (what the
 * signature covers, hashed): its being here is what refuses a second copy.
 *
 * <p>Life cycle: written in the transaction that carries the callback out (so a callback that
 * failed is not remembered, and the network's retry is taken); never changed; deleted once {@code
 * freshUntil} passed, when a copy would be refused as stale anyway.
 */
@Entity
@Table(name = "accepted_callback")
public class AcceptedCallback {

    @Id
    @Column(length = 64)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NetworkType network;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "fresh_until", nullable = false)
    private Instant freshUntil;

    protected AcceptedCallback() {}

    public AcceptedCallback(
            String fingerprint, NetworkType network, Instant acceptedAt, Instant freshUntil) {
        this.fingerprint = fingerprint;
        this.network = network;
        this.acceptedAt = acceptedAt;
        this.freshUntil = freshUntil;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant freshUntil() {
        return freshUntil;
    }
}
