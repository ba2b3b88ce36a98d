package io.relink.channels.entity;

import io.relink.networks.NetworkType;
import io.relink.workspaces.entity.Workspace;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The personal social profile that granted access, e.g. the Facebook user who clicked "Continue as
 * Jane". One identity's grant can reach many channels, so its death can darken all of them.
 */
@Entity
@Table(name = "identity")
public class Identity {

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NetworkType network;

    /** The network's own id of this person (app-scoped on Meta networks). */
    @Column(name = "external_user_id", nullable = false, length = 200)
    private String externalUserId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Identity() {}

    public Identity(
            Workspace workspace,
            NetworkType network,
            String externalUserId,
            String displayName,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.workspace = workspace;
        this.network = network;
        this.externalUserId = externalUserId;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public Workspace workspace() {
        return workspace;
    }

    public NetworkType network() {
        return network;
    }

    public String externalUserId() {
        return externalUserId;
    }

    public String displayName() {
        return displayName;
    }

    /** The person's current name on the network, as discovery found it. */
    public void rename(String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName =
                    displayName.length() > 200 ? displayName.substring(0, 200) : displayName;
        }
    }
}
