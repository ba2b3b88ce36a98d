package io.relink.notifications.control;

import io.relink.channels.control.ChannelStore;
import io.relink.notifications.entity.ChannelRecipients;
import io.relink.notifications.entity.Choice;
import io.relink.notifications.entity.Ladder;
import io.relink.notifications.entity.NoticeKind;
import io.relink.notifications.entity.Recipient;
import io.relink.platform.Mailer;
import io.relink.problems.ProblemException;
import io.relink.workspaces.control.Memberships;
import io.relink.workspaces.entity.Membership;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who in a workspace is told what: the warning ladder, each member's kinds of notice, and each
 * channel's exceptions. Reads for the notice writer; reads and changes for the settings API and
 * pages, which check what they are given and change nothing when any of it is wrong.
 */
@Stateless
public class NotificationSettings {

    /** At most this many extra addresses per channel: a notice is not a mailing list. */
    static final int MAX_EXTRA_ADDRESSES = 10;

    @PersistenceContext EntityManager em;
    @Inject Memberships memberships;
    @Inject ChannelStore channels;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.checks.thresholds")
    List<Duration> thresholds;

    /** A member and the kinds they get. */
    public record MemberKinds(
            UUID personId,
            String email,
            String displayName,
            String role,
            Set<NoticeKind> kinds,
            boolean chosen) {}

    /** The workspace's settings: the ladder and every member's kinds. */
    public record Workspace(
            List<Integer> ladderDays, List<Integer> thresholdDays, List<MemberKinds> members) {}

    /** One channel's exceptions. */
    public record Channel(
            UUID channelId, List<UUID> addPeople, List<UUID> removePeople, List<String> extra) {}

    /** The instance's warning thresholds in days: the steps a ladder may have. */
    public List<Integer> thresholdDays() {
        return Steps.days(thresholds);
    }

    /** The workspace's ladder; every threshold of the instance until it chooses. */
    public List<Integer> ladder(UUID workspaceId) {
        Ladder ladder = em.find(Ladder.class, workspaceId);
        return ladder == null ? thresholdDays() : ladder.days();
    }

    public Workspace of(UUID workspaceId) {
        Map<UUID, Set<NoticeKind>> choices = choices(workspaceId);
        List<MemberKinds> members = new ArrayList<>();
        for (Membership m : memberships.inWorkspace(workspaceId)) {
            Audience.Member member = member(m);
            members.add(
                    new MemberKinds(
                            member.personId(),
                            member.email(),
                            m.person().displayName(),
                            m.role().name(),
                            Audience.kindsOf(member, choices),
                            choices.containsKey(member.personId())));
        }
        return new Workspace(ladder(workspaceId), thresholdDays(), members);
    }

    /**
     * Changes the ladder (when given) and the kinds of the members named; a member not named keeps
     * theirs.
     */
    public Workspace change(
            UUID workspaceId,
            List<Integer> ladderDays,
            Map<UUID, Collection<String>> kindsByPerson,
            String actor) {
        List<Integer> ladder = null;
        if (ladderDays != null) {
            try {
                ladder = Steps.check(ladderDays, thresholdDays());
            } catch (IllegalArgumentException wrong) {
                throw ProblemException.invalidParameter("ladderDays", wrong.getMessage());
            }
        }
        Set<UUID> members = memberIds(workspaceId);
        Map<UUID, Set<NoticeKind>> parsed = new HashMap<>();
        for (Map.Entry<UUID, Collection<String>> entry : kindsByPerson.entrySet()) {
            if (!members.contains(entry.getKey())) {
                throw ProblemException.invalidParameter(
                        "members",
                        "Person " + entry.getKey() + " is not a member of this workspace.");
            }
            parsed.put(entry.getKey(), kinds(entry.getValue()));
        }
        if (ladder != null) {
            Ladder row = em.find(Ladder.class, workspaceId);
            boolean first = row == null;
            if (first) {
                row = new Ladder(workspaceId);
            }
            // filled in before persist: Hibernate inserts the state it had at persist
            row.days(ladder, actor, clock.instant());
            if (first) {
                em.persist(row);
            }
        }
        parsed.forEach((person, kinds) -> choose(workspaceId, person, kinds, actor));
        return of(workspaceId);
    }

    /** The kinds one person gets in the workspace. */
    public MemberKinds mine(UUID workspaceId, UUID personId) {
        return of(workspaceId).members().stream()
                .filter(m -> m.personId().equals(personId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("member", personId));
    }

    public MemberKinds changeMine(
            UUID workspaceId, UUID personId, Collection<String> kinds, String actor) {
        if (!memberIds(workspaceId).contains(personId)) {
            throw ProblemException.notFound("member", personId);
        }
        choose(workspaceId, personId, kinds(kinds), actor);
        return mine(workspaceId, personId);
    }

    public Channel ofChannel(UUID workspaceId, UUID channelId) {
        channels.view(workspaceId, channelId); // 404 unless the workspace's
        ChannelRecipients row = em.find(ChannelRecipients.class, channelId);
        return row == null
                ? new Channel(channelId, List.of(), List.of(), List.of())
                : new Channel(
                        channelId,
                        List.copyOf(row.added()),
                        List.copyOf(row.removed()),
                        List.copyOf(row.extraAddresses()));
    }

    public Channel changeChannel(
            UUID workspaceId,
            UUID channelId,
            Collection<UUID> add,
            Collection<UUID> remove,
            Collection<String> extra,
            String actor) {
        channels.view(workspaceId, channelId);
        Set<UUID> members = memberIds(workspaceId);
        for (UUID person : concat(add, remove)) {
            if (person == null || !members.contains(person)) {
                throw ProblemException.invalidParameter(
                        "addPeople", "Person " + person + " is not a member of this workspace.");
            }
        }
        Set<UUID> both = new LinkedHashSet<>(add);
        both.retainAll(remove);
        if (!both.isEmpty()) {
            throw ProblemException.invalidParameter(
                    "removePeople", "Person " + both.iterator().next() + " is added and removed.");
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String address : extra) {
            if (!Mailer.isAddress(address)) {
                throw ProblemException.invalidParameter(
                        "extraAddresses",
                        "'" + address + "' is not one e-mail address, like jane@example.com.");
            }
            addresses.add(address);
        }
        if (addresses.size() > MAX_EXTRA_ADDRESSES) {
            throw ProblemException.invalidParameter(
                    "extraAddresses",
                    "At most " + MAX_EXTRA_ADDRESSES + " extra addresses per channel.");
        }
        ChannelRecipients row = em.find(ChannelRecipients.class, channelId);
        boolean first = row == null;
        if (first) {
            row = new ChannelRecipients(workspaceId, channelId);
        }
        row.change(
                new LinkedHashSet<>(add),
                new LinkedHashSet<>(remove),
                addresses,
                actor,
                clock.instant());
        if (first) {
            em.persist(row);
        }
        return ofChannel(workspaceId, channelId);
    }

    /** Who gets a notice of {@code kind} about the channel (null: about no channel). */
    public List<Recipient> recipients(UUID workspaceId, UUID channelId, NoticeKind kind) {
        List<Audience.Member> members =
                memberships.inWorkspace(workspaceId).stream()
                        .map(NotificationSettings::member)
                        .toList();
        Audience.Exceptions exceptions = Audience.Exceptions.NONE;
        if (channelId != null) {
            ChannelRecipients row = em.find(ChannelRecipients.class, channelId);
            if (row != null) {
                exceptions =
                        new Audience.Exceptions(row.added(), row.removed(), row.extraAddresses());
            }
        }
        return Audience.of(kind, members, choices(workspaceId), exceptions);
    }

    private void choose(UUID workspaceId, UUID personId, Set<NoticeKind> kinds, String actor) {
        Choice choice = em.find(Choice.class, new Choice.Key(workspaceId, personId));
        boolean first = choice == null;
        if (first) {
            choice = new Choice(workspaceId, personId);
        }
        choice.kinds(kinds, actor, clock.instant());
        if (first) {
            em.persist(choice);
        }
    }

    private Map<UUID, Set<NoticeKind>> choices(UUID workspaceId) {
        Map<UUID, Set<NoticeKind>> choices = new HashMap<>();
        em.createQuery("select c from Choice c where c.workspaceId = :ws", Choice.class)
                .setParameter("ws", workspaceId)
                .getResultStream()
                .forEach(c -> choices.put(c.personId(), c.kinds()));
        return choices;
    }

    private Set<UUID> memberIds(UUID workspaceId) {
        Set<UUID> ids = new LinkedHashSet<>();
        memberships.inWorkspace(workspaceId).forEach(m -> ids.add(m.person().id()));
        return ids;
    }

    private static Audience.Member member(Membership m) {
        return new Audience.Member(m.person().id(), m.person().email(), m.role());
    }

    /** The kinds named, each one a kind a person may choose. */
    static Set<NoticeKind> kinds(Collection<String> names) {
        Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
        for (String name : names) {
            NoticeKind kind =
                    NoticeKind.of(name)
                            .filter(NoticeKind::choosable)
                            .orElseThrow(
                                    () ->
                                            ProblemException.invalidParameter(
                                                    "kinds",
                                                    "'"
                                                            + name
                                                            + "' is not a kind of notice; choose"
                                                            + " from expiring, lost, recovered,"
                                                            + " unverified, unlinked, digest."));
            kinds.add(kind);
        }
        return kinds;
    }

    private static List<UUID> concat(Collection<UUID> a, Collection<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
