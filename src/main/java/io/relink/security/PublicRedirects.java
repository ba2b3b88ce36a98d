package io.relink.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Makes every redirect of the pages and servlets (a Faces navigation, a sign-out) point at {@code
 * relink.public-url} ({@link PublicAddress}); the authentication mechanism's own redirects do the
 * same, since it answers before any filter.
 */
@WebFilter(urlPatterns = "/*")
public class PublicRedirects extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(
                request,
                new HttpServletResponseWrapper(response) {
                    @Override
                    public void sendRedirect(String location) throws IOException {
                        super.sendRedirect(PublicAddress.absolute(request, location));
                    }
                });
    }
}
