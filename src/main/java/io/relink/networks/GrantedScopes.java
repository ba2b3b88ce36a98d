package io.relink.networks;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the scopes a network reports as granted with those its adapter requires ({@link
 * Network#requiredScopes}): a token that works but no longer carries a required scope is dead,
 * {@code SCOPE_MISSING}, with the missing scopes named in its raw code. One rule for every network,
 * applied to every working answer the checking engine gets (introspection, renewal); an answer that
 * reports no scopes says nothing about them. Pure.
 */
public final class GrantedScopes {

    /** The raw code of such a death, followed by the missing scopes, comma-separated. */
    public static final String RAW_CODE = "scope_missing:";

    /** The raw code's column holds 100 characters. */
    private static final int RAW_CODE_LIMIT = 100;

    private static final Set<String> IDENTITY = Set.of("openid", "profile", "email");

    private GrantedScopes() {}

    /**
     * The verdict as it stands once the scopes are compared: a {@link Verdict.Valid} that reports
     * scopes lacking one of {@code required} becomes a {@link Verdict.Dead} ({@code
     * SCOPE_MISSING}); any other verdict is returned as it is.
     */
    public static Verdict judge(Verdict verdict, Set<String> required) {
        if (!(verdict instanceof Verdict.Valid valid)
                || valid.scopes().isEmpty()
                || required.isEmpty()) {
            return verdict;
        }
        SortedSet<String> missing = new TreeSet<>(required);
        missing.removeAll(valid.scopes());
        if (missing.isEmpty()) {
            return verdict;
        }
        String listed = String.join(",", missing);
        String rawCode = RAW_CODE + listed;
        return new Verdict.Dead(
                Cause.SCOPE_MISSING,
                rawCode.length() <= RAW_CODE_LIMIT ? rawCode : rawCode.substring(0, RAW_CODE_LIMIT),
                "The token works but is no longer granted: " + String.join(", ", missing) + ".");
    }

    /**
     * The scopes a token must keep: of those an adapter asks for, the ones Relink's promise rests
     * on ({@code core}: finding the channel and publishing to it). A person may decline the others
     * on the consent page (insights, comments, a business portfolio) and the channel still works
     * for what most products do, so losing one is no reason to turn it red. Never the OpenID
     * Connect ones ({@code openid}, {@code profile}, {@code email}), which only tell who granted at
     * connect time and which introspection answers name differently (Google's {@code tokeninfo}
     * lists {@code email} as {@code …/auth/userinfo.email}). A deployment whose {@code scopes}
     * setting leaves a core scope out does not require it.
     */
    public static Set<String> required(
            java.util.Collection<String> asked, java.util.Collection<String> core) {
        SortedSet<String> required = new TreeSet<>(asked);
        required.retainAll(core);
        required.removeAll(IDENTITY);
        return java.util.Collections.unmodifiableSortedSet(required);
    }

    /**
     * The scopes a raw code of {@link #judge} names as missing, in order; empty for any other raw
     * code.
     */
    public static List<String> missingIn(String rawCode) {
        if (rawCode == null || !rawCode.startsWith(RAW_CODE)) {
            return List.of();
        }
        return List.of(rawCode.substring(RAW_CODE.length()).split(",")).stream()
                .filter(scope -> !scope.isBlank())
                .toList();
    }
}
