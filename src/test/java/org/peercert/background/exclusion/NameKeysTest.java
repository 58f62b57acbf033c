package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R-BG-3: one person's name written the ways lists and forms write it gives one key. */
class NameKeysTest {

    @Test
    void caseAccentsPunctuationHyphensAndSpacesDoNotMatter() {
        assertEquals("GARCIALOPEZ", NameKeys.key("García-López"));
        assertEquals("GARCIALOPEZ", NameKeys.key("GARCIA LOPEZ"));
        assertEquals("GARCIALOPEZ", NameKeys.key(" garcia  lopez "));
        assertEquals("OBRIEN", NameKeys.key("O'Brien"));
        assertEquals("OBRIEN", NameKeys.key("O’BRIEN"));
        assertEquals("MUNOZ", NameKeys.key("Muñoz"));
        assertEquals("STRASSE", NameKeys.key("Straße"));
        assertEquals("SORENSEN", NameKeys.key("Sørensen"));
        assertEquals("JRSMITH", NameKeys.key("J.R. Smith"));
    }

    @Test
    void nothingLeftIsEmpty() {
        assertEquals("", NameKeys.key(null));
        assertEquals("", NameKeys.key("  - . "));
    }

    @Test
    void compoundSurnamesAnswerToEachPartButNotToParticles() {
        assertEquals(List.of("GARCIA", "LOPEZ"), NameKeys.surnameParts("García-López"));
        assertEquals(List.of("GARCIA", "LOPEZ"), NameKeys.surnameParts("Garcia y Lopez"));
        assertTrue(NameKeys.surnameParts("de la Cruz").isEmpty(), "one real part is a simple surname");
        assertTrue(NameKeys.surnameParts("Smith").isEmpty());
        assertTrue(NameKeys.surnameParts("Van Der Berg").isEmpty());
    }
}
