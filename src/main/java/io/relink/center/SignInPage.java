package io.relink.center;

import io.relink.security.SingleSignOn;
import io.relink.security.oidc.OidcSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs the sign-in page: why the last try did not let the person in, the identity provider's
 * button when single sign-on is set up, and the demo logins in demo mode.
 */
@Named("signIn")
@RequestScoped
public class SignInPage {

    @Inject OidcSettings sso;

    @Inject
    @ConfigProperty(name = "relink.demo")
    boolean demo;

    @Inject
    @ConfigProperty(name = "relink.demo.password")
    String demoPassword;

    /** Why single sign-on refused the person, said once (it travels in the session). */
    public String getSsoRefusal() {
        HttpSession session = Pages.request().getSession(false);
        if (session == null) {
            return null;
        }
        Object why = session.getAttribute(SingleSignOn.REFUSAL);
        session.removeAttribute(SingleSignOn.REFUSAL);
        return why == null ? null : why.toString();
    }

    public boolean isSsoEnabled() {
        return sso.isEnabled();
    }

    public String getSsoName() {
        return sso.name();
    }

    public boolean isDemo() {
        return demo;
    }

    public String getDemoPassword() {
        return demo ? demoPassword : null;
    }
}
