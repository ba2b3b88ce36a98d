package io.relink.networks.meta;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.GrantedScopes;
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
        Set<String> scopes = new TreeSet<>(ours(settings, defaults));
        scopes.addAll(request.scopes());
        return scopes;
    }

    /**
     * The scopes a token of this network must keep ({@code Network#requiredScopes}): its {@code
     * core} scopes among the defaults, or among the {@code scopes} setting that replaces them (see
     * {@link GrantedScopes#required}).
     */
    public static Set<String> required(
            NetworkSettings settings, Set<String> defaults, Set<String> core) {
        return GrantedScopes.required(ours(settings, defaults), core);
    }

    private static Set<String> ours(NetworkSettings settings, Set<String> defaults) {
        return settings.value("scopes")
                .map(list -> Stream.of(list.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList())
                .map(Set::copyOf)
                .orElse(defaults);
    }
}
