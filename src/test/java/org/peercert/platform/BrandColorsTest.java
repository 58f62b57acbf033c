package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** #28: a state's colours, refused when white text on the header or a link on the page would be under WCAG AA. */
class BrandColorsTest {

    @Test
    void contrastFollowsWcag() {
        assertEquals(21.0, BrandColors.contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, BrandColors.contrast("#777777", "#777777"), 0.01);
        assertEquals(4.48, BrandColors.contrast("#777777", "#ffffff"), 0.01, "the classic grey just under AA");
    }

    @Test
    void theDemosColoursAndADarkPurplePass() {
        assertTrue(new BrandColors("#0b4f6c", "#0b4f6c").css().contains("--brand:#0b4f6c"));
        String purple = new BrandColors("#5B2A86", "#1a5e20").css();
        assertTrue(purple.contains("--brand:#5b2a86") && purple.contains("--accent:#1a5e20"), purple);
        assertTrue(purple.contains("--brand-dark:#442065"), "a quarter darker, for hover: " + purple);
    }

    @Test
    void aColourUnderAaIsRefusedWithTheRatioAndWhatToDo() {
        IllegalArgumentException yellow = assertThrows(IllegalArgumentException.class, () -> new BrandColors("#ffcc00", "#0b4f6c"));
        assertEquals("The header colour (PEERCERT_OFFICE_HEADER_COLOR) #ffcc00 gives white text on it a contrast of 1.51:1; "
                + "WCAG AA needs at least 4.5:1. Choose a darker colour.", yellow.getMessage());
        IllegalArgumentException grey = assertThrows(IllegalArgumentException.class, () -> new BrandColors("#0b4f6c", "#777777"));
        assertTrue(grey.getMessage().startsWith("The accent colour (PEERCERT_OFFICE_ACCENT_COLOR) #777777 gives it as text on the white page "
                + "a contrast of 4.48:1"), grey.getMessage());
    }

    @Test
    void anAccentThatPassesOnWhiteButNotOnThePanelsTintIsRefused() {
        assertTrue(BrandColors.contrast("#767676", "#ffffff") >= 4.5, "passes on white");
        IllegalArgumentException onTint = assertThrows(IllegalArgumentException.class, () -> new BrandColors("#000000", "#767676"));
        assertTrue(onTint.getMessage().contains("as text on the panels (a tint of the header colour)"), onTint.getMessage());
    }

    @Test
    void aColourNotWrittenAsHexIsRefused() {
        IllegalArgumentException red = assertThrows(IllegalArgumentException.class, () -> new BrandColors("red", "#0b4f6c"));
        assertEquals("The header colour (PEERCERT_OFFICE_HEADER_COLOR) must be a colour written #rrggbb, not red.", red.getMessage());
    }
}
