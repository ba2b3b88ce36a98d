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

    private String ssoRefusal;
    private boolean refusalRead;

    /**
     * Why single sign-on refused the person: taken out of the session at the first read of this
     * request, so that it is said once.
     */
    public String getSsoRefusal() {
        if (!refusalRead) {
            refusalRead = true;
            HttpSession session = Pages.request().getSession(false);
            Object why = session == null ? null : session.getAttribute(SingleSignOn.REFUSAL);
            if (why != null) {
                session.removeAttribute(SingleSignOn.REFUSAL);
                ssoRefusal = why.toString();
            }
        }
        return ssoRefusal;
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
