package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person on the SANDBOX network and the fate the scripting API gave them.
 *
 * <p>Life cycle: created (or renamed) by an upsert; its flags are then set and cleared by the
 * scripting API, always with single SQL updates so that several nodes never lose each other's
 * changes. It is never deleted. A password change only ever counts up: tokens remember the version
 * they were issued under, and an older version is dead for good.
 *
 * <p>The entity name is prefixed because JPQL names are global to the persistence unit, and
 * "Account" is a word Relink itself may want one day.
 */
@Entity(name = "SandboxAccount")
@Table(name = "sandbox_account")
public class Account extends Named {

    @Column(name = "password_version", nullable = false)
    private int passwordVersion;

    @Column(name = "app_revoked", nullable = false)
    private boolean appRevoked;

    @Column(name = "at_checkpoint", nullable = false)
    private boolean atCheckpoint;

    @Column(nullable = false)
    private boolean disabled;

    /** Space-separated scopes the account took back from the app, in canonical order. */
    @Column(name = "withdrawn_scopes", nullable = false, length = 100)
    private String withdrawnScopes;

    /** When set, no token of the account lives longer than this many seconds. */
    @Column(name = "lifespan_seconds")
    private Long lifespanSeconds;

    /** When the lifespan was scripted: tokens issued before it count their lifespan from here. */
    @Column(name = "lifespan_from")
    private Instant lifespanFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {}

    public Account(String id, String name, Instant createdAt) {
        super(id, name);
        this.withdrawnScopes = "";
        this.createdAt = createdAt;
    }

    public int passwordVersion() {
        return passwordVersion;
    }

    public boolean appRevoked() {
        return appRevoked;
    }

    public boolean atCheckpoint() {
        return atCheckpoint;
    }

    public boolean disabled() {
        return disabled;
    }

    public String withdrawnScopes() {
        return withdrawnScopes;
    }

    public Long lifespanSeconds() {
        return lifespanSeconds;
    }

    public Instant lifespanFrom() {
        return lifespanFrom;
    }
}
