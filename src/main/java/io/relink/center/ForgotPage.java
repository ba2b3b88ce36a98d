package io.relink.center;

import io.relink.people.control.PersonLinks;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /forgot.xhtml}: asks for a reset link. The answer is the same whether or not the
 * address has an account, so the page does not tell who uses Relink.
 */
@Named("forgotPage")
@RequestScoped
public class ForgotPage {

    @Inject PersonLinks links;

    private String email;
    private boolean sent;

    public void send() {
        try {
            links.requestReset(email);
            sent = true;
        } catch (EJBException mailNotSent) {
            Pages.error(
                    "The e-mail could not be sent: Relink cannot reach its mail server. Ask your"
                            + " Relink administrator.");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
