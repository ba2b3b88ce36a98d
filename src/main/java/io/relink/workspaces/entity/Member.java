package io.relink.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person in a workspace who signs in to the Connection Center. The e-mail address is the login
 * and is unique across Relink; the password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "member")
@NamedQuery(
        name = Member.BY_EMAIL,
        query =
                "select m from Member m join fetch m.workspace where lower(m.email) = lower(:email)")
public class Member {

    public static final String BY_EMAIL = "Member.byEmail";

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Member() {}

    public Member(
            Workspace workspace,
            String email,
            String displayName,
            Role role,
            String passwordHash,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.workspace = workspace;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public Workspace workspace() {
        return workspace;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
