package io.relink.notifications.control;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.entity.ChannelState;
import io.relink.notifications.entity.Notice;
import io.relink.notifications.entity.NoticeKind;
import io.relink.platform.Node;
import io.relink.problems.ProblemException;
import io.relink.reconnect.control.ReconnectRequests;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands pending notices to the node that sends them, a message at a time, each step in a short
 * transaction of its own: several nodes share the work through row locks and leases (as the sweep
 * does), and a node that dies mid-send loses nothing: its lease runs out and another node sends the
 * message again, with the same Message-ID.
 *
 * <p>A message is every pending notice of one address, workspace and kind, sent once no new one
 * came for a grouping window (at the latest five windows after the first): a password change that
 * cuts 14 pages is one e-mail, however long the sweep takes to find all 14. A message the mail
 * server did not take stays pending ("waiting for the mail server") and is tried again after a
 * pause that doubles up to ten minutes: nothing is lost while the server is away.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Postbox {

    static final Duration MAX_PAUSE = Duration.ofMinutes(10);

    /** A group waits at most this many grouping windows after its first notice. */
    static final int LATEST = 5;

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext EntityManager em;
    @Inject ChannelStore channels;
    @Inject Node node;
    @Inject Letters letters;
    @Inject ReconnectRequests requests;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.notifications.lease")
    Duration lease;

    @Inject
    @ConfigProperty(name = "relink.notifications.grouping-window")
    Duration window;

    @Inject
    @ConfigProperty(name = "relink.notifications.retry-pause")
    Duration retryPause;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    /** What a node needs to send one message, read under its lease. */
    public record Outgoing(UUID messageId, String address, Letters.Letter letter) {}

    /**
     * Leases to this node the notices of up to {@code limit} messages that are due; answers the
     * messages' ids.
     */
    public List<UUID> claim(int limit) {
        Instant now = clock.instant();
        List<Notice> due =
                em.createQuery(
                                "select n from Notice n where n.status = :pending"
                                        + " and n.nextTryAt <= :now"
                                        + " and (n.leaseUntil is null or n.leaseUntil < :now)"
                                        + " order by n.nextTryAt",
                                Notice.class)
                        .setParameter("pending", Notice.Status.PENDING)
                        .setParameter("now", now)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint(LOCK_TIMEOUT, SKIP_LOCKED)
                        .setMaxResults(limit * 20)
                        .getResultList();
        Map<String, UUID> messages = new LinkedHashMap<>();
        Set<String> looked = new HashSet<>();
        for (Notice notice : due) {
            String group = group(notice);
            if (messages.size() >= limit || !looked.add(group)) {
                continue;
            }
            // the rest of its group joins, due or not: one message lists them all
            List<Notice> together = new ArrayList<>(others(notice, now));
            together.add(notice);
            if (!ready(
                    together.stream().map(Notice::occurredAt).toList(),
                    notice.attempts(),
                    now,
                    window)) {
                continue; // more is still coming: a mass loss is told in one message
            }
            UUID message = messageId(notice);
            together.forEach(n -> n.lease(node.name(), now.plus(lease), message));
            messages.put(group, message);
        }
        return List.copyOf(messages.values());
    }

    /**
     * Whether a group goes out now (a pure decision): once nothing new came for a whole window (the
     * notices of a mass loss, which a sweep records over a while, gather into one message), but
     * never later than {@value #LATEST} windows after its first notice (a steady trickle does not
     * hold the news back); a message tried before goes at once.
     */
    static boolean ready(List<Instant> occurred, int attempts, Instant now, Duration window) {
        if (attempts > 0) {
            return true;
        }
        Instant newest = occurred.stream().max(Instant::compareTo).orElse(now);
        Instant oldest = occurred.stream().min(Instant::compareTo).orElse(now);
        return !newest.plus(window).isAfter(now)
                || !oldest.plus(window.multipliedBy(LATEST)).isAfter(now);
    }

    /** The message as this node sends it, if it still holds the lease of its notices. */
    public Optional<Outgoing> prepare(UUID messageId) {
        List<Notice> notices = leased(messageId);
        if (notices.isEmpty()) {
            return Optional.empty();
        }
        Optional<Letters.Letter> letter = letter(notices, "notice:" + messageId);
        if (letter.isEmpty()) {
            // a digest with nothing left to tell
            notices.forEach(Notice::cancel);
            return Optional.empty();
        }
        return Optional.of(new Outgoing(messageId, notices.get(0).address(), letter.get()));
    }

    /**
     * The message a notice went (or goes) out in, as its reader sees it: with the other notices of
     * its message, or of its group while it waits.
     */
    public Optional<Letters.Written> preview(UUID workspaceId, UUID noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null || !notice.workspaceId().equals(workspaceId)) {
            throw ProblemException.notFound("notice", noticeId);
        }
        List<Notice> together =
                notice.messageId() != null
                        ? em.createQuery(
                                        "select n from Notice n where n.messageId = :m"
                                                + " order by n.occurredAt, n.channelName",
                                        Notice.class)
                                .setParameter("m", notice.messageId())
                                .getResultList()
                        : List.of(notice);
        return letter(together, null).map(letters::write);
    }

    /**
     * The message of these notices (one address, workspace and kind).
     *
     * @param issuer who issues the single-use reconnect links an address outside the workspace
     *     gets; null for a preview, which shows where such a link goes but makes none
     */
    private Optional<Letters.Letter> letter(List<Notice> notices, String issuer) {
        Notice first = notices.get(0);
        Workspace workspace = em.find(Workspace.class, first.workspaceId());
        String base = publicUrl.replaceAll("/+$", "");
        boolean member = first.personId() != null;
        List<Letters.Item> items = new ArrayList<>();
        if (first.kind() == NoticeKind.DIGEST) {
            for (ChannelView channel : channels.linked(first.workspaceId())) {
                if (channel.state() != ChannelState.CONNECTED) {
                    items.add(
                            new Letters.Item(
                                    channel.id(),
                                    channel.name(),
                                    channel.network().displayName(),
                                    channel.causeText() == null
                                            ? channel.state().name()
                                            : channel.causeText(),
                                    channel.nextStep(),
                                    null,
                                    first.occurredAt(),
                                    member ? fixUrl(base, channel.id()) : null));
                }
            }
        } else {
            for (Notice notice : notices) {
                items.add(
                        new Letters.Item(
                                notice.channelId(),
                                notice.channelName(),
                                notice.network(),
                                notice.headline(),
                                notice.nextStep(),
                                notice.whoActs(),
                                notice.occurredAt(),
                                !acts(notice.kind()) || notice.channelId() == null
                                        ? null
                                        : member
                                                ? fixUrl(base, notice.channelId())
                                                : delegated(base, notice, issuer)));
            }
        }
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new Letters.Letter(first.kind(), workspace.name(), base, member, items));
    }

    /** The server took the message: its notices are sent. */
    public void sent(UUID messageId) {
        Instant now = clock.instant();
        leased(messageId).forEach(n -> n.sent(now));
    }

    /** The server did not take it: waiting for the mail server, tried again after a pause. */
    public void failed(UUID messageId, String error) {
        Instant now = clock.instant();
        requests.withdrawIssued("notice:" + messageId); // the next try makes new ones
        for (Notice notice : leased(messageId)) {
            notice.failed(error, now.plus(pause(notice.attempts() + 1, retryPause)));
        }
    }

    /**
     * The pause after {@code failedTries} failed tries: {@code first}, doubling each time, never
     * more than ten minutes (or {@code first}, if that is longer).
     */
    static Duration pause(int failedTries, Duration first) {
        Duration cap = first.compareTo(MAX_PAUSE) > 0 ? first : MAX_PAUSE;
        Duration pause = first;
        for (int i = 1; i < failedTries && pause.compareTo(cap) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(cap) > 0 ? cap : pause;
    }

    private List<Notice> leased(UUID messageId) {
        return em.createQuery(
                        "select n from Notice n where n.messageId = :m and n.status = :pending"
                                + " order by n.occurredAt, n.channelName",
                        Notice.class)
                .setParameter("m", messageId)
                .setParameter("pending", Notice.Status.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(n -> n.leasedBy(node.name()))
                .toList();
    }

    private List<Notice> others(Notice notice, Instant now) {
        return em.createQuery(
                        "select n from Notice n where n.status = :pending"
                                + " and n.workspaceId = :ws and n.address = :address"
                                + " and n.kind = :kind and n.id <> :id"
                                + " and (n.leaseUntil is null or n.leaseUntil < :now)",
                        Notice.class)
                .setParameter("pending", Notice.Status.PENDING)
                .setParameter("ws", notice.workspaceId())
                .setParameter("address", notice.address())
                .setParameter("kind", notice.kind())
                .setParameter("id", notice.id())
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(LOCK_TIMEOUT, SKIP_LOCKED)
                .getResultList();
    }

    /** A message that was tried before keeps its Message-ID. */
    private static UUID messageId(Notice notice) {
        return notice.messageId() != null ? notice.messageId() : UUID.randomUUID();
    }

    private static String group(Notice notice) {
        return notice.workspaceId() + " " + notice.address().toLowerCase() + " " + notice.kind();
    }

    private static boolean acts(NoticeKind kind) {
        return kind == NoticeKind.LOST
                || kind == NoticeKind.EXPIRING
                || kind == NoticeKind.UNVERIFIED
                || kind == NoticeKind.ESCALATED;
    }

    /** A member goes to the Connection Center (signing in first), to the channel's fix. */
    private static String fixUrl(String base, UUID channelId) {
        return base + "/center/channels.xhtml?fix=" + channelId;
    }

    /**
     * An address outside the workspace cannot sign in: it gets a single-use delegated reconnect
     * link of its own (withdrawn if the message does not go out; a preview makes none).
     */
    private String delegated(String base, Notice notice, String issuer) {
        if (issuer == null) {
            return base + "/oauth/delegated/…";
        }
        return requests.issue(notice.workspaceId(), notice.channelId(), notice.address(), issuer)
                .toString();
    }
}
