package io.relink.people.control;

import io.relink.people.entity.Person;
import io.relink.platform.OneTimeSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a few minutes, that a person's password was verified, so that a script calling the
 * API with {@code Authorization: Basic} does not cost a PBKDF2 run (600,000 iterations, about half
 * a second of a core) on every request. Only successes are remembered, under a digest of the
 * person, the password and the stored hash: a changed password or hash misses at once, and the
 * memory holds no password.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration FOR = Duration.ofMinutes(5);
    static final int MAX = 10_000;

    @Inject Clock clock;

    private final Map<String, Instant> until =
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                    return size() > MAX;
                }
            };

    public synchronized boolean recently(Person person, String password) {
        if (person.passwordHash() == null || password == null) {
            return false;
        }
        Instant expiry = until.get(key(person, password));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    public synchronized void remember(Person person, String password) {
        until.put(key(person, password), clock.instant().plus(FOR));
    }

    /** Forgets everything (a password was changed somewhere: no stale success survives it). */
    public synchronized void forget() {
        until.clear();
    }

    private static String key(Person person, String password) {
        return OneTimeSecret.digest(
                person.id() + "\u0000" + password + "\u0000" + person.passwordHash());
    }
}
