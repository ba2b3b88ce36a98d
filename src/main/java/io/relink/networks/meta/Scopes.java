package io.relink.networks.meta;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.NetworkSettings;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Which scopes a Meta consent dialog asks for. Pure. */
public final class Scopes {

    private Scopes() {}

    /**
     * The network's defaults (or the {@code scopes} setting, comma-separated, which replaces them
     * for a deployment that needs fewer) plus whatever the request adds; sorted, so that the URL is
     * the same each time.
     */
    public static Set<String> asked(
            NetworkSettings settings, Set<String> defaults, AuthorizationRequest request) {
        Set<String> scopes =
                new TreeSet<>(
                        settings.value("scopes")
                                .map(
                                        list ->
                                                Stream.of(list.split("[,\\s]+"))
                                                        .filter(s -> !s.isEmpty())
                                                        .toList())
                                .map(Set::copyOf)
                                .orElse(defaults));
        scopes.addAll(request.scopes());
        return scopes;
    }
}
