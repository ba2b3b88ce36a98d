package io.relink.networks;

import java.net.URI;
import java.util.Set;

/**
 * What Relink asks a network's consent page for.
 *
 * @param state the single-use value the callback must bring back
 * @param codeChallenge the PKCE S256 challenge, or null where the network does not take one
 */
public record AuthorizationRequest(URI redirectUri, Set<String> scopes, String state, String codeChallenge) {

    public AuthorizationRequest {
        scopes = Set.copyOf(scopes);
    }
}
