package io.relink.people.control;

import io.relink.people.entity.LinkPurpose;
import io.relink.people.entity.Person;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the first person in: on a start with nobody in the database (and not in demo mode), makes
 * the instance administrator named by {@code relink.bootstrap.admin-email}. The password is {@code
 * relink.bootstrap.admin-password} when set (it must pass the same strength check as any other);
 * otherwise a single-use setup link, valid for an hour, is printed once in the log (as Jenkins and
 * GitLab do). Without an e-mail address it says in the log how to get in. There is never a default
 * password.
 *
 * <p>Once anybody exists it does nothing, so a restart with the same settings changes nothing, and
 * several nodes starting together make one administrator (the e-mail address is unique: the second
 * node's insert fails and its start goes on, see the log).
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
    static final Duration SETUP_LIFE = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "relink.demo")
    boolean demo;

    @Inject
    @ConfigProperty(name = "relink.bootstrap.admin-email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "relink.bootstrap.admin-password")
    Optional<String> adminPassword;

    @Inject People people;
    @Inject Passwords passwords;
    @Inject PersonLinks links;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void letTheFirstPersonIn() {
        if (demo) {
            return;
        }
        try {
            if (people.anyone()) {
                promoteWhenNobodyRunsTheInstance();
            } else {
                makeTheFirst();
            }
        } catch (EJBException anotherNodeWasFaster) {
            LOG.info(
                    "Another node made the first administrator at the same time; this node"
                            + " starts without doing so");
        }
    }

    /**
     * A database from before instance administrators existed has people but none who runs the
     * instance: the person named by {@code relink.bootstrap.admin-email} becomes one.
     */
    private void promoteWhenNobodyRunsTheInstance() {
        Optional<String> email = adminEmail.map(String::strip).filter(e -> !e.isEmpty());
        if (email.isEmpty() || people.anyInstanceAdmin()) {
            return;
        }
        if (people.makeInstanceAdmin(email.get())) {
            LOG.info(
                    "\n\n  Nobody ran this Relink instance: "
                            + Person.normalize(email.get())
                            + " is its administrator now (from RELINK_BOOTSTRAP_ADMIN_EMAIL).\n");
        }
    }

    private void makeTheFirst() {
        Optional<String> email = adminEmail.map(String::strip).filter(e -> !e.isEmpty());
        if (email.isEmpty() || !email.get().contains("@")) {
            LOG.warning(
                    "\n\n  Nobody can sign in to Relink yet: the database has no person.\n"
                            + "  Set RELINK_BOOTSTRAP_ADMIN_EMAIL to your e-mail address and start"
                            + " again; Relink then prints a one-time setup link here (or set"
                            + " RELINK_BOOTSTRAP_ADMIN_PASSWORD as well).\n");
            return;
        }
        Optional<String> password = adminPassword.filter(p -> !p.isEmpty());
        if (password.isPresent()) {
            Optional<String> weak = passwords.refusal(password.get(), email.get());
            if (weak.isPresent()) {
                LOG.severe(
                        "\n\n  RELINK_BOOTSTRAP_ADMIN_PASSWORD was not accepted: "
                                + weak.get()
                                + "\n  Nobody was created. Choose a stronger one, or unset it to"
                                + " get a one-time setup link instead.\n");
                return;
            }
            Person admin =
                    people.add(
                            email.get(), name(email.get()), true, passwords.hash(password.get()));
            LOG.info(
                    "\n\n  Relink's first administrator is "
                            + admin.email()
                            + ": sign in with the password from RELINK_BOOTSTRAP_ADMIN_PASSWORD"
                            + " (then unset it; it is not read again).\n");
            return;
        }
        Person admin = people.add(email.get(), name(email.get()), true);
        String link = links.issue(admin, LinkPurpose.SETUP, SETUP_LIFE);
        LOG.info(
                "\n\n  Relink's first administrator is "
                        + admin.email()
                        + ". Open this link within an hour to choose the password (it works"
                        + " once and is not shown again):\n\n      "
                        + link
                        + "\n\n  Missed it? Use \"Forgot password\" on the sign-in page once mail"
                        + " is configured, or empty the database and start again.\n");
    }

    /** The name shown until the person changes it: the e-mail's local part. */
    static String name(String email) {
        return email.substring(0, email.indexOf('@'));
    }
}
