package io.relink.people.control;

import io.relink.people.entity.Person;
import io.relink.platform.Mailer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides a sign-in with e-mail and password, for the sign-in form and for {@code Authorization:
 * Basic} alike.
 *
 * <p>Throttled twice (see {@link SignInThrottle}): per account, counted in the database so that
 * every node agrees, and per client address, counted on this node. After five failures in a row
 * each further try waits twice as long as the one before (from 1 second up to 15 minutes); during
 * the wait even the right password is refused, and the account's owner is told by e-mail once, at
 * the fifth failure. A successful sign-in makes the hash again when it was made with weaker
 * parameters.
 */
@Stateless
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

    @Inject People people;
    @Inject Passwords passwords;
    @Inject AddressThrottle addresses;
    @Inject VerifiedPasswords verified;
    @Inject Mailer mailer;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relink.public-url")
    String publicUrl;

    /** What came of a sign-in. */
    public sealed interface Result {
        /** Signed in. */
        record In(Person person) implements Result {}

        /** The e-mail address and password do not match. */
        record Wrong() implements Result {}

        /** Too many failures: try again after the wait. */
        record Paused(Duration retryAfter) implements Result {}
    }

    public Result signIn(String email, String password, String address) {
        Instant now = clock.instant();
        Optional<Duration> addressWait = addresses.refusedFor(address, now);
        if (addressWait.isPresent()) {
            return new Result.Paused(addressWait.get());
        }
        Optional<Person> found = people.byEmail(email);
        if (found.isPresent() && verified.recently(found.get(), password)) {
            return new Result.In(found.get()); // a script's Basic sign-in, verified moments ago
        }
        Optional<Duration> accountWait = found.flatMap(p -> accountWait(p, now));
        if (accountWait.isPresent()) {
            return new Result.Paused(accountWait.get());
        }
        String stored = found.map(Person::passwordHash).orElse(null);
        if (!passwords.verify(password, stored)) {
            addresses.failed(address, now);
            found.ifPresent(person -> failed(person, now));
            return new Result.Wrong();
        }
        Person person = found.get();
        addresses.succeeded(address);
        person.signedIn();
        if (passwords.needsRehash(stored)) {
            person.password(passwords.hash(password));
        }
        verified.remember(person, password);
        return new Result.In(person);
    }

    private static Optional<Duration> accountWait(Person person, Instant now) {
        if (person.lastFailedAt() == null) {
            return Optional.empty();
        }
        Instant until = person.lastFailedAt().plus(SignInThrottle.wait(person.failedSignIns()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private void failed(Person person, Instant now) {
        int inARow = person.signInFailed(now);
        if (inARow == SignInThrottle.FREE_FAILURES + 1) {
            LOG.info(
                    "Sign-in to "
                            + person
                            + " paused after "
                            + inARow
                            + " failures in a row; telling its owner");
            tellOwner(person);
        }
    }

    private void tellOwner(Person person) {
        try {
            mailer.send(
                    person.email(),
                    "Relink: sign-in to your account is paused",
                    "Hello "
                            + person.displayName()
                            + ",\n\n"
                            + "Someone tried to sign in to your Relink account ("
                            + person.email()
                            + ") "
                            + (SignInThrottle.FREE_FAILURES + 1)
                            + " times in a row with a wrong password, so Relink has paused"
                            + " sign-in to it for a moment, and waits longer after each further"
                            + " failure.\n\n"
                            + "If this was you, wait a minute and try again. If it was not, choose"
                            + " a new password: "
                            + publicUrl
                            + "/forgot.xhtml\n");
        } catch (Mailer.MailNotSent notSent) {
            LOG.warning("Could not tell " + person + " that sign-in is paused: mail not sent");
        }
    }
}
