package io.relink.people.control;

import java.util.Base64;
import java.util.Map;

/**
 * Decides how passwords are hashed and whether a stored hash is still good enough, in the format of
 * Jakarta Security's {@code Pbkdf2PasswordHash}: {@code PBKDF2WithHmacSHA256:<iterations>:<base64
 * salt>:<base64 hash>}. Pure: the container's hasher does the hashing with {@link #parameters()};
 * this class only reads the stored strings.
 *
 * <p>A hash that {@link #needsRehash(String) needs a rehash} is replaced right after the next
 * successful sign-in, the one moment the password is at hand: raising the iterations in
 * configuration thus upgrades every active account without a forced reset.
 */
public final class PasswordHashes {

    /**
     * OWASP's Password Storage Cheat Sheet (2023) figure for PBKDF2-HMAC-SHA256; Jakarta Security's
     * own default of 2,048 is three hundred times too cheap for a stolen database.
     */
    public static final int MIN_ITERATIONS = 600_000;

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /** New salts and keys are 32 bytes, as long as SHA-256's output; more adds nothing. */
    static final int SALT_BYTES = 32;

    static final int KEY_BYTES = 32;

    /**
     * Below 16 bytes (NIST SP 800-132's minimum) salts start to repeat across a large user base.
     */
    static final int MIN_SALT_BYTES = 16;

    private final int iterations;

    /**
     * @param iterations the configured PBKDF2 iterations for new hashes; at least {@value
     *     #MIN_ITERATIONS}
     * @throws IllegalArgumentException when fewer, so that a typo in configuration cannot weaken
     *     every hash written from then on
     */
    public PasswordHashes(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException(
                    "PBKDF2 iterations must be at least " + MIN_ITERATIONS + ", not " + iterations);
        }
        this.iterations = iterations;
    }

    /** What to pass to {@code Pbkdf2PasswordHash.initialize} so new hashes follow this policy. */
    public Map<String, String> parameters() {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES));
    }

    /**
     * Whether {@code stored} should be replaced by a fresh hash: another algorithm, fewer
     * iterations than configured, a salt shorter than {@value #MIN_SALT_BYTES} bytes, or a value
     * that is not a hash in the expected format at all (null included).
     */
    public boolean needsRehash(String stored) {
        if (stored == null) {
            return true;
        }
        // The limit keeps an empty last field ("...:salt:") from vanishing and passing as 3 fields.
        String[] fields = stored.split(":", -1);
        if (fields.length != 4 || !ALGORITHM.equals(fields[0])) {
            return true;
        }
        try {
            int storedIterations = Integer.parseInt(fields[1]);
            byte[] salt = Base64.getDecoder().decode(fields[2]);
            byte[] hash = Base64.getDecoder().decode(fields[3]);
            return storedIterations < iterations
                    || salt.length < MIN_SALT_BYTES
                    || hash.length == 0;
        } catch (IllegalArgumentException malformed) { // NumberFormatException included
            return true;
        }
    }

    public int iterations() {
        return iterations;
    }
}
