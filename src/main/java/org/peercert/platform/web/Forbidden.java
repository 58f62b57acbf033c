package org.peercert.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a Faces request with 403 (the error page), for an action on something that is not the person's to touch. */
public final class Forbidden {

    private Forbidden() {
    }

    public static void send() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(403, "Not yours");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
