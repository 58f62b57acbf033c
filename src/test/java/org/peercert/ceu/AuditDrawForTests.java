package org.peercert.ceu;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** The CE audit draw as a test says: drawn or not; until a test says, or once it releases it, the real draw. */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AuditDrawForTests extends AuditDraw {

    private volatile Boolean draw;
    private volatile int lastShareAsked = -1;

    public void set(boolean draw) {
        this.draw = draw;
    }

    public void release() {
        this.draw = null;
    }

    /** The share of the last draw asked for, as the policy gave it (-1 before any). */
    public int lastShareAsked() {
        return lastShareAsked;
    }

    @Override
    public boolean drawn(int percent) {
        lastShareAsked = percent;
        Boolean forced = draw;
        return forced != null ? forced : super.drawn(percent);
    }
}
