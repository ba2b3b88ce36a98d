package io.relink.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A workspace's warning ladder: the days before a lapse at which its people are told. */
@Entity
@Table(name = "notification_settings")
public class Ladder {

    @Id
    @Column(name = "workspace_id")
    private UUID workspaceId;

    @Column(name = "ladder_days", nullable = false, length = 100)
    private String days;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Ladder() {}

    public Ladder(UUID workspaceId) {
        this.workspaceId = workspaceId;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    /** The steps in whole days, largest first. */
    public List<Integer> days() {
        return days == null || days.isBlank()
                ? List.of()
                : Arrays.stream(days.trim().split(" ")).map(Integer::valueOf).toList();
    }

    public void days(List<Integer> steps, String actor, Instant at) {
        this.days = steps.stream().map(String::valueOf).collect(Collectors.joining(" "));
        this.updatedBy = actor;
        this.updatedAt = at;
    }
}
