package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A scripted outage, of one account or (subject {@value #GLOBAL}) of the whole network. It ends by
 * itself at {@code endsAt}, or earlier when the scripting API deletes it.
 */
@Entity(name = "SandboxOutage")
@Table(name = "sandbox_outage")
public class Outage {

    /** The subject of a network-wide outage; account ids cannot contain '*'. */
    public static final String GLOBAL = "*";

    @Id
    @Column(length = 100)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutageKind kind;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected Outage() {}

    public Outage(String subject, OutageKind kind, Instant endsAt) {
        this.subject = subject;
        this.kind = kind;
        this.endsAt = endsAt;
    }

    public void change(OutageKind kind, Instant endsAt) {
        this.kind = kind;
        this.endsAt = endsAt;
    }

    public String subject() {
        return subject;
    }

    public OutageKind kind() {
        return kind;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
