package io.relink.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Someone who signs in to Relink: one e-mail address (the login, unique across Relink), a name, and
 * a password kept only as a PBKDF2 hash or an identity at the company's identity provider. A person
 * belongs to workspaces through memberships (one role in each); an instance administrator also runs
 * the workspaces themselves.
 *
 * <p>Life cycle: made by the bootstrap (the first administrator), by accepting an invitation, or by
 * demo seeding; gets or changes a password through a single-use link; counts failed sign-ins until
 * one succeeds.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_EMAIL, query = "select p from Person p where p.email = :email")
@NamedQuery(
        name = Person.BY_SUBJECT,
        query = "select p from Person p where p.externalSubject = :subject")
@NamedQuery(name = Person.COUNT, query = "select count(p) from Person p")
public class Person {

    public static final String BY_EMAIL = "Person.byEmail";
    public static final String BY_SUBJECT = "Person.bySubject";
    public static final String COUNT = "Person.count";

    @Id private UUID id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(name = "external_subject", length = 700)
    private String externalSubject;

    @Column(name = "instance_admin", nullable = false)
    private boolean instanceAdmin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    protected Person() {}

    public Person(String email, String displayName, boolean instanceAdmin, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normalize(email);
        this.displayName = displayName;
        this.instanceAdmin = instanceAdmin;
        this.createdAt = createdAt;
    }

    /** How e-mail addresses are compared and stored: trimmed, in lower case. */
    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    /** The PBKDF2 hash of the password; null while the person has none. */
    public String passwordHash() {
        return passwordHash;
    }

    public String externalSubject() {
        return externalSubject;
    }

    public boolean instanceAdmin() {
        return instanceAdmin;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant lastFailedAt() {
        return lastFailedAt;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void password(String hash) {
        this.passwordHash = hash;
    }

    public void linkExternal(String subject) {
        this.externalSubject = subject;
    }

    public void instanceAdmin(boolean admin) {
        this.instanceAdmin = admin;
    }

    /** One more failed sign-in; answers how many in a row now. */
    public int signInFailed(Instant at) {
        failedSignIns++;
        lastFailedAt = at;
        return failedSignIns;
    }

    public void signedIn() {
        failedSignIns = 0;
        lastFailedAt = null;
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
