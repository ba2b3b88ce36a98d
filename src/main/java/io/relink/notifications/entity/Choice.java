package io.relink.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The kinds of notice one member of a workspace chose to get. */
@Entity
@Table(name = "notification_choice")
@IdClass(Choice.Key.class)
public class Choice {

    /** A member's choice is one per workspace and person. */
    public record Key(UUID workspaceId, UUID personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "workspace_id")
    private UUID workspaceId;

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(nullable = false, length = 200)
    private String kinds;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Choice() {}

    public Choice(UUID workspaceId, UUID personId) {
        this.workspaceId = workspaceId;
        this.personId = personId;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public UUID personId() {
        return personId;
    }

    public Set<NoticeKind> kinds() {
        Set<NoticeKind> chosen = EnumSet.noneOf(NoticeKind.class);
        if (kinds != null && !kinds.isBlank()) {
            Arrays.stream(kinds.trim().split(" "))
                    .map(NoticeKind::of)
                    .forEach(kind -> kind.ifPresent(chosen::add));
        }
        return chosen;
    }

    public void kinds(Set<NoticeKind> chosen, String actor, Instant at) {
        this.kinds = chosen.stream().sorted().map(NoticeKind::key).collect(Collectors.joining(" "));
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
