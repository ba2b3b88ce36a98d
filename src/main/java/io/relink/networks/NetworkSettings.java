package io.relink.networks;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * One configuration scheme for every network: {@code relink.network.<net>.client-id}, {@code
 * .client-secret}, {@code .base-url} (and any extra URL or value a network needs, read with {@link
 * #url} and {@link #value}), {@code .timeout}. A network without its app's credentials is "not
 * configured": it cannot be connected or checked, and says so; nothing crashes.
 *
 * @param lookup the network's other settings by key without the prefix (e.g. {@code auth-url})
 */
public record NetworkSettings(
        NetworkType network,
        String clientId,
        String clientSecret,
        URI baseUrl,
        Duration timeout,
        Function<String, Optional<String>> lookup) {

    public NetworkSettings {
        clientId = clientId == null ? "" : clientId.strip();
        clientSecret = clientSecret == null ? "" : clientSecret.strip();
        baseUrl = slash(baseUrl);
    }

    /** How long one request to a network may take when its own {@code timeout} is not set. */
    static final String TIMEOUT = "relink.network.timeout";

    /**
     * Reads the settings of {@code network}, with the network's real API as the default base URL.
     */
    public static NetworkSettings read(Config config, NetworkType network, String defaultBaseUrl) {
        String prefix = prefix(network);
        return new NetworkSettings(
                network,
                config.getOptionalValue(prefix + "client-id", String.class).orElse(""),
                config.getOptionalValue(prefix + "client-secret", String.class).orElse(""),
                URI.create(
                        config.getOptionalValue(prefix + "base-url", String.class)
                                .orElse(defaultBaseUrl)),
                config.getOptionalValue(prefix + "timeout", Duration.class)
                        .orElseGet(() -> config.getValue(TIMEOUT, Duration.class)),
                key -> config.getOptionalValue(prefix + key, String.class));
    }

    /** Settings for tests and tools: explicit values, extra keys from a map. */
    public static NetworkSettings of(
            NetworkType network,
            String clientId,
            String clientSecret,
            URI baseUrl,
            Duration timeout,
            Map<String, String> extra) {
        Map<String, String> copy = Map.copyOf(extra);
        return new NetworkSettings(
                network,
                clientId,
                clientSecret,
                baseUrl,
                timeout,
                key -> Optional.ofNullable(copy.get(key)));
    }

    /** Why the network cannot be used, or null. */
    public String unavailableReason() {
        String prefix = prefix(network);
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            return "not configured: set "
                    + prefix
                    + "client-id and "
                    + prefix
                    + "client-secret (the app registered at "
                    + network.displayName()
                    + ")";
        }
        return null;
    }

    /**
     * Another URL of the network, e.g. {@code url("auth-url",
     * "https://www.facebook.com/v21.0/dialog/oauth")}.
     */
    public URI url(String key, String defaultUrl) {
        return URI.create(lookup.apply(key).orElse(defaultUrl));
    }

    /** Any other setting of the network, as text. */
    public Optional<String> value(String key) {
        return lookup.apply(key);
    }

    public static String prefix(NetworkType network) {
        return "relink.network." + network.name().toLowerCase(Locale.ROOT) + ".";
    }

    /**
     * Paths resolve against the base: without a trailing slash the last segment would be replaced.
     */
    private static URI slash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }

    @Override
    public String toString() {
        return "NetworkSettings["
                + network
                + ", clientId="
                + clientId
                + ", clientSecret="
                + (clientSecret.isEmpty() ? "none" : "***")
                + ", baseUrl="
                + baseUrl
                + ", timeout="
                + timeout
                + "]";
    }
}
