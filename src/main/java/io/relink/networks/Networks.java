package io.relink.networks;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/**
 * Picks the adapter for a network type. An unknown or unconfigured network fails loudly with a
 * {@link NetworkUnavailable} that says what is missing; it never falls back silently.
 */
@ApplicationScoped
public class Networks {

    @Inject @Any Instance<Network> adapters;

    private Map<NetworkType, Network> byType;

    @PostConstruct
    void index() {
        Map<NetworkType, Network> found = new EnumMap<>(NetworkType.class);
        for (Network adapter : adapters) {
            Network clash = found.put(adapter.type(), adapter);
            if (clash != null) {
                throw new IllegalStateException(
                        "Two adapters for "
                                + adapter.type()
                                + ": "
                                + clash.getClass()
                                + " and "
                                + adapter.getClass());
            }
        }
        byType = found;
    }

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(Networks.class.getName());

    public Network of(NetworkType type) {
        Network network = byType.get(type);
        if (network == null) {
            throw new NetworkUnavailable(
                    type, "Relink has no adapter for " + type.displayName() + " yet");
        }
        String reason = network.unavailableReason();
        if (reason != null) {
            // The reason names configuration keys: the operator's business, so the log's. The
            // caller (a member on a page, an integration) learns what it means for them.
            LOG.fine(() -> type.displayName() + " is not available: " + reason);
            throw new NetworkUnavailable(
                    type,
                    type.displayName()
                            + " is not set up on this Relink yet: an instance administrator"
                            + " registers Relink's app there and gives Relink its keys (README,"
                            + " Networks).");
        }
        return network;
    }

    /** Whether tokens of this network can be checked at the network now. */
    public boolean isAvailable(NetworkType type) {
        Network network = byType.get(type);
        return network != null && network.unavailableReason() == null;
    }

    /** No usable adapter for a network. */
    public static class NetworkUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final NetworkType network;

        public NetworkUnavailable(NetworkType network, String message) {
            super(message);
            this.network = network;
        }

        public NetworkType network() {
            return network;
        }
    }
}
