package io.relink.networks;

import java.net.URI;

/**
 * A {@link NetworkAdapter} whose network renews and trades tokens at an OAuth 2.0 token endpoint
 * (RFC 6749): refresh and code exchange are its {@link TokenEndpoint}'s, read with the network's
 * own answers. Both parts, opened together, are its {@link #wiring()}. The Meta adapters, which
 * trade tokens their own way, are plain {@link NetworkAdapter}s.
 */
public interface OAuth2Adapter extends NetworkAdapter {

    /**
     * The edge and token endpoint this adapter opened in its {@code connect} (see {@link
     * Wiring#open}).
     */
    Wiring wiring();

    @Override
    default NetworkEdge edge() {
        return wiring().edge();
    }

    /**
     * The token endpoint this adapter opened; for the members below, not for callers of the
     * adapter.
     */
    default TokenEndpoint tokens() {
        return wiring().tokens();
    }

    @Override
    default boolean refreshes() {
        return true;
    }

    @Override
    default Renewal refresh(String refreshToken) {
        return tokens().refresh(refreshToken);
    }

    @Override
    default Grant exchange(String code, String codeVerifier, URI redirectUri) {
        return tokens().exchange(code, codeVerifier, redirectUri);
    }
}
