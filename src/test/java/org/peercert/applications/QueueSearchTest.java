package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueueSearchTest {

    @Test
    void blankOrPunctuationSearchesNothing() {
        assertTrue(QueueSearch.of(null).isEmpty());
        assertTrue(QueueSearch.of("   ").isEmpty());
        assertTrue(QueueSearch.of(" - , ").isEmpty());
    }

    @Test
    void applicationNumbersWithOrWithoutPrefix() {
        assertEquals(123L, QueueSearch.of("APP-000123").number());
        assertEquals(123L, QueueSearch.of("app-123").number());
        assertEquals(42L, QueueSearch.of(" 0042 ").number());
    }

    @Test
    void anythingWithAnAtIsTheStartOfAnEmail() {
        QueueSearch search = QueueSearch.of("Robin.O@Example");
        assertEquals("robin.o@example", search.emailPrefix());
        assertNull(search.firstKey());
        assertEquals("a!_b!%c!!@%", QueueSearch.of("a_b%c!@").emailPattern(), "LIKE wildcards typed are matched literally");
    }

    @Test
    void oneWordIsTheStartOfAFirstOrLastNameByItsKey() {
        QueueSearch search = QueueSearch.of("García");
        assertEquals("GARCIA", search.firstKey());
        assertNull(search.secondKey());
        assertEquals("OCONNOR", QueueSearch.of("o'connor").firstKey());
    }

    @Test
    void twoWordsAreBothNamesInEitherOrder() {
        QueueSearch search = QueueSearch.of("Okafor, Robin");
        assertEquals("OKAFOR", search.firstKey());
        assertEquals("ROBIN", search.secondKey());
        QueueSearch compound = QueueSearch.of("Ana García López");
        assertEquals("ANA", compound.firstKey());
        assertEquals("GARCIALOPEZ", compound.secondKey(), "the rest is one surname key, as NameKeys keys a compound surname");
    }
}
