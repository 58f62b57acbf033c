package org.peercert.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects within the portal, never elsewhere; the messages of the request go along to the next page. */
public final class Redirects {

    private Redirects() {
    }

    public static void to(String page) {
        if (!isLocalPath(page)) {
            throw new IllegalArgumentException("Only redirects within the portal: " + page);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        FacesMessages.keepOverRedirect();
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** A path on this server: starts with one slash, not two (which browsers read as another host). */
    public static boolean isLocalPath(String page) {
        return page != null && page.startsWith("/") && !page.startsWith("//") && !page.startsWith("/\\");
    }
}
