package io.relink.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie (the pages' only cookie): {@code HttpOnly} and cookie-only tracking come from
 * {@code web.xml}, {@code SameSite=Lax} from the HTTP listener (the pre-boot commands); here {@code
 * Secure} when {@code relink.public-url} is https, so that it never travels in clear. (A session id
 * in the URL, {@code ;jsessionid=}, is refused by {@link CallerAuthentication}.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(
                ConfigProvider.getConfig()
                        .getOptionalValue("relink.public-url", String.class)
                        .orElse("")
                        .startsWith("https:"));
    }
}
