package io.relink.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where Relink's redirects point: always at {@code relink.public-url}, never at whatever the
 * request's {@code Host} header said (the server would otherwise send a browser that came with
 * {@code Host: evil.example} to {@code http://evil.example/...}). A location with a scheme of its
 * own (a network's consent page, the identity provider) is left as it is.
 */
final class PublicAddress {

    private static volatile String base;

    private PublicAddress() {}

    /** The absolute URL for {@code location}, as a redirect of {@code request} would mean it. */
    static String absolute(HttpServletRequest request, String location) {
        return resolve(base(), CallerAuthentication.path(request), location);
    }

    /**
     * {@code location} resolved against the public URL: absolute ones unchanged, {@code /path}
     * below the public URL, a relative one next to {@code requestPath}.
     */
    static String resolve(String publicUrl, String requestPath, String location) {
        if (URI.create(location.replace(" ", "%20")).isAbsolute() || location.startsWith("//")) {
            return location;
        }
        String root = publicUrl.replaceAll("/+$", "");
        if (location.startsWith("/")) {
            return root + location;
        }
        String folder = requestPath.substring(0, requestPath.lastIndexOf('/') + 1);
        return root + URI.create(folder).resolve(URI.create(location.replace(" ", "%20")));
    }

    private static String base() {
        String known = base;
        if (known == null) {
            known =
                    ConfigProvider.getConfig()
                            .getOptionalValue("relink.public-url", String.class)
                            .orElse("http://localhost:8080");
            base = known;
        }
        return known;
    }
}
