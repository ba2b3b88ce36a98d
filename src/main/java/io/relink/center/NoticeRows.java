package io.relink.center;

import io.relink.notifications.boundary.NoticeView;
import io.relink.notifications.entity.Notice;
import io.relink.notifications.entity.NoticeKind;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the Notifications page and the channels page's notices dialog show, as they read: notices
 * with their state in words and its colour, the kinds a person chooses with what each one means,
 * and which members' choices a saved grid changed. Pure, so that the pages keep plain values in
 * their view state and never an entity read in a transaction long over.
 */
public final class NoticeRows {

    private static final DateTimeFormatter TIME_DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private NoticeRows() {}

    /** One notice as listed; {@code colour} is its badge's: green, amber, red or grey. */
    public record Row(
            UUID id,
            String when,
            String kind,
            String to,
            String channel,
            String state,
            String colour)
            implements Serializable {}

    /** A kind a person may choose, with one line on what it tells. */
    public record Kind(String key, String label, String explanation) implements Serializable {}

    /** The kinds in the order the pages offer them. */
    public static final List<Kind> KINDS =
            List.of(
                    new Kind(
                            "expiring",
                            "Expiring",
                            "A channel's access runs out at one of the warning ladder's steps."),
                    new Kind(
                            "lost",
                            "Lost",
                            "A channel stopped working: posts to it are not published."),
                    new Kind("recovered", "Recovered", "A channel that was lost works again."),
                    new Kind(
                            "unverified",
                            "Unverified",
                            "The network could not confirm a channel's access for a long time."),
                    new Kind("unlinked", "Unlinked", "Someone unlinked a channel."),
                    new Kind(
                            "digest",
                            "Daily digest",
                            "Once a day, every channel that is still in trouble."));

    static Row row(Notice notice) {
        NoticeView view = NoticeView.of(notice);
        String channel =
                view.channelName() == null
                        ? ""
                        : view.network() == null
                                ? view.channelName()
                                : view.channelName() + " (" + view.network() + ")";
        return new Row(
                view.id(),
                TIME_DAY.format(view.occurredAt()),
                view.kind(),
                view.address(),
                channel,
                view.state(),
                colour(notice.status(), notice.lastError()));
    }

    /**
     * Sent is green; waiting for its grouping window amber; waiting because the mail server did not
     * take it red, since nobody has been told; cancelled (over before it was sent) grey.
     */
    static String colour(Notice.Status status, String lastError) {
        return switch (status) {
            case SENT -> "green";
            case CANCELLED -> "grey";
            case PENDING -> lastError == null ? "amber" : "red";
        };
    }

    /** The kinds' keys, in the pages' order, of a set of kinds. */
    static List<String> keys(Set<NoticeKind> kinds) {
        return KINDS.stream()
                .map(Kind::key)
                .filter(key -> kinds.stream().anyMatch(k -> k.key().equals(key)))
                .toList();
    }

    /** A member's row of the grid: every kind with whether it is ticked. */
    static Map<String, Boolean> ticks(Collection<String> chosen) {
        Map<String, Boolean> ticks = new LinkedHashMap<>();
        KINDS.forEach(k -> ticks.put(k.key(), chosen.contains(k.key())));
        return ticks;
    }

    /**
     * The members whose ticks differ from what was read, with their new kinds: a member whose row
     * was left alone keeps the default of their role rather than having it written down as their
     * choice.
     */
    static Map<UUID, Collection<String>> changed(
            Map<UUID, ? extends Collection<String>> read, Map<UUID, Map<String, Boolean>> grid) {
        Map<UUID, Collection<String>> changed = new LinkedHashMap<>();
        grid.forEach(
                (person, ticks) -> {
                    Set<String> now = new TreeSet<>();
                    ticks.forEach(
                            (kind, on) -> {
                                if (Boolean.TRUE.equals(on)) {
                                    now.add(kind);
                                }
                            });
                    Collection<String> before = read.get(person);
                    if (before == null || !now.equals(new TreeSet<>(before))) {
                        changed.put(person, List.copyOf(now));
                    }
                });
        return changed;
    }

    /**
     * One member as a channel's page lists them for "who is told about it": told as they chose on
     * Notifications ({@value #AS_CHOSEN}), about this channel {@value #ALWAYS}, or {@value #NEVER}.
     */
    public static final class Told implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID personId;
        private final String name;
        private String choice;

        Told(UUID personId, String name, String choice) {
            this.personId = personId;
            this.name = name;
            this.choice = choice;
        }

        public UUID getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = ALWAYS.equals(choice) || NEVER.equals(choice) ? choice : AS_CHOSEN;
        }
    }

    static final String AS_CHOSEN = "as-chosen";
    static final String ALWAYS = "always";
    static final String NEVER = "never";

    /** Each member with the channel's exception for them, if any. */
    static List<Told> told(
            Map<UUID, String> members, Collection<UUID> add, Collection<UUID> remove) {
        return members.entrySet().stream()
                .map(
                        m ->
                                new Told(
                                        m.getKey(),
                                        m.getValue(),
                                        add.contains(m.getKey())
                                                ? ALWAYS
                                                : remove.contains(m.getKey()) ? NEVER : AS_CHOSEN))
                .toList();
    }

    /** The members told always, or never (by {@code choice}), as the channel's exceptions say. */
    static List<UUID> chose(List<Told> told, String choice) {
        return told.stream().filter(t -> choice.equals(t.choice)).map(t -> t.personId).toList();
    }

    /** The addresses typed one per line (commas and spaces separate them too), blanks left out. */
    static List<String> lines(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * The fix alert's sentence: "<channel> on <network>: <what happened>. <next step>", with a full
     * stop between them unless the text already ends a sentence.
     */
    static String fix(String channel, String network, String cause, String nextStep) {
        StringBuilder text = new StringBuilder(channel).append(" on ").append(network).append(": ");
        text.append(sentence(cause == null ? "it needs attention" : cause));
        if (nextStep != null && !nextStep.isBlank()) {
            text.append(' ').append(sentence(nextStep));
        }
        return text.toString();
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
