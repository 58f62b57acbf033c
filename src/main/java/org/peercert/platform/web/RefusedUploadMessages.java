package org.peercert.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/** Shows, once, on the page a too-large upload was sent back to, why nothing was uploaded ({@link OversizedRequestFilter}). */
public class RefusedUploadMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getFacesContext().getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = event.getFacesContext().getExternalContext().getSessionMap();
        Object megabytes = session.remove(OversizedRequestFilter.REFUSED_MEGABYTES);
        if (megabytes != null) {
            FacesMessages.error("upload.requestTooLarge", megabytes);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
