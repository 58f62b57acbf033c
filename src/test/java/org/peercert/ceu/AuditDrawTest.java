package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The random CE audit of renewals (R-CEU-1: the hours are checked on a sample): the draw takes the configured share. */
class AuditDrawTest {

    /** A "random" source that always answers the same number out of a hundred. */
    private static AuditDraw always(int roll) {
        return new AuditDraw(new Random() {
            @Override
            public int nextInt(int bound) {
                assertEquals(100, bound, "a roll out of a hundred");
                return roll;
            }
        });
    }

    @Test
    void aRollBelowTheShareIsDrawnAndOneAtTheShareIsNot() {
        assertTrue(always(9).drawn(10));
        assertFalse(always(10).drawn(10));
        assertTrue(always(0).drawn(1));
        assertFalse(always(0).drawn(0), "a share of 0 draws nobody");
        assertTrue(always(99).drawn(100), "a share of 100 draws everyone");
    }

    @Test
    void tenPercentOfTenThousandRenewalsAreAboutAThousand() {
        AuditDraw draw = new AuditDraw(new Random(20261206L));
        long drawn = IntStream.range(0, 10_000).filter(i -> draw.drawn(10)).count();
        assertTrue(drawn >= 900 && drawn <= 1100, drawn + " drawn");
    }

    @Test
    void theRealDrawIsRandomButKeepsToTheShare() {
        AuditDraw draw = new AuditDraw();
        assertEquals(0, IntStream.range(0, 1000).filter(i -> draw.drawn(0)).count());
        assertEquals(1000, IntStream.range(0, 1000).filter(i -> draw.drawn(100)).count());
    }
}
