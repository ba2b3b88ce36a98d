package io.relink.notifications.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a notice tells. Each person chooses which of the choosable kinds they get. */
public enum NoticeKind {
    /** A token's grant came inside a step of the workspace's warning ladder. */
    EXPIRING("expiring", true),
    /** A channel went DISCONNECTED, or a token died on a DEGRADED channel. */
    LOST("lost", true),
    /** A channel works again, after its loss was told. */
    RECOVERED("recovered", true),
    /** The network could not confirm a channel's token for longer than the grace. */
    UNVERIFIED("unverified", true),
    /** Someone unlinked a channel. */
    UNLINKED("unlinked", true),
    /** Once a day: every channel still in trouble. */
    DIGEST("digest", true),
    /** A channel still DISCONNECTED long after its loss was told: to the owners, once. */
    ESCALATED("escalated", false);

    /** The kinds owners and admins get until they choose. */
    public static final Set<NoticeKind> DEFAULT =
            EnumSet.of(EXPIRING, LOST, RECOVERED, UNVERIFIED, UNLINKED);

    private final String key;
    private final boolean choosable;

    NoticeKind(String key, boolean choosable) {
        this.key = key;
        this.choosable = choosable;
    }

    /** The name in the API and in settings, e.g. {@code lost}. */
    public String key() {
        return key;
    }

    /** Whether a person may choose to get it (escalations go to the owners, always). */
    public boolean choosable() {
        return choosable;
    }

    public static Optional<NoticeKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
