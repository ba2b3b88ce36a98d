package io.relink.center;

import io.relink.problems.ProblemException;
import io.relink.reconnect.control.ConnectionFlows;
import io.relink.reconnect.control.ReconnectRequests;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * What every page bean does the same way: messages, where the request came from, and opening a page
 * afresh.
 */
final class Pages {

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Pages() {}

    static void info(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Sends the person to the network's consent page of the flow {@code start} begins; a flow that
     * cannot begin (the network is not configured, say) is said on the page instead.
     */
    static void consent(Supplier<ConnectionFlows.Started> start) {
        try {
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(start.get().authorizationUrl().toString());
        } catch (ProblemException problem) {
            error(problem.getMessage());
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    /**
     * Says what came of "Ask owner": the link was e-mailed, or, when no mail server took it, that
     * the link shown on the page must be passed on. True when it was e-mailed.
     */
    static boolean linkSent(ReconnectRequests.View sent) {
        return linkSent(sent, 1);
    }

    /** As {@link #linkSent(ReconnectRequests.View)}, for {@code links} links made together. */
    static boolean linkSent(ReconnectRequests.View sent, int links) {
        String until = DAY_AND_TIME.format(sent.expiresAt());
        if (sent.link() != null) {
            error(unsent(sent, links));
            return false;
        }
        info(
                (links == 1
                                ? "A single-use reconnect link was sent to "
                                : links
                                        + " single-use reconnect links, one per channel, were sent to ")
                        + sent.email()
                        + "; "
                        + (links == 1 ? "it works" : "they work")
                        + " until "
                        + until
                        + ".");
        return true;
    }

    /**
     * The plain sentence for reconnect links no mail server took (the server's own words stay in
     * the log): that the e-mail was not sent, and what to do with the links shown instead.
     */
    static String unsent(ReconnectRequests.View sent, int links) {
        return "The e-mail to "
                + sent.email()
                + " could not be sent. "
                + (links == 1
                        ? "Copy the link below and pass it on; it works once, until "
                        : "Copy the links below and pass them on; each works once, until ")
                + DAY_AND_TIME.format(sent.expiresAt())
                + ".";
    }

    static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /**
     * Opens a page of Relink afresh ({@code /center/team.xhtml}), by a redirect, so that everything
     * on it, the header included, is read again; the messages said so far travel along.
     */
    static void open(String page) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }
}
