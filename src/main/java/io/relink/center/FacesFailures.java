package io.relink.center;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * What a page does when a form post fails: never the server's error page, never an exception's
 * class name in an ajax answer.
 *
 * <ul>
 *   <li>A view that no longer exists (the form was opened in a session that ended, or its view
 *       state was forged or taken from another session), or a post without the page's script nonce
 *       ({@link PageNonces}, and PrimeFaces' own check): nothing is done, and the person is sent
 *       back to the page, afresh, with "your page was out of date, please try again".
 *   <li>Anything else during an ajax request: logged with an incident id, and the person sent back
 *       to the page with that id. (A full-page request leaves it to the container's error page,
 *       {@code problems.ErrorPage}, which does the same.)
 * </ul>
 */
public class FacesFailures extends ExceptionHandlerFactory {

    static final String OUT_OF_DATE =
            "Your page was out of date, so nothing was done. Please try again.";
    private static final Logger LOG = Logger.getLogger(FacesFailures.class.getName());

    public FacesFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (faces != null && queued.hasNext()) {
                Throwable failure = queued.next().getContext().getException();
                String said;
                if (expired(failure)) {
                    said = OUT_OF_DATE;
                } else if (faces.getPartialViewContext().isAjaxRequest()) {
                    String incident = UUID.randomUUID().toString();
                    LOG.log(Level.SEVERE, "Incident " + incident + " on a page", failure);
                    said = "Something went wrong on our side (incident " + incident + ").";
                } else {
                    continue; // the container's error page answers it
                }
                queued.remove();
                sendBack(faces, said);
                break; // one answer per request
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException || t instanceof CspException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Sends the person to the page they were on, afresh, with {@code said} shown there. */
    static void sendBack(FacesContext faces, String said) {
        ExternalContext external = faces.getExternalContext();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, said, null));
        external.getFlash().setKeepMessages(true);
        String page = external.getRequestServletPath();
        String info = external.getRequestPathInfo();
        try {
            external.redirect(
                    external.getRequestContextPath()
                            + (page == null ? "" : page)
                            + (info == null ? "" : info));
        } catch (IOException gone) {
            // the browser went away; nobody to send back
        }
        faces.responseComplete();
    }
}
