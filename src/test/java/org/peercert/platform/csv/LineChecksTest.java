package org.peercert.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A line's fields checked one by one, its problems told together. */
class LineChecksTest {

    @Test
    void aRequiredTextIsStrippedAndBounded() {
        LineChecks checks = new LineChecks();
        assertEquals("Doe", checks.text("  Doe ", 3, "give the last name"));
        assertNull(checks.text("   ", 3, "give the last name"));
        assertNull(checks.text("Dorothy", 3, "at most 3"));
        assertEquals("give the last name; at most 3", assertThrows(LineRejected.class, checks::refuseIfAny).getMessage());
    }

    @Test
    void aLineWithoutProblemsIsNotRefused() {
        LineChecks checks = new LineChecks();
        assertEquals(2, checks.field(() -> 2));
        checks.refuseIfAny();
    }
}
