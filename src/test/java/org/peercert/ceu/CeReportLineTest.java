package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peercert.platform.csv.LineRejected;

/** R-CEU-1: a provider's report line is read on its own, and a bad one is refused with a reason the provider can act on. */
class CeReportLineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final CeReportLine.Rules RULES = new CeReportLine.Rules(Map.of("general", 1L, "ethics", 2L), TODAY, new BigDecimal("40"));

    private static List<String> line(String number, String last, String title, String date, String hours, String category, String format) {
        return new ArrayList<>(List.of(number, last, title, date, hours, category, format));
    }

    private static List<String> good() {
        return line("PS-CPS-2026-000042", "O'Neil-Smith", "Ethics in peer work", "2026-11-01", "1.5", "Ethics", "online");
    }

    @Test
    void aGoodLineNamesThePersonTheActivityAndItsCategory() {
        CeReportLine parsed = CeReportLine.parse(7, good(), RULES);

        assertEquals(7, parsed.line());
        assertEquals("PS-CPS-2026-000042", parsed.number());
        assertEquals("Ethics in peer work", parsed.title());
        assertEquals(LocalDate.of(2026, 11, 1), parsed.completedOn());
        assertEquals(new BigDecimal("1.5"), parsed.hours());
        assertEquals(2L, parsed.categoryId());
        assertEquals(CeFormat.ONLINE, parsed.format());
    }

    @Test
    void usDatesCaseAndSpacesAreForgiven() {
        CeReportLine parsed = CeReportLine.parse(2, line(" ps-cps-2026-000042 ", "o'neil-smith", "Ethics", "11/1/2026", "2", " GENERAL ", "In_Person"),
                RULES);

        assertEquals("PS-CPS-2026-000042", parsed.number());
        assertEquals(LocalDate.of(2026, 11, 1), parsed.completedOn());
        assertEquals(1L, parsed.categoryId());
        assertEquals(CeFormat.IN_PERSON, parsed.format());
        assertEquals(CeReportLine.parse(3, good(), RULES).lastNameKey(), parsed.lastNameKey(), "the last name is compared as a name key");
    }

    @Test
    void completedTodayIsAcceptedTomorrowIsNot() {
        List<String> today = good();
        today.set(3, TODAY.toString());
        assertEquals(TODAY, CeReportLine.parse(2, today, RULES).completedOn());

        List<String> tomorrow = good();
        tomorrow.set(3, TODAY.plusDays(1).toString());
        assertTrue(assertThrows(LineRejected.class, () -> CeReportLine.parse(2, tomorrow, RULES)).getMessage().contains("in the future"));
    }

    @ParameterizedTest(name = "field {0} = ''{1}'' is refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "0|PS 42|not a certificate number",
        "1|'   '|last name",
        "2|''|title",
        "3|2026-13-01|not a date",
        "3|yesterday|not a date",
        "4|0|more than 0",
        "4|40.1|at most 40",
        "4|1.25|tenths",
        "4|two|not a number",
        "5|Cooking|no category Cooking (the categories:",
        "6|by post|in person or online"
    })
    void badFieldsAreRefusedWithTheReason(int field, String value, String reason) {
        List<String> fields = good();
        fields.set(field, value);

        LineRejected refused = assertThrows(LineRejected.class, () -> CeReportLine.parse(4, fields, RULES));

        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void everyProblemOfALineIsToldAtOnceInTheOrderOfTheFields() {
        List<String> fields = good();
        fields.set(0, "no number");
        fields.set(4, "two");
        fields.set(6, "by post");

        String reason = assertThrows(LineRejected.class, () -> CeReportLine.parse(4, fields, RULES)).getMessage();

        assertEquals("not a certificate number: no number; the hours are not a number: two; the format is in person or online, not by post", reason);
    }

    @Test
    void theMostHoursAllowedAreAccepted() {
        List<String> fields = good();
        fields.set(4, "40");
        assertEquals(new BigDecimal("40"), CeReportLine.parse(2, fields, RULES).hours());
    }

    @Test
    void theSameActivityIsRecognisedWhateverTheTitlesCase() {
        List<String> shouting = good();
        shouting.set(2, "ETHICS IN PEER WORK");
        assertEquals(CeReportLine.parse(2, good(), RULES).sameness(9), CeReportLine.parse(3, shouting, RULES).sameness(9));
    }
}
