package io.relink.reconnect.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.ChannelView;
import io.relink.channels.entity.ChannelState;
import io.relink.platform.Mailer;
import io.relink.platform.OneTimeSecret;
import io.relink.problems.ProblemException;
import io.relink.reconnect.entity.Purpose;
import io.relink.reconnect.entity.ReconnectRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delegated reconnect: an admin sends the real account owner, who may not be a Relink member, a
 * single-use link by e-mail. Opening it starts the reconnect of that one channel on the network's
 * consent page, once; afterwards, or after it expired or was withdrawn, the link only says so.
 * Sending, opening and withdrawing go into the channel's history. The request exists only if the
 * mail server accepted the message (both happen in one transaction).
 */
@Stateless
public class ReconnectRequests {

    @PersistenceContext EntityManager em;
    @Inject ChannelStore channels;
    @Inject ConnectionFlows authorizations;
    @Inject AuditTrail audit;
    @Inject Mailer mailer;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.reconnect.link-life")
    Duration life;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    public View send(UUID workspaceId, UUID channelId, String email, String message, String actor) {
        ChannelView channel = channels.view(workspaceId, channelId);
        if (channel.state() == ChannelState.UNLINKED) {
            throw ProblemException.conflict(
                    "Channel " + channelId + " is unlinked; there is nothing to reconnect.");
        }
        if (!Mailer.isAddress(email)) {
            throw ProblemException.invalidParameter(
                    "email", "'email' must be one e-mail address, like jane@example.com.");
        }
        String link = OneTimeSecret.generate();
        Instant now = clock.instant();
        ReconnectRequest request =
                new ReconnectRequest(
                        workspaceId,
                        channelId,
                        email,
                        message,
                        OneTimeSecret.digest(link),
                        actor,
                        now,
                        now.plus(life));
        em.persist(request);
        URI url = URI.create(publicUrl.replaceAll("/+$", "") + "/oauth/delegated/" + link);
        String mailProblem = null;
        try {
            mailer.send(
                    email,
                    "Please reconnect " + channel.name() + " on " + channel.network().displayName(),
                    text(channel, message, url, request));
        } catch (Mailer.MailNotSent failed) {
            // the request stands: the sender passes the link on another way (as an invitation's)
            mailProblem = "The e-mail could not be sent (" + failed.getMessage() + ").";
        }
        audit.write(
                workspaceId,
                channelId,
                null,
                actor,
                Action.RECONNECT_REQUEST_SENT,
                (mailProblem == null ? "Reconnect link sent to " : "Reconnect link made for ")
                        + email
                        + ", valid until "
                        + request.expiresAt()
                        + (mailProblem == null ? "" : "; the e-mail could not be sent"),
                clock.instant());
        View made = View.of(request, now);
        return mailProblem == null ? made : made.undelivered(url.toString(), mailProblem);
    }

    /**
     * A link for a message someone else sends (an e-mail notice to an address outside the
     * workspace): made like a sent one, but not mailed here. {@code issuer} names the message, so
     * that its links can be withdrawn if it never goes out.
     */
    public URI issue(UUID workspaceId, UUID channelId, String email, String issuer) {
        String link = OneTimeSecret.generate();
        Instant now = clock.instant();
        ReconnectRequest request =
                new ReconnectRequest(
                        workspaceId,
                        channelId,
                        email,
                        null,
                        OneTimeSecret.digest(link),
                        issuer,
                        now,
                        now.plus(life));
        em.persist(request);
        audit.write(
                workspaceId,
                channelId,
                null,
                issuer,
                Action.RECONNECT_REQUEST_SENT,
                "Reconnect link for "
                        + email
                        + " put in an e-mail notice, valid until "
                        + request.expiresAt(),
                now);
        return URI.create(publicUrl.replaceAll("/+$", "") + "/oauth/delegated/" + link);
    }

    /**
     * Withdraws the links {@code issuer} made that are still pending: its message did not go out.
     */
    public void withdrawIssued(String issuer) {
        Instant now = clock.instant();
        em.createQuery(
                        "select r from ReconnectRequest r where r.createdBy = :issuer",
                        ReconnectRequest.class)
                .setParameter("issuer", issuer)
                .getResultStream()
                .filter(r -> r.status(now) == ReconnectRequest.Status.PENDING)
                .forEach(r -> r.withdraw(now));
    }

    public List<View> of(UUID workspaceId, UUID channelId) {
        channels.view(workspaceId, channelId);
        Instant now = clock.instant();
        return em.createQuery(
                        "select r from ReconnectRequest r where r.channelId = :c order by r.createdAt desc",
                        ReconnectRequest.class)
                .setParameter("c", channelId)
                .getResultStream()
                .map(r -> View.of(r, now))
                .toList();
    }

    public View withdraw(UUID workspaceId, UUID channelId, UUID requestId, String actor) {
        ReconnectRequest request =
                em.find(ReconnectRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null
                || !request.workspaceId().equals(workspaceId)
                || !request.channelId().equals(channelId)) {
            throw ProblemException.notFound("reconnect request", requestId);
        }
        Instant now = clock.instant();
        if (request.status(now) == ReconnectRequest.Status.PENDING) {
            request.withdraw(now);
            audit.write(
                    workspaceId,
                    channelId,
                    null,
                    actor,
                    Action.RECONNECT_REQUEST_WITHDRAWN,
                    "Reconnect link to " + request.email() + " withdrawn",
                    clock.instant());
        }
        return View.of(request, now);
    }

    /** What a pending link is for, as its page names it before anyone acts. */
    public record Pending(String channelName, String network, Instant expiresAt) {}

    /**
     * What a link is for, without using it: a page shows this on {@code GET} and {@code HEAD} (mail
     * scanners follow links), and only its form's {@code POST} {@link #open opens} it.
     *
     * @throws ConnectionFlows.Refused when the link is unknown, used, withdrawn or expired
     */
    public Pending peek(String link) {
        ReconnectRequest request = pending(link, LockModeType.NONE);
        ChannelView channel = channels.view(request.workspaceId(), request.channelId());
        return new Pending(channel.name(), channel.network().displayName(), request.expiresAt());
    }

    /**
     * Opens a link: once, while it is pending, it starts the channel's reconnect and answers the
     * network's consent URL.
     *
     * @throws ConnectionFlows.Refused when the link is unknown, used, withdrawn or expired
     */
    public URI open(String link) {
        ReconnectRequest request = pending(link, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        ChannelView channel = channels.view(request.workspaceId(), request.channelId());
        if (channel.state() == ChannelState.UNLINKED) {
            throw new ConnectionFlows.Refused(
                    "The channel this link was for has been removed from Relink.");
        }
        ConnectionFlows.Started started =
                authorizations.start(
                        request.workspaceId(),
                        channel.network(),
                        Purpose.RECONNECT,
                        request.channelId(),
                        null,
                        null,
                        "delegate:" + request.email());
        request.use(now, started.id());
        audit.write(
                request.workspaceId(),
                request.channelId(),
                null,
                "delegate:" + request.email(),
                Action.RECONNECT_REQUEST_OPENED,
                "Reconnect link opened by its recipient",
                clock.instant());
        return started.authorizationUrl();
    }

    /** The request of a link that can still be used. */
    private ReconnectRequest pending(String link, LockModeType lock) {
        if (link == null || link.length() > 100) {
            throw new ConnectionFlows.Refused("This reconnect link is not valid.");
        }
        ReconnectRequest request =
                em.createQuery(
                                "select r from ReconnectRequest r where r.linkHash = :h",
                                ReconnectRequest.class)
                        .setParameter("h", OneTimeSecret.digest(link))
                        .setLockMode(lock)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new ConnectionFlows.Refused(
                                                "This reconnect link is not valid."));
        Instant now = clock.instant();
        switch (request.status(now)) {
            case USED ->
                    throw new ConnectionFlows.Refused(
                            "This reconnect link was already used. Ask for a new one if the channel is still disconnected.");
            case WITHDRAWN ->
                    throw new ConnectionFlows.Refused(
                            "This reconnect link was withdrawn by whoever sent it.");
            case EXPIRED ->
                    throw new ConnectionFlows.Refused(
                            "This reconnect link expired on "
                                    + request.expiresAt()
                                    + ". Ask for a new one.");
            default -> {
                // pending: go on
            }
        }
        return request;
    }

    private static String text(
            ChannelView channel, String message, URI url, ReconnectRequest request) {
        return "Hello,\n\n"
                + "Relink can no longer reach \""
                + channel.name()
                + "\" on "
                + channel.network().displayName()
                + " for your team."
                + (channel.causeText() == null ? "" : "\n" + channel.causeText())
                + "\n\n"
                + (message == null ? "" : "A note from your team: " + message + "\n\n")
                + "To reconnect it with your account, open this link and allow access on "
                + channel.network().displayName()
                + ":\n\n"
                + url
                + "\n\n"
                + "The link works once and until "
                + request.expiresAt()
                + ". You do not need a Relink account.\n"
                + "If you did not expect this, ignore this e-mail.\n";
    }

    /**
     * A request as listed: never its link, except in the answer that made it when the e-mail could
     * not be sent ({@code link} and {@code mailProblem}; null otherwise), so that the sender can
     * pass it on.
     */
    public record View(
            UUID id,
            UUID channelId,
            String email,
            String message,
            ReconnectRequest.Status status,
            String createdBy,
            Instant createdAt,
            Instant expiresAt,
            Instant usedAt,
            Instant withdrawnAt,
            String link,
            String mailProblem) {
        static View of(ReconnectRequest r, Instant now) {
            return new View(
                    r.id(),
                    r.channelId(),
                    r.email(),
                    r.message(),
                    r.status(now),
                    r.createdBy(),
                    r.createdAt(),
                    r.expiresAt(),
                    r.usedAt(),
                    r.withdrawnAt(),
                    null,
                    null);
        }

        View undelivered(String link, String mailProblem) {
            return new View(
                    id,
                    channelId,
                    email,
                    message,
                    status,
                    createdBy,
                    createdAt,
                    expiresAt,
                    usedAt,
                    withdrawnAt,
                    link,
                    mailProblem);
        }
    }
}
