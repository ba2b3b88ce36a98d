package io.relink.workspaces.control;

import io.relink.audit.control.AuditTrail;
import io.relink.audit.entity.Action;
import io.relink.people.control.Durations;
import io.relink.people.control.Passwords;
import io.relink.people.control.People;
import io.relink.people.entity.Person;
import io.relink.platform.Mailer;
import io.relink.platform.OneTimeSecret;
import io.relink.problems.ProblemException;
import io.relink.workspaces.entity.Invitation;
import io.relink.workspaces.entity.Membership;
import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations to a workspace: sent by e-mail as a single-use link valid {@code
 * relink.members.invitation-life}, sent again (a new link replaces the old), withdrawn, and
 * accepted once: by a new person who chooses a password, by someone who already has an account and
 * signs in, or through the identity provider. Opening the link only shows the page; accepting is
 * the page's POST, so a mail scanner that follows links accepts nothing.
 *
 * <p>When the mail server cannot take the e-mail the invitation still stands and the inviter gets
 * the link to pass on another way (see {@link Sent}).
 */
@Stateless
public class Invitations {

    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

    /** Where the links lead: the page that greets the invited person. */
    public static final String PAGE = "/invitation.xhtml?link=";

    @PersistenceContext EntityManager em;
    @Inject People people;
    @Inject Passwords passwords;
    @Inject Memberships memberships;
    @Inject Mailer mailer;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "relink.members.invitation-life")
    Duration life;

    /**
     * An invitation just sent: its link (the only copy; shown once) and whether the e-mail went
     * out.
     */
    public record Sent(Invitation invitation, String link, String mailProblem) {
        public boolean mailed() {
            return mailProblem == null;
        }
    }

    public List<Invitation> of(UUID workspaceId) {
        return em.createNamedQuery(Invitation.OF_WORKSPACE, Invitation.class)
                .setParameter("workspace", workspaceId)
                .getResultList();
    }

    public Sent invite(UUID workspaceId, String email, Role role, Role inviterRole, String actor) {
        if (!Mailer.isAddress(email == null ? null : email.strip())) {
            throw ProblemException.invalidParameter("email", "Give one e-mail address.");
        }
        String address = Person.normalize(email);
        TeamRules.mayInvite(inviterRole, role)
                .ifPresent(
                        why -> {
                            throw ProblemException.forbidden(why);
                        });
        Workspace workspace = em.find(Workspace.class, workspaceId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Person> known = people.byEmail(address);
        if (known.isPresent() && memberships.of(known.get().id(), workspaceId).isPresent()) {
            throw ProblemException.conflict(address + " is already a member of this workspace.");
        }
        Instant now = clock.instant();
        if (of(workspaceId).stream()
                .anyMatch(
                        i ->
                                i.email().equals(address)
                                        && i.status(now) == Invitation.Status.PENDING)) {
            throw ProblemException.conflict(
                    address + " has an invitation already: send it again or withdraw it.");
        }
        String secret = OneTimeSecret.generate();
        Invitation invitation =
                new Invitation(
                        workspace,
                        address,
                        role,
                        OneTimeSecret.digest(secret),
                        actor,
                        now,
                        now.plus(life));
        em.persist(invitation);
        audit.write(
                workspaceId,
                null,
                null,
                actor,
                Action.MEMBER_INVITED,
                address + " as " + role,
                now);
        return send(invitation, secret);
    }

    public Sent resend(UUID workspaceId, UUID invitationId, Role inviterRole, String actor) {
        Invitation invitation = existing(workspaceId, invitationId);
        TeamRules.mayInvite(inviterRole, invitation.role())
                .ifPresent(
                        why -> {
                            throw ProblemException.forbidden(why);
                        });
        Invitation.Status status = invitation.status(clock.instant());
        if (status == Invitation.Status.ACCEPTED || status == Invitation.Status.WITHDRAWN) {
            throw ProblemException.conflict(
                    "This invitation was " + status.name().toLowerCase() + "; invite again.");
        }
        String secret = OneTimeSecret.generate();
        Instant now = clock.instant();
        invitation.resent(OneTimeSecret.digest(secret), now, now.plus(life));
        audit.write(
                workspaceId, null, null, actor, Action.INVITATION_RESENT, invitation.email(), now);
        return send(invitation, secret);
    }

    public Invitation withdraw(
            UUID workspaceId, UUID invitationId, Role inviterRole, String actor) {
        Invitation invitation = existing(workspaceId, invitationId);
        TeamRules.mayInvite(inviterRole, invitation.role())
                .ifPresent(
                        why -> {
                            throw ProblemException.forbidden(why);
                        });
        if (invitation.status(clock.instant()) == Invitation.Status.PENDING) {
            invitation.withdraw(clock.instant());
            audit.write(
                    workspaceId,
                    null,
                    null,
                    actor,
                    Action.INVITATION_WITHDRAWN,
                    invitation.email(),
                    clock.instant());
        } else if (invitation.status(clock.instant()) == Invitation.Status.ACCEPTED) {
            throw ProblemException.conflict(
                    "This invitation was accepted; remove the member instead.");
        }
        return invitation;
    }

    /** The pending invitation behind this link, for its page. */
    public Optional<Invitation> open(String secret) {
        if (!OneTimeSecret.plausible(secret)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Invitation.BY_HASH, Invitation.class)
                .setParameter("hash", OneTimeSecret.digest(secret))
                .getResultStream()
                .filter(i -> i.status(clock.instant()) == Invitation.Status.PENDING)
                .findFirst();
    }

    /**
     * Accepts as a new person who chooses a name and a password.
     *
     * @throws Refused when the link does not work, the address has an account already (sign in to
     *     accept), or the password is too weak; nothing changed then
     */
    public Membership acceptAsNewcomer(String secret, String name, String password) {
        Invitation invitation = pending(secret);
        if (people.byEmail(invitation.email()).isPresent()) {
            throw new Refused(
                    invitation.email() + " has a Relink account already: sign in to accept.");
        }
        String displayName = name == null ? "" : name.strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new Refused("Give your name (at most 200 characters).");
        }
        passwords
                .refusal(password, invitation.email())
                .ifPresent(
                        why -> {
                            throw new Refused(why);
                        });
        Person person =
                people.add(invitation.email(), displayName, false, passwords.hash(password));
        return join(invitation, person);
    }

    /**
     * Accepts as a person who proved who they are (signed in with a password or through the
     * identity provider); the invitation must be for their e-mail address.
     */
    public Membership acceptAs(String secret, UUID personId) {
        Invitation invitation = pending(secret);
        Person person =
                people.byId(personId).orElseThrow(() -> new Refused("Sign in first to accept."));
        if (!person.email().equals(invitation.email())) {
            throw new Refused(
                    "This invitation is for "
                            + invitation.email()
                            + "; you are signed in as "
                            + person.email()
                            + ".");
        }
        return join(invitation, person);
    }

    /** Whether someone invited this address and the invitation still stands. */
    public boolean pendingFor(String email) {
        return !pendingList(Person.normalize(email)).isEmpty();
    }

    /**
     * Accepts every pending invitation to the person's address (for a person the identity provider
     * vouched for, who needs no link to prove the address is theirs).
     */
    public void acceptPendingFor(Person person) {
        for (Invitation invitation : pendingList(person.email())) {
            em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
            join(invitation, person);
        }
    }

    private List<Invitation> pendingList(String email) {
        return em.createNamedQuery(Invitation.PENDING_FOR, Invitation.class)
                .setParameter("email", email)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private Membership join(Invitation invitation, Person person) {
        Membership member = memberships.join(invitation.workspace(), person, invitation.role());
        invitation.accepted(person.id(), clock.instant());
        audit.write(
                invitation.workspace().id(),
                null,
                null,
                "person:" + person.email(),
                Action.MEMBER_JOINED,
                person.email()
                        + " as "
                        + member.role()
                        + " (invited by "
                        + invitation.invitedBy()
                        + ")",
                clock.instant());
        return member;
    }

    private Invitation pending(String secret) {
        Invitation invitation =
                open(secret)
                        .orElseThrow(
                                () ->
                                        new Refused(
                                                "This invitation does not work any more: it was"
                                                        + " accepted, withdrawn, replaced by a"
                                                        + " newer one, or has expired. Ask for a"
                                                        + " new one."));
        em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(invitation);
        if (invitation.status(clock.instant()) != Invitation.Status.PENDING) {
            throw new Refused("This invitation was just used.");
        }
        return invitation;
    }

    private Sent send(Invitation invitation, String secret) {
        String link = publicUrl + PAGE + secret;
        try {
            mailer.send(
                    invitation.email(),
                    "You are invited to " + invitation.workspace().name() + " on Relink",
                    "Hello,\n\n"
                            + invitation.invitedBy().replaceFirst("^[a-z-]+:", "")
                            + " invites you to join the workspace \""
                            + invitation.workspace().name()
                            + "\" on Relink as "
                            + invitation.role().name().toLowerCase()
                            + ".\nRelink keeps the workspace's social channels connected.\n\n"
                            + "Open this link to accept; it works once, for "
                            + Durations.words(life)
                            + ":\n\n"
                            + link
                            + "\n\nRelink: "
                            + publicUrl
                            + "/\n");
            return new Sent(invitation, link, null);
        } catch (Mailer.MailNotSent notSent) {
            LOG.warning("Invitation " + invitation.id() + " not e-mailed: the mail server refused");
            return new Sent(
                    invitation,
                    link,
                    "The e-mail could not be sent (the mail server did not take it): pass the"
                            + " link on yourself.");
        }
    }

    private Invitation existing(UUID workspaceId, UUID invitationId) {
        Invitation invitation =
                invitationId == null ? null : em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.workspace().id().equals(workspaceId)) {
            throw ProblemException.notFound("invitation", invitationId);
        }
        return invitation;
    }

    /** An invitation link or the answers on its page were refused; the message is for people. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
