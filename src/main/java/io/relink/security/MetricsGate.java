package io.relink.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's metrics ({@code /metrics}, Prometheus text) go to whoever holds {@code
 * relink.metrics.token}, sent as {@code Authorization: Bearer <token>}: they name the networks, the
 * outcomes of checks and the server's classes, which are nobody else's business. Without a token
 * configured there are no metrics (404); a wrong or missing token is a 401.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> token =
                ConfigProvider.getConfig()
                        .getOptionalValue("relink.metrics.token", String.class)
                        .filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            answer(response, 404, "Metrics are off: set relink.metrics.token to serve them.");
            return;
        }
        if (!allowed(token.get(), request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"relink-metrics\"");
            answer(response, 401, "Send the metrics token as 'Authorization: Bearer <token>'.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code authorization} carries {@code token}, compared in constant time. */
    static boolean allowed(String token, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(
                authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpServletResponse response, int status, String why)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((why + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
