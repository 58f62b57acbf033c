package org.peercert.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-TRN-2 items: a domain, a question, four different options, one correct. */
class ItemDraftTest {

    private static final List<String> OPTIONS = List.of("Listen", "Advise", "Diagnose", "Refer");

    private static String problemOf(ItemDraft draft) {
        ExamProblem problem = draft.problem();
        return problem == null ? null : problem.messageKey();
    }

    @Test
    void aCompleteItemHasNoProblem() {
        assertNull(problemOf(new ItemDraft(PerformanceDomain.MENTORING, "What comes first?", OPTIONS, 1)));
    }

    @Test
    void eachMissingPartIsNamed() {
        assertEquals("exam.itemDomain", problemOf(new ItemDraft(null, "Q?", OPTIONS, 1)));
        assertEquals("exam.itemStem", problemOf(new ItemDraft(PerformanceDomain.ADVOCACY, "  ", OPTIONS, 1)));
        assertEquals("exam.itemStem", problemOf(new ItemDraft(PerformanceDomain.ADVOCACY, "x".repeat(1001), OPTIONS, 1)));
        assertEquals("exam.itemOptions", problemOf(new ItemDraft(PerformanceDomain.ADVOCACY, "Q?", List.of("a", "b", "c"), 1)));
        assertEquals("exam.itemOptions", problemOf(new ItemDraft(PerformanceDomain.ADVOCACY, "Q?", List.of("a", "b", "c", " "), 1)));
        assertEquals("exam.itemOptionsDistinct", problemOf(new ItemDraft(PerformanceDomain.ADVOCACY, "Q?", List.of("a", "b", "c", " A"), 1)));
        assertEquals("exam.itemCorrect", problemOf(new ItemDraft(PerformanceDomain.ADVOCACY, "Q?", OPTIONS, 5)));
        assertEquals("exam.itemCorrect", problemOf(new ItemDraft(PerformanceDomain.ADVOCACY, "Q?", OPTIONS, 0)));
    }

    @Test
    void domainsAreKnownByNameOrLabel() {
        assertEquals(Optional.of(PerformanceDomain.RECOVERY_SUPPORT), PerformanceDomain.named(" Recovery Support "));
        assertEquals(Optional.of(PerformanceDomain.PROFESSIONAL_RESPONSIBILITY), PerformanceDomain.named("professional_responsibility"));
        assertEquals(Optional.empty(), PerformanceDomain.named("Leadership"));
        assertEquals(Optional.empty(), PerformanceDomain.named(null));
    }
}
