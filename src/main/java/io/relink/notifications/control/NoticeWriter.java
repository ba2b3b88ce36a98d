package io.relink.notifications.control;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.control.Explanations;
import io.relink.channels.entity.ChannelState;
import io.relink.channels.entity.ChannelStateChanged;
import io.relink.channels.entity.TokenExpiring;
import io.relink.channels.entity.TokenStatusChanged;
import io.relink.notifications.entity.Notice;
import io.relink.notifications.entity.NoticeKind;
import io.relink.notifications.entity.Recipient;
import io.relink.platform.OneTimeSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the notices a change of the channel aggregate calls for, <em>inside</em> the transaction
 * of the change (synchronous observers: the ledger fires its events before it commits), so a notice
 * exists exactly when its change does. A notice is due a grouping window after it was written; the
 * {@link Postbox} sends it with whatever else for the same address, workspace and kind is pending,
 * once nothing new came for a window.
 *
 * <p>What tells what: a channel that went DISCONNECTED is {@code lost}, as is a token that died on
 * a channel that still works through another ({@code DEGRADED}); UNVERIFIED is {@code unverified};
 * UNLINKED {@code unlinked}; a token announced inside a step of the workspace's ladder {@code
 * expiring}; a channel that works again is {@code recovered}, to the addresses its loss was sent to
 * (a loss not sent yet is cancelled instead: nobody hears of a loss that is already over).
 */
@ApplicationScoped
public class NoticeWriter {

    private static final Set<ChannelState> TROUBLED =
            EnumSet.of(ChannelState.DISCONNECTED, ChannelState.UNVERIFIED);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext EntityManager em;
    @Inject ChannelStore channels;
    @Inject NotificationSettings settings;

    @Inject
    @ConfigProperty(name = "relink.notifications.grouping-window")
    Duration window;

    void stateChanged(@Observes ChannelStateChanged change) {
        switch (change.to()) {
            case DISCONNECTED -> lossOrDoubt(change, NoticeKind.LOST);
            case UNVERIFIED -> lossOrDoubt(change, NoticeKind.UNVERIFIED);
            case UNLINKED ->
                    tell(
                            NoticeKind.UNLINKED,
                            change.workspaceId(),
                            new Notice.About(
                                    change.channelId(),
                                    change.channelName(),
                                    change.network().displayName(),
                                    "Unlinked by "
                                            + change.actor()
                                            + ": Relink no longer publishes to it or checks it.",
                                    null,
                                    null),
                            change.at(),
                            "unlinked:" + change.channelId() + ":" + change.at());
            case CONNECTED, EXPIRING, DEGRADED -> {
                if (change.from() != null && TROUBLED.contains(change.from())) {
                    recovered(change);
                }
            }
        }
    }

    private void lossOrDoubt(ChannelStateChanged change, NoticeKind kind) {
        ChannelView view = channels.view(change.workspaceId(), change.channelId());
        tell(
                kind,
                change.workspaceId(),
                new Notice.About(
                        view.id(),
                        view.name(),
                        view.network().displayName(),
                        view.causeText() != null
                                ? view.causeText()
                                : "Relink can no longer use this channel.",
                        view.nextStep(),
                        whoActs(view)),
                change.at(),
                kind.key() + ":" + change.channelId() + ":" + change.at());
    }

    void tokenChanged(@Observes TokenStatusChanged change) {
        if (!change.to().isDead()) {
            return;
        }
        ChannelView view = channels.view(change.workspaceId(), change.channelId());
        if (view.state() != ChannelState.DEGRADED) {
            return; // a channel that went DISCONNECTED with it is told by its change of state
        }
        String net = change.network().displayName();
        tell(
                NoticeKind.LOST,
                change.workspaceId(),
                new Notice.About(
                        view.id(),
                        view.name(),
                        net,
                        "One of its tokens died: "
                                + Explanations.sentence(change.cause(), change.identityName(), net)
                                + " The channel keeps working through its other token.",
                        Explanations.nextStep(change.cause(), change.identityName(), net),
                        change.identityName()),
                change.at(),
                "lost:" + change.tokenId() + ":" + change.at());
    }

    void expiring(@Observes TokenExpiring expiring) {
        Steps.stepFor(settings.ladder(expiring.workspaceId()), expiring.threshold())
                .ifPresent(
                        step -> {
                            ChannelView view =
                                    channels.view(expiring.workspaceId(), expiring.channelId());
                            String net = expiring.network().displayName();
                            tell(
                                    NoticeKind.EXPIRING,
                                    expiring.workspaceId(),
                                    new Notice.About(
                                            view.id(),
                                            view.name(),
                                            net,
                                            expiring(expiring, net),
                                            "Reconnect with "
                                                    + expiring.identityName()
                                                    + "'s account before then"
                                                    + (expiring.dataAccess()
                                                            ? " (consenting again renews data access)"
                                                            : "")
                                                    + ", or add a token from another admin.",
                                            expiring.identityName()),
                                    expiring.at(),
                                    // one notice per token, lapse and step of the ladder
                                    "expiring:"
                                            + expiring.tokenId()
                                            + ":"
                                            + expiring.lapsesAt()
                                            + ":"
                                            + step);
                        });
    }

    /**
     * What an expiry warning says: the token's access expires, or, when the network's data-access
     * window ends first, that data access lapses (the token itself stays valid).
     */
    static String expiring(TokenExpiring expiring, String net) {
        return expiring.dataAccess()
                ? expiring.identityName()
                        + "'s "
                        + net
                        + " data access lapses at "
                        + DAY.format(expiring.lapsesAt())
                        + " ("
                        + Explanations.timeLeft(expiring.lapsesAt(), expiring.at())
                        + "); the token itself stays valid, but reads nothing after that."
                : expiring.identityName()
                        + "'s "
                        + net
                        + " access "
                        + Explanations.expiresIn(expiring.lapsesAt(), expiring.at())
                        + " (on "
                        + DAY.format(expiring.lapsesAt())
                        + ").";
    }

    private void recovered(ChannelStateChanged change) {
        List<Notice> losses =
                em.createQuery(
                                "select n from Notice n where n.channelId = :c"
                                        + " and n.kind in :kinds and n.status <> :cancelled"
                                        + " and n.occurredAt > coalesce((select max(r.occurredAt)"
                                        + "   from Notice r where r.channelId = :c"
                                        + "   and r.kind = :recovered), :epoch)"
                                        + " order by n.occurredAt",
                                Notice.class)
                        .setParameter("c", change.channelId())
                        .setParameter("kinds", EnumSet.of(NoticeKind.LOST, NoticeKind.UNVERIFIED))
                        .setParameter("cancelled", Notice.Status.CANCELLED)
                        .setParameter("recovered", NoticeKind.RECOVERED)
                        .setParameter("epoch", Instant.EPOCH)
                        // a node about to send one of them waits, or is waited for
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        Set<String> told = new HashSet<>();
        List<Recipient> recipients = new ArrayList<>();
        for (Notice loss : losses) {
            if (loss.status() == Notice.Status.PENDING && !loss.leasedAt(change.at())) {
                loss.cancel(); // over before anyone heard of it
            } else if (told.add(loss.address().toLowerCase(Locale.ROOT))) {
                recipients.add(new Recipient(loss.address(), loss.personId()));
            }
        }
        if (recipients.isEmpty()) {
            return;
        }
        ChannelView view = channels.view(change.workspaceId(), change.channelId());
        write(
                NoticeKind.RECOVERED,
                change.workspaceId(),
                recipients,
                new Notice.About(
                        view.id(),
                        view.name(),
                        view.network().displayName(),
                        "Works again"
                                + (change.actor() == null || "relink".equals(change.actor())
                                        ? "."
                                        : " (" + change.actor() + ")."),
                        null,
                        null),
                change.at(),
                "recovered:" + change.channelId() + ":" + change.at());
    }

    private void tell(
            NoticeKind kind, UUID workspaceId, Notice.About about, Instant at, String key) {
        write(
                kind,
                workspaceId,
                settings.recipients(workspaceId, about.channelId(), kind),
                about,
                at,
                key);
    }

    /** One notice per recipient, unless one with the same key was ever written. */
    void write(
            NoticeKind kind,
            UUID workspaceId,
            List<Recipient> recipients,
            Notice.About about,
            Instant at,
            String key) {
        if (recipients.isEmpty()) {
            return;
        }
        // fixed length whatever the address: the kind, then a digest of what makes it one of a kind
        List<String> keys =
                recipients.stream()
                        .map(
                                r ->
                                        kind.key()
                                                + ":"
                                                + OneTimeSecret.digest(
                                                        key
                                                                + ":"
                                                                + r.address()
                                                                        .toLowerCase(Locale.ROOT)))
                        .toList();
        // looked up rather than left to the unique index: a violation would roll back the change
        // of the channel itself; the ledger holds the channel's lock meanwhile
        Set<String> written =
                new HashSet<>(
                        em.createQuery(
                                        "select n.dedupKey from Notice n where n.dedupKey in :keys",
                                        String.class)
                                .setParameter("keys", keys)
                                .getResultList());
        Instant due = at.plus(window);
        for (int i = 0; i < recipients.size(); i++) {
            if (!written.contains(keys.get(i))) {
                em.persist(
                        new Notice(
                                workspaceId, kind, recipients.get(i), about, at, keys.get(i), due));
            }
        }
    }

    private static String whoActs(ChannelView view) {
        return view.tokens().stream()
                .filter(t -> t.status().isDead())
                .map(t -> t.identity().name())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
