package io.relink.reconnect.boundary;

import io.relink.networks.NetworkType;
import io.relink.reconnect.control.ConnectionFlows;
import io.relink.reconnect.control.Consents;
import io.relink.reconnect.control.Outcome;
import io.relink.reconnect.control.ReconnectRequests;
import io.relink.workspaces.boundary.Caller;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

/**
 * Where a network's consent page sends the person back: {@code GET /oauth/{network}/callback}. The
 * state decides everything ({@link ConnectionFlows}); a signed-in member returns to the Connection
 * Center, which shows the result, anyone else (the consenting person of an API key's flow) gets a
 * short page saying what happened. A refused state is a 400 page that changes nothing. {@code GET
 * /oauth/delegated/{link}} is the single-use link of a delegated reconnect: {@code GET} (and {@code
 * HEAD}) show what it is for, and only the page's {@code POST} uses it.
 */
@WebServlet("/oauth/*")
public class OAuthCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient Consents consents;
    @Inject transient ReconnectRequests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String[] path =
                request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (path.length == 3 && "delegated".equals(path[1])) {
            describe(path[2], response);
            return;
        }
        NetworkType network =
                path.length == 3 && "callback".equals(path[2]) ? network(path[1]) : null;
        if (network == null) {
            ResultPage.write(response, 404, "Not found", "There is nothing here.", null);
            return;
        }
        UUID person = request.getAttribute(Caller.PERSON) instanceof UUID id ? id : null;
        Outcome outcome;
        try {
            outcome =
                    consents.complete(
                            network,
                            request.getParameter("state"),
                            request.getParameter("code"),
                            request.getParameter("error"),
                            person);
        } catch (ConnectionFlows.Refused refused) {
            ResultPage.write(response, 400, "This link did not work", refused.getMessage(), null);
            return;
        } catch (EJBException wrapped) {
            if (wrapped.getCause() instanceof ConnectionFlows.Refused refused) {
                ResultPage.write(
                        response, 400, "This link did not work", refused.getMessage(), null);
                return;
            }
            throw wrapped;
        }
        if (person != null) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/center/channels.xhtml?flow="
                            + outcome.authorizationId());
        } else {
            ResultPage.write(
                    response,
                    200,
                    outcome.ok() ? "Done" : "Not connected",
                    outcome.summary(),
                    outcome);
        }
    }

    /** A delegated reconnect link, followed: what it is for, and a button; nothing used yet. */
    private void describe(String link, HttpServletResponse response) throws IOException {
        try {
            ReconnectRequests.Pending pending = requests.peek(link);
            ResultPage.confirm(
                    response,
                    "Reconnect " + pending.channelName(),
                    "Your team asks you to reconnect "
                            + pending.channelName()
                            + " on "
                            + pending.network()
                            + " with your account. The next page is "
                            + pending.network()
                            + "'s own, where you allow access. This link works once, until "
                            + pending.expiresAt()
                            + ".",
                    "Continue to " + pending.network());
        } catch (RuntimeException refused) {
            gone(refused, response);
        }
    }

    /** The page's button: once, it leads to the network's consent page; then never again. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String[] path =
                request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (path.length != 3 || !"delegated".equals(path[1])) {
            response.setHeader("Allow", "GET, HEAD");
            ResultPage.write(response, 405, "Not allowed", "There is nothing to send here.", null);
            return;
        }
        try {
            response.sendRedirect(requests.open(path[2]).toString());
        } catch (RuntimeException refused) {
            gone(refused, response);
        }
    }

    /** A link that is unknown, used, withdrawn or expired: 410 with why; anything else goes on. */
    private static void gone(RuntimeException failure, HttpServletResponse response)
            throws IOException {
        ConnectionFlows.Refused refused =
                failure instanceof ConnectionFlows.Refused r
                        ? r
                        : failure instanceof EJBException
                                        && failure.getCause() instanceof ConnectionFlows.Refused r
                                ? r
                                : null;
        if (refused == null) {
            throw failure;
        }
        ResultPage.write(
                response, 410, "This link does not work any more", refused.getMessage(), null);
    }

    static NetworkType network(String name) {
        try {
            return NetworkType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
