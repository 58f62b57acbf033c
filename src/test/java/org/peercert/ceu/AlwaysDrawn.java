package org.peercert.ceu;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** In a deployment that includes it, every renewal is drawn for a CE audit unless a test says otherwise. */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AlwaysDrawn extends AuditDraw {

    private volatile boolean draw = true;

    public void set(boolean draw) {
        this.draw = draw;
    }

    @Override
    public boolean drawn(int percent) {
        return draw;
    }
}
