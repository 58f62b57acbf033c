package org.peercert.ceu;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Random;

/** R-CEU-2: whether a renewal is drawn for a CE audit, at random with the configured share. Tests replace it. */
@ApplicationScoped
public class AuditDraw {

    private final Random random;

    public AuditDraw() {
        this(new SecureRandom());
    }

    AuditDraw(Random random) {
        this.random = random;
    }

    /** Drawn with a chance of {@code percent} in a hundred: never at 0, always at 100. */
    public boolean drawn(int percent) {
        return random.nextInt(100) < percent;
    }
}
