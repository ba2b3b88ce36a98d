package io.relink.people.entity;

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
 * A single-use link for one person (set up the first password, or reset a forgotten one). Only the
 * SHA-256 of the link's secret is kept. It works until {@link #expiresAt()} and only once: the
 * first use sets {@link #usedAt()}.
 */
@Entity
@Table(name = "person_link")
@NamedQuery(
        name = PersonLink.BY_HASH,
        query = "select l from PersonLink l join fetch l.person where l.linkHash = :hash")
@NamedQuery(
        name = PersonLink.OPEN_OF,
        query =
                "select l from PersonLink l where l.person = :person and l.purpose = :purpose"
                        + " and l.usedAt is null")
public class PersonLink {

    public static final String BY_HASH = "PersonLink.byHash";
    public static final String OPEN_OF = "PersonLink.openOf";

    @Id private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LinkPurpose purpose;

    @Column(name = "link_hash", nullable = false, length = 64)
    private String linkHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PersonLink() {}

    public PersonLink(
            Person person,
            LinkPurpose purpose,
            String linkHash,
            Instant createdAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.purpose = purpose;
        this.linkHash = linkHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Person person() {
        return person;
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    /** Whether it still works at this instant: not used, not expired. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
