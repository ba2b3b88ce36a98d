package io.relink.sandbox.control;

import io.relink.problems.ProblemException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes the SANDBOX network knows, and how they are written: space-separated, always in the
 * order {@code read publish insights}, so that equal grants are equal strings.
 */
public final class Scopes {

    public static final List<String> KNOWN = List.of("read", "publish", "insights");

    private Scopes() {}

    /**
     * Known scopes from text separated by spaces or commas; at least one, or a 400 naming the
     * parameter.
     */
    public static Set<String> parse(String raw, String parameter) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalidParameter(
                    parameter, parameter + " must name at least one of " + KNOWN + ".");
        }
        return require(Arrays.asList(raw.strip().split("[\\s,]+")), parameter);
    }

    /**
     * The same scopes in canonical order; unknown ones or none at all are a 400 naming the
     * parameter.
     */
    public static Set<String> require(Collection<String> scopes, String parameter) {
        if (scopes == null || scopes.isEmpty()) {
            throw ProblemException.invalidParameter(
                    parameter, parameter + " must name at least one of " + KNOWN + ".");
        }
        for (String scope : scopes) {
            one(scope, parameter);
        }
        return canonical(scopes);
    }

    /** One known scope, or a 400 naming the parameter. */
    public static String one(String scope, String parameter) {
        if (scope == null || !KNOWN.contains(scope.strip())) {
            throw ProblemException.invalidParameter(
                    parameter, parameter + " must be one of " + KNOWN + ", not '" + scope + "'.");
        }
        return scope.strip();
    }

    /** Stored text back to a set, in canonical order. */
    public static Set<String> of(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return canonical(Arrays.asList(stored.strip().split(" +")));
    }

    /** The scopes as a list in canonical order, for JSON arrays. */
    public static List<String> ordered(Collection<String> scopes) {
        return List.copyOf(canonical(scopes));
    }

    public static String format(Collection<String> scopes) {
        return String.join(" ", canonical(scopes));
    }

    private static Set<String> canonical(Collection<String> scopes) {
        Set<String> wanted = scopes.stream().map(String::strip).collect(Collectors.toSet());
        Set<String> ordered = new LinkedHashSet<>();
        KNOWN.stream().filter(wanted::contains).forEach(ordered::add);
        return Collections.unmodifiableSet(ordered);
    }
}
