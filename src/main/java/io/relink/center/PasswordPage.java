package io.relink.center;

import io.relink.people.control.PersonLinks;
import io.relink.people.entity.LinkPurpose;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code /password.xhtml?link=…}: the page a setup or reset link opens. Opening it (GET, or a
 * HEAD from a mail scanner) only shows the form; the password is set by the form's POST, which
 * spends the link.
 */
@Named("passwordPage")
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient PersonLinks links;

    private String link;
    private boolean usable;
    private String email;
    private boolean setup;
    private String newPassword;
    private String repeat;
    private boolean done;

    /** On opening: is the link still good, and for whom. */
    public void open() {
        links.open(link)
                .ifPresent(
                        l -> {
                            usable = true;
                            email = l.person().email();
                            setup = l.purpose() == LinkPurpose.SETUP;
                        });
    }

    public void save() {
        if (newPassword == null || !newPassword.equals(repeat)) {
            Pages.error("The two passwords differ: type the same one twice.");
            return;
        }
        try {
            links.choosePassword(link, newPassword);
            done = true;
        } catch (PersonLinks.Refused refused) {
            Pages.error(refused.getMessage());
        }
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getEmail() {
        return email;
    }

    public boolean isSetup() {
        return setup;
    }

    public String getNewPassword() {
        return null; // never sent back to the browser
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return null;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public boolean isDone() {
        return done;
    }
}
