package io.relink.people.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a person may choose a password, and if not, tells them in one sentence what to
 * change. Pure: nothing is stored, nothing is asked of the container.
 *
 * <p>Rules, checked in this order (the first broken one is the answer):
 *
 * <ul>
 *   <li>at least {@value #MIN_LENGTH} characters, counted as code points so that an emoji is one;
 *   <li>at most {@value #MAX_LENGTH}: nobody types more, and the bound keeps what each sign-in
 *       hashes small (a PBKDF2 that re-keys HMAC every iteration hashes the whole password each
 *       time, so a megabyte-long guess would cost the server far more than a person's);
 *   <li>not the e-mail address or its local part, and not containing a local part of four or more
 *       characters, since whoever guesses passwords knows the address first;
 *   <li>not a common password (case-insensitive), not even with digits or punctuation added at the
 *       end ({@code Password123456!}), since that is the first thing guessed;
 *   <li>not one character or a short group of up to {@value #MAX_REPEATED_GROUP} repeated ({@code
 *       aaaaaaaaaaaa}, {@code abcabcabcabc}), nor a run of consecutive characters up or down
 *       ({@code 123456789012}, {@code abcdefghijkl}), which guessers try right after the list.
 * </ul>
 *
 * Nothing else is demanded: no mix of classes, no expiry, as NIST SP 800-63B advises, because such
 * rules make people write passwords down or vary them predictably.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    static final int MAX_REPEATED_GROUP = 4;

    /** Shorter local parts ("jo", "ann") occur in many good passwords by chance. */
    static final int MIN_LOCAL_PART_CONTAINED = 4;

    /**
     * Stems shorter than this are not looked up: "a123456" in the list must not refuse every
     * password that starts with "a" and goes on with digits and symbols.
     */
    static final int MIN_COMMON_STEM = 3;

    static final String TOO_SHORT =
            "Use at least 12 characters; a few unrelated words make a long password that is easy to"
                    + " remember.";
    static final String TOO_LONG = "Use at most 256 characters.";
    static final String LIKE_EMAIL =
            "Choose a password that does not contain your e-mail address or the name before its @.";
    static final String COMMON =
            "Choose a password that is not a commonly used one, even with digits or symbols added at"
                    + " the end.";
    static final String REPEATED =
            "Choose a password that is not one character or a short group of them repeated.";
    static final String RUN =
            "Choose a password that is not a run of consecutive characters like 123456 or abcdef.";

    private static final String LIST = "/io/relink/people/common-passwords.txt";

    /**
     * Why {@code password} is not acceptable for the person with {@code email}, as one sentence for
     * them; empty when it is acceptable.
     *
     * @param email the address the person signs in with; null when not known yet
     */
    public Optional<String> refusal(String password, String email) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (email != null && resemblesEmail(lower, email.toLowerCase(Locale.ROOT))) {
            return Optional.of(LIKE_EMAIL);
        }
        if (isCommon(lower)) {
            return Optional.of(COMMON);
        }
        int[] codePoints = lower.codePoints().toArray();
        if (isRepeated(codePoints)) {
            return Optional.of(REPEATED);
        }
        if (isRun(codePoints, 1) || isRun(codePoints, -1)) {
            return Optional.of(RUN);
        }
        return Optional.empty();
    }

    private static boolean resemblesEmail(String password, String email) {
        String address = email.strip();
        if (address.isEmpty()) {
            return false;
        }
        int at = address.lastIndexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        return password.equals(address)
                || password.equals(local)
                || (local.codePointCount(0, local.length()) >= MIN_LOCAL_PART_CONTAINED
                        && password.contains(local));
    }

    private static boolean isCommon(String password) {
        return variants(password).anyMatch(CommonPasswords.ALL::contains);
    }

    /**
     * The password as typed, without the symbols at its end, and without the digits and symbols at
     * its end: "password123456!" is also "password123456" and "password", the suffixes people add
     * to satisfy length rules. The list's entries are read the same way, so "jordan23" in the list
     * also refuses "jordan1999!".
     */
    private static Stream<String> variants(String password) {
        return Stream.of(
                        password,
                        withoutTrailing(password, Character::isLetterOrDigit),
                        withoutTrailing(password, Character::isLetter))
                .filter(variant -> variant.codePointCount(0, variant.length()) >= MIN_COMMON_STEM);
    }

    private static String withoutTrailing(String password, IntPredicate kept) {
        int end = password.length();
        while (end > 0) {
            int codePoint = password.codePointBefore(end);
            if (kept.test(codePoint)) {
                break;
            }
            end -= Character.charCount(codePoint);
        }
        return password.substring(0, end);
    }

    private static boolean isRepeated(int[] codePoints) {
        for (int group = 1; group <= MAX_REPEATED_GROUP; group++) {
            if (repeatsEvery(codePoints, group)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeatsEvery(int[] codePoints, int group) {
        for (int i = group; i < codePoints.length; i++) {
            if (codePoints[i] != codePoints[i - group]) {
                return false;
            }
        }
        return true;
    }

    /** Each character follows the one before by {@code step}; 9 is followed by 0, z by a. */
    private static boolean isRun(int[] codePoints, int step) {
        for (int i = 1; i < codePoints.length; i++) {
            if (codePoints[i] != shifted(codePoints[i - 1], step)) {
                return false;
            }
        }
        return true;
    }

    private static int shifted(int codePoint, int step) {
        if (codePoint >= '0' && codePoint <= '9') {
            return '0' + Math.floorMod(codePoint - '0' + step, 10);
        }
        if (codePoint >= 'a' && codePoint <= 'z') {
            return 'a' + Math.floorMod(codePoint - 'a' + step, 26);
        }
        return codePoint + step;
    }

    /** The shipped list, read once on first use (holder idiom: lazy and thread-safe). */
    private static final class CommonPasswords {

        static final Set<String> ALL = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
            if (in == null) {
                // Without the list the policy would wave common passwords through: fail loudly.
                throw new IllegalStateException(LIST + " is missing from the class path");
            }
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return lines.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .flatMap(PasswordPolicy::variants)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + LIST, e);
            }
        }
    }
}
