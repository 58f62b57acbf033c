package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-BG-3 matching rules on normalized names and birth dates. */
class ScreeningIndexTest {

    private static final LocalDate BORN = LocalDate.of(1980, 4, 12);

    private static ScreeningSubject person(String first, String last, LocalDate born) {
        return new ScreeningSubject(1, 10, first, last, born);
    }

    private static List<ScreeningIndex.Candidate> screen(ScreeningIndex index, ScreeningSubject subject) {
        return index.candidatesFor(subject);
    }

    @Test
    void namesAndBirthDateEqualIsProbable() {
        ScreeningIndex index = new ScreeningIndex(1);
        index.add("row-1", "GARCIA-LOPEZ", "MARIA", BORN);
        List<ScreeningIndex.Candidate> found = screen(index, person("María", "García López", BORN));
        assertEquals(1, found.size());
        assertEquals(MatchStrength.PROBABLE, found.get(0).strength());
        assertEquals("row-1", found.get(0).rowKey());
    }

    @Test
    void namesEqualWithoutABirthDateOnTheListIsPossible() {
        ScreeningIndex index = new ScreeningIndex(1);
        index.add("row-1", "OBRIEN", "PATRICK", null);
        assertEquals(MatchStrength.POSSIBLE, screen(index, person("Patrick", "O'Brien", BORN)).get(0).strength());
    }

    @Test
    void differentBirthDatesAreDifferentPeople() {
        ScreeningIndex index = new ScreeningIndex(1);
        index.add("row-1", "SMITH", "JOHN", BORN.plusDays(1));
        assertTrue(screen(index, person("John", "Smith", BORN)).isEmpty());
    }

    @Test
    void oneHalfOfACompoundSurnameWithTheSameBirthDateIsPossibleEitherWay() {
        ScreeningIndex index = new ScreeningIndex(1);
        index.add("listed-compound", "GARCIA LOPEZ", "ANA", BORN);
        index.add("listed-simple", "MARTINEZ", "LUIS", BORN);
        assertEquals(MatchStrength.POSSIBLE, screen(index, person("Ana", "Lopez", BORN)).get(0).strength());
        assertEquals(MatchStrength.POSSIBLE, screen(index, person("Luis", "Martínez-Ruiz", BORN)).get(0).strength());
        assertTrue(screen(index, person("Ana", "Lopez", null)).isEmpty(), "half a surname and no birth date is too weak");
    }

    @Test
    void otherFirstNamesAndBusinessesNeverMatch() {
        ScreeningIndex index = new ScreeningIndex(1);
        index.add("row-1", "SMITH", "JANE", BORN);
        index.add("row-2", null, null, null);
        assertTrue(screen(index, person("John", "Smith", BORN)).isEmpty());
        assertEquals(1, index.size(), "the business row is not indexed");
    }

    @Test
    void eachRowIsReportedOnceWithItsStrongestReading() {
        ScreeningIndex index = new ScreeningIndex(1);
        index.add("row-1", "GARCIA LOPEZ", "ANA", BORN);
        List<ScreeningIndex.Candidate> found = screen(index, person("Ana", "Garcia-Lopez", BORN));
        assertEquals(1, found.size());
        assertEquals(MatchStrength.PROBABLE, found.get(0).strength());
    }
}
