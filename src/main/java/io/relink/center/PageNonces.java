package io.relink.center;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * A form post must carry the script nonce of the page it came from, or nothing is done and the
 * person is sent back with "your page was out of date".
 *
 * <p>PrimeFaces' CSP mode gives every page a nonce (kept in the view), signs the page's scripts
 * with it, and its JavaScript adds it to every form as {@value #FIELD}. PrimeFaces itself compares
 * the posted nonce only when it renders the answer, after the action has run; this listener
 * compares it as soon as the view is restored, before any value is applied, so a post without it (a
 * page whose scripts did not run, a hand-made request) changes nothing. A view that keeps no nonce
 * (the error page is transient) is left to PrimeFaces' own check.
 */
public class PageNonces implements PhaseListener {

    /** The field PrimeFaces' JavaScript adds to every form, and the view map's key for it. */
    static final String FIELD = "primefaces.nonce";

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to compare before the view is back
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        Object expected = view == null ? null : view.get(FIELD);
        if (expected == null) {
            return;
        }
        String posted = faces.getExternalContext().getRequestParameterMap().get(FIELD);
        if (!expected.equals(posted)) {
            FacesFailures.sendBack(faces, FacesFailures.OUT_OF_DATE);
        }
    }
}
