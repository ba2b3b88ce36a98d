package io.relink.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2-HMAC-SHA256 ({@code
 * relink.passwords.iterations}, at least 600,000; a random 32-byte salt per hash), and tells when a
 * stored hash was made with weaker parameters than today's, so that it is made again at the next
 * sign-in.
 */
@ApplicationScoped
public class Passwords {

    /**
     * Verified against when a person is unknown or has no password, so that the time a refusal
     * takes does not reveal who has an account. Its iterations match the configured ones.
     */
    private String decoy;

    @Inject Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "relink.passwords.iterations")
    int iterations;

    private PasswordHashes parameters;
    private final PasswordPolicy policy = new PasswordPolicy();

    @PostConstruct
    void configure() {
        parameters = new PasswordHashes(iterations);
        pbkdf2.initialize(parameters.parameters());
        decoy = pbkdf2.generate("decoy".toCharArray());
    }

    /** Why this password may not be chosen by the person with this e-mail; empty when it may. */
    public Optional<String> refusal(String password, String email) {
        return policy.refusal(password, email);
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Whether the password matches the stored hash; spends the same time when there is none. */
    public boolean verify(String password, String stored) {
        if (password == null || password.length() > 1024) {
            return false;
        }
        try {
            boolean matches =
                    pbkdf2.verify(password.toCharArray(), stored == null ? decoy : stored);
            return stored != null && matches;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a hash that just verified should be made again with today's parameters. */
    public boolean needsRehash(String stored) {
        return parameters.needsRehash(stored);
    }
}
