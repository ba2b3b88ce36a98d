package io.relink.networks;

import java.net.URI;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Relink asks a network's consent page for.
 *
 * @param state the single-use value the callback must bring back
 * @param codeChallenge the PKCE S256 challenge, or null where the network does not take one
 */
public record AuthorizationRequest(
        URI redirectUri, Set<String> scopes, String state, String codeChallenge) {

    public AuthorizationRequest {
        scopes = Set.copyOf(scopes);
    }

    /**
     * The {@code scope} parameter of an OAuth 2.0 consent page: the network's own scopes and any
     * the caller adds, sorted, so that the URL is the same each time, and joined with the network's
     * {@code separator}.
     */
    public String scope(Collection<String> ours, String separator) {
        Set<String> asked = new TreeSet<>(ours);
        asked.addAll(scopes);
        return String.join(separator, asked);
    }
}
