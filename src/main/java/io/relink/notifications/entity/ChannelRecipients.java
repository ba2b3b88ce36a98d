package io.relink.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One channel's exceptions to its workspace's choices: members added or left out, and addresses
 * outside the workspace, for every kind of notice about the channel.
 */
@Entity
@Table(name = "channel_notification")
public class ChannelRecipients {

    @Id
    @Column(name = "channel_id")
    private UUID channelId;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Column(name = "add_people", nullable = false, length = 4000)
    private String addPeople;

    @Column(name = "remove_people", nullable = false, length = 4000)
    private String removePeople;

    @Column(name = "extra_addresses", nullable = false, length = 4000)
    private String extraAddresses;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelRecipients() {}

    public ChannelRecipients(UUID workspaceId, UUID channelId) {
        this.workspaceId = workspaceId;
        this.channelId = channelId;
        this.addPeople = "";
        this.removePeople = "";
        this.extraAddresses = "";
    }

    public UUID channelId() {
        return channelId;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public Set<UUID> added() {
        return words(addPeople).stream().map(UUID::fromString).collect(ordered());
    }

    public Set<UUID> removed() {
        return words(removePeople).stream().map(UUID::fromString).collect(ordered());
    }

    public Set<String> extraAddresses() {
        return words(extraAddresses);
    }

    public void change(
            Collection<UUID> add,
            Collection<UUID> remove,
            Collection<String> extra,
            String actor,
            Instant at) {
        this.addPeople = join(add);
        this.removePeople = join(remove);
        this.extraAddresses = join(extra);
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static Set<String> words(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.trim().split(" ")).collect(ordered());
    }

    private static <T> java.util.stream.Collector<T, ?, Set<T>> ordered() {
        return Collectors.toCollection(LinkedHashSet::new);
    }

    private static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
