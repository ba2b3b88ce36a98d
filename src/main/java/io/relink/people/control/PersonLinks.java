package io.relink.people.control;

import io.relink.people.entity.LinkPurpose;
import io.relink.people.entity.Person;
import io.relink.people.entity.PersonLink;
import io.relink.platform.Mailer;
import io.relink.platform.OneTimeSecret;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single-use links that let one person choose a password: the first administrator's setup link and
 * "forgot password". Opening a link (GET) only shows the form; the password is set by the form's
 * POST, so a mail scanner that follows links spends nothing.
 */
@Stateless
public class PersonLinks {

    private static final Logger LOG = Logger.getLogger(PersonLinks.class.getName());

    /** Where the links lead: the page that asks for the new password. */
    public static final String PAGE = "/password.xhtml?link=";

    @PersistenceContext EntityManager em;
    @Inject People people;
    @Inject Passwords passwords;
    @Inject VerifiedPasswords verified;
    @Inject Mailer mailer;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "relink.passwords.reset-life")
    Duration resetLife;

    /** A new link for the person; earlier open links of the same purpose stop working. */
    public String issue(Person person, LinkPurpose purpose, Duration life) {
        Instant now = clock.instant();
        em.createNamedQuery(PersonLink.OPEN_OF, PersonLink.class)
                .setParameter("person", person)
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(old -> old.use(now));
        String secret = OneTimeSecret.generate();
        em.persist(
                new PersonLink(person, purpose, OneTimeSecret.digest(secret), now, now.plus(life)));
        return publicUrl + PAGE + secret;
    }

    /**
     * "Forgot password": e-mails a reset link when the address belongs to someone. Answers the same
     * either way, so that the form does not tell who has an account.
     */
    public void requestReset(String email) {
        Optional<Person> person = people.byEmail(email);
        if (person.isEmpty()) {
            LOG.fine("A password reset was asked for an address nobody has");
            return;
        }
        String link = issue(person.get(), LinkPurpose.RESET, resetLife);
        mailer.send(
                person.get().email(),
                "Relink: choose a new password",
                "Hello "
                        + person.get().displayName()
                        + ",\n\n"
                        + "Someone (hopefully you) asked to choose a new password for Relink.\n"
                        + "Open this link to do so; it works once, for "
                        + Durations.words(resetLife)
                        + ":\n\n"
                        + link
                        + "\n\nIf you did not ask for this, ignore this e-mail: your password"
                        + " stays as it is.\n");
    }

    /** The link behind this secret while it works, for the page to greet the person. */
    public Optional<PersonLink> open(String secret) {
        if (!OneTimeSecret.plausible(secret)) {
            return Optional.empty();
        }
        return em.createNamedQuery(PersonLink.BY_HASH, PersonLink.class)
                .setParameter("hash", OneTimeSecret.digest(secret))
                .getResultStream()
                .filter(link -> link.usableAt(clock.instant()))
                .findFirst();
    }

    /**
     * Sets the password through the link and spends it.
     *
     * @throws Refused when the link does not work (any more) or the password is too weak; nothing
     *     changed then
     */
    public Person choosePassword(String secret, String password) {
        PersonLink link =
                open(secret)
                        .orElseThrow(
                                () ->
                                        new Refused(
                                                "This link does not work any more: it was used,"
                                                        + " replaced or has expired. Ask for a new"
                                                        + " one."));
        em.lock(link, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(link);
        if (!link.usableAt(clock.instant())) {
            throw new Refused("This link was just used.");
        }
        Person person = link.person();
        passwords
                .refusal(password, person.email())
                .ifPresent(
                        why -> {
                            throw new Refused(why);
                        });
        person.password(passwords.hash(password));
        person.signedIn(); // a fresh password ends any pause of the account
        link.use(clock.instant());
        verified.forget();
        return person;
    }

    /** A link or a password was refused; the message is for the person. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
