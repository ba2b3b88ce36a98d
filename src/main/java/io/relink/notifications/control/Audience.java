package io.relink.notifications.control;

import io.relink.notifications.entity.NoticeKind;
import io.relink.notifications.entity.Recipient;
import io.relink.workspaces.entity.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who gets a notice (a pure decision): the members whose choice (or, until they choose, whose role)
 * includes its kind, then the channel's exceptions: members added get it whatever they chose,
 * members left out do not, and the channel's extra addresses get it too. Escalations go to the
 * owners, whatever anyone chose. An address is told once, however many ways lead to it.
 */
public final class Audience {

    /** A member of the workspace, as far as notices go. */
    public record Member(UUID personId, String email, Role role) {}

    /** A channel's exceptions to the workspace's choices. */
    public record Exceptions(Set<UUID> added, Set<UUID> removed, Set<String> extraAddresses) {
        public static final Exceptions NONE = new Exceptions(Set.of(), Set.of(), Set.of());
    }

    private Audience() {}

    /** The kinds a member gets until they choose: owners and admins the default, viewers none. */
    public static Set<NoticeKind> byRole(Role role) {
        return role == Role.VIEWER ? Set.of() : NoticeKind.DEFAULT;
    }

    /** The kinds a member gets: their choice, or their role's default. */
    public static Set<NoticeKind> kindsOf(Member member, Map<UUID, Set<NoticeKind>> choices) {
        Set<NoticeKind> chosen = choices.get(member.personId());
        return chosen != null ? chosen : byRole(member.role());
    }

    /**
     * The recipients of one notice of {@code kind}, in the order of the members, extra addresses
     * last.
     *
     * @param exceptions the channel's; {@link Exceptions#NONE} for a notice about no channel
     */
    public static List<Recipient> of(
            NoticeKind kind,
            Collection<Member> members,
            Map<UUID, Set<NoticeKind>> choices,
            Exceptions exceptions) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Member member : members) {
            boolean wanted =
                    kind == NoticeKind.ESCALATED
                            ? member.role() == Role.OWNER
                            : exceptions.added().contains(member.personId())
                                    || (kindsOf(member, choices).contains(kind)
                                            && !exceptions.removed().contains(member.personId()));
            if (wanted) {
                byAddress.putIfAbsent(
                        key(member.email()), new Recipient(member.email(), member.personId()));
            }
        }
        if (kind != NoticeKind.ESCALATED && kind != NoticeKind.DIGEST) {
            for (String address : exceptions.extraAddresses()) {
                byAddress.putIfAbsent(key(address), new Recipient(address, null));
            }
        }
        return List.copyOf(byAddress.values());
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
