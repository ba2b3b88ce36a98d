package io.relink.center;

import io.relink.people.control.People;
import io.relink.people.control.SignIns;
import io.relink.security.oidc.OidcSettings;
import io.relink.workspaces.control.Invitations;
import io.relink.workspaces.entity.Invitation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code /invitation.xhtml?link=…}: the page an invitation e-mail opens. Opening it only
 * shows who invites whom to what; joining is the form's POST: a newcomer chooses a name and a
 * password, someone with an account signs in with theirs, or either uses the identity provider.
 */
@Named("invitationPage")
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient Invitations invitations;
    @Inject transient People people;
    @Inject transient SignIns signIns;
    @Inject transient OidcSettings sso;

    private String link;
    private boolean usable;
    private String email;
    private String workspaceName;
    private String role;
    private boolean known;
    private String name;
    private String password;
    private String newPassword;
    private String repeat;
    private boolean done;

    public void open() {
        invitations
                .open(link)
                .ifPresent(
                        (Invitation i) -> {
                            usable = true;
                            email = i.email();
                            workspaceName = i.workspace().name();
                            role = i.role().name().toLowerCase();
                            known = people.byEmail(i.email()).isPresent();
                        });
    }

    /** A newcomer joins with a name and a new password. */
    public void join() {
        if (newPassword == null || !newPassword.equals(repeat)) {
            Pages.error("The two passwords differ: type the same one twice.");
            return;
        }
        try {
            invitations.acceptAsNewcomer(link, name, newPassword);
            done = true;
        } catch (Invitations.Refused refused) {
            Pages.error(refused.getMessage());
        }
    }

    /** Someone with an account proves it with their password and joins. */
    public void signInAndJoin() {
        SignIns.Result result = signIns.signIn(email, password, Pages.request().getRemoteAddr());
        if (result instanceof SignIns.Result.Paused) {
            Pages.error("Too many failed sign-ins: wait a minute and try again.");
        } else if (result instanceof SignIns.Result.In in) {
            try {
                invitations.acceptAs(link, in.person().id());
                done = true;
            } catch (Invitations.Refused refused) {
                Pages.error(refused.getMessage());
            }
        } else {
            Pages.error("That password does not match " + email + "'s.");
        }
    }

    public boolean isSsoEnabled() {
        return sso.isEnabled();
    }

    public String getSsoName() {
        return sso.name();
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

    public String getWorkspaceName() {
        return workspaceName;
    }

    public String getRole() {
        return role;
    }

    public boolean isKnown() {
        return known;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return null;
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
