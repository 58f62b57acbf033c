package org.peercert.platform.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** US formats of the forms: dates, ZIP codes, phone numbers and states, as people type them. */
class UsFormatsTest {

    @ParameterizedTest
    @CsvSource({"12/31/1990, 1990-12-31", "1990-12-31, 1990-12-31", "2/3/1990, 1990-02-03", "02/03/1990, 1990-02-03",
            "' 7/4/2026 ', 2026-07-04", "2/29/2024, 2024-02-29"})
    void datesAreTypedTheUsWayOrAsIso(String typed, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), UsDates.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02/30/1990", "13/01/1990", "2/29/2023", "31/12/1990", "12-31-1990", "1990/12/31", "12/31/90", "yesterday", ""})
    void whatIsNoCalendarDateIsRefused(String typed) {
        assertEquals(Optional.empty(), UsDates.parse(typed));
    }

    @Test
    void datesAreShownInWordsAndPutBackInTheTypedForm() {
        assertEquals("Dec 5, 2026", UsDates.shown(LocalDate.of(2026, 12, 5)));
        assertEquals("12/05/2026", UsDates.typed(LocalDate.of(2026, 12, 5)));
        assertEquals("", UsDates.shown((LocalDate) null));
    }

    @Test
    void momentsAreShownInWordsInUtcWithoutSeconds() {
        assertEquals("Dec 7, 2026, 9:02 PM UTC", UsDates.shown(Instant.parse("2026-12-07T21:02:58Z")));
        assertEquals("Jan 1, 2027, 12:00 AM UTC", UsDates.shown(Instant.parse("2027-01-01T00:00:00Z")));
        assertEquals("", UsDates.shown((Instant) null));
    }

    @ParameterizedTest
    @CsvSource({"66601, 66601", "66601-1234, 66601-1234", "666011234, 66601-1234", "' 66601 1234 ', 66601-1234"})
    void zipCodesAreFiveOrNineDigits(String typed, String expected) {
        assertEquals(Optional.of(expected), UsZip.normalize(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "6660", "666011", "66601-123", "66601-12345", "K6601"})
    void otherZipCodesAreRefused(String typed) {
        assertEquals(Optional.empty(), UsZip.normalize(typed));
    }

    @ParameterizedTest
    @CsvSource({"785-555-0100, 785-555-0100", "(785) 555-0100, 785-555-0100", "7855550100, 785-555-0100",
            "+1 785 555 0100, 785-555-0100", "1-785-555-0100, 785-555-0100", "785.555.0100, 785-555-0100"})
    void phoneNumbersAreTenDigitsShownWithHyphens(String typed, String expected) {
        assertEquals(Optional.of(expected), UsPhone.normalize(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "555-0100", "785-555-010", "785-555-01000", "085-555-0100", "785-055-0100", "call me", "785 555 0100 ext 2"})
    void otherPhoneNumbersAreRefused(String typed) {
        assertEquals(Optional.empty(), UsPhone.normalize(typed));
    }

    @Test
    void statesAreFoundByCodeOrNameAndKansasIsNotCutToKa() {
        assertEquals(Optional.of("KS"), UsStates.code("Kansas"));
        assertEquals(Optional.of("KS"), UsStates.code(" ks "));
        assertEquals(Optional.of("PR"), UsStates.code("Puerto Rico"));
        assertEquals(Optional.empty(), UsStates.code("KA"));
        assertEquals(Optional.empty(), UsStates.code("Kansass"));
    }

    @Test
    void theListHoldsFiftyStatesDcAndFiveTerritories() {
        assertEquals(56, UsStates.all().size());
        assertTrue(UsStates.all().containsKey("DC"));
        assertEquals("Wyoming", UsStates.name("WY"));
    }
}
