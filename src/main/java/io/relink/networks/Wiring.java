package io.relink.networks;

import java.time.Clock;
import java.util.function.Function;

/**
 * The parts an {@link OAuth2Adapter} opens in its {@code connect}: its {@link NetworkEdge} and the
 * {@link TokenEndpoint} it reaches through that edge. One value, so that the adapter keeps one
 * field and one accessor and the interface's defaults read the rest from it.
 */
public record Wiring(NetworkEdge edge, TokenEndpoint tokens) {

    /**
     * Opens the edge of the network {@code settings} describe, pausing as {@code limits} say, and
     * the token endpoint {@code tokens} builds on it (with the network's own answer readers).
     */
    public static Wiring open(
            NetworkSettings settings,
            Clock clock,
            Limits limits,
            Function<NetworkEdge, TokenEndpoint> tokens) {
        NetworkEdge edge = NetworkEdge.open(settings, clock, limits);
        return new Wiring(edge, tokens.apply(edge));
    }

    @Override
    public String toString() {
        return edge.toString();
    }
}
