package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.platform.FieldProblem;

/** What each application step accepts: a draft may be incomplete, never invalid; a step is left only complete. */
class ApplicationFieldsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final int MIN_STATEMENT = 50;
    private static final String STATEMENT = "I have been in recovery for nine years and co-lead a peer support group.";

    private static ApplicationForm form(LocalDate born, String address, String city, String state, String zip, String phone, boolean lived,
                                        String statement) {
        return new ApplicationForm(Track.CPS, "Dana", "Reyes", null, born, address, city, state, zip, phone, lived, statement);
    }

    private static ApplicationForm complete() {
        return form(LocalDate.of(1990, 12, 31), "12 Elm Street", "Topeka", "KS", "66601", "785-555-0100", true, STATEMENT);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCompleteFormLeavesEveryStep() {
        for (ApplicationPart part : ApplicationPart.values()) {
            assertEquals(List.of(), ApplicationFields.toLeave(part, complete(), TODAY, MIN_STATEMENT), part.name());
        }
    }

    @Test
    void anEmptyDraftIsIncompleteButNotInvalid() {
        ApplicationForm empty = form(null, null, "", null, " ", null, false, null);
        assertEquals(List.of(), ApplicationFields.invalid(empty, TODAY));
        assertEquals(List.of("dateOfBirth:application.field.dateOfBirth.required", "address:application.field.address.required",
                        "city:application.field.city.required", "state:application.field.state.required",
                        "postalCode:application.field.postalCode.required", "phone:application.field.phone.required"),
                fields(ApplicationFields.toLeave(ApplicationPart.DETAILS, empty, TODAY, MIN_STATEMENT)));
    }

    @Test
    void wrongZipPhoneAndStateAreInvalidEvenInADraft() {
        ApplicationForm wrong = form(LocalDate.of(1990, 1, 1), "", "", "Kansass", "ABC", "12", false, null);
        assertEquals(List.of("state:application.field.state.invalid", "postalCode:application.field.postalCode.invalid",
                "phone:application.field.phone.invalid"), fields(ApplicationFields.invalid(wrong, TODAY)));
        assertEquals(List.of("address:application.field.address.required", "city:application.field.city.required",
                        "state:application.field.state.invalid", "postalCode:application.field.postalCode.invalid",
                        "phone:application.field.phone.invalid"),
                fields(ApplicationFields.toLeave(ApplicationPart.DETAILS, wrong, TODAY, MIN_STATEMENT)), "one message per field");
    }

    @Test
    void aBirthDateTodayOrLaterIsImplausibleButYesterdayIsNot() {
        assertEquals(List.of("dateOfBirth:application.field.dateOfBirth.implausible"),
                fields(ApplicationFields.invalid(form(TODAY, null, null, null, null, null, false, null), TODAY)));
        assertEquals(List.of("dateOfBirth:application.field.dateOfBirth.implausible"),
                fields(ApplicationFields.invalid(form(LocalDate.of(1899, 12, 31), null, null, null, null, null, false, null), TODAY)));
        assertEquals(List.of(), ApplicationFields.invalid(form(TODAY.minusDays(1), null, null, null, null, null, false, null), TODAY));
    }

    @Test
    void theStateNameZipPlusFourAndAnyPhoneFormatAreStoredInOneForm() {
        ApplicationForm typed = form(null, null, null, "kansas", "666011234", "(785) 555 0100", false, null);
        ApplicationForm stored = ApplicationFields.normalized(typed);
        assertEquals("KS", stored.stateCode());
        assertEquals("66601-1234", stored.postalCode());
        assertEquals("785-555-0100", stored.phone());
        assertEquals("ABC", ApplicationFields.normalized(form(null, null, null, null, "ABC", null, false, null)).postalCode(),
                "what cannot be normalized is kept as typed, to be shown back with its message");
    }

    @Test
    void eligibilityNeedsTheBoxTickedAndAStatementOfTheMinimumLength() {
        String short6 = "Better";
        assertEquals(List.of("lived:application.field.lived.required", "statement:application.field.statement.tooShort"),
                fields(ApplicationFields.toLeave(ApplicationPart.ELIGIBILITY,
                        form(null, null, null, null, null, null, false, short6), TODAY, MIN_STATEMENT)));
        FieldProblem tooShort = ApplicationFields.toLeave(ApplicationPart.ELIGIBILITY,
                form(null, null, null, null, null, null, true, "  " + short6 + "  "), TODAY, MIN_STATEMENT).get(0);
        assertEquals(List.of(50, 6), List.of(tooShort.arguments()), "the minimum and the length typed, spaces around it not counted");
        String exactly = "x".repeat(MIN_STATEMENT);
        assertEquals(List.of(), ApplicationFields.toLeave(ApplicationPart.ELIGIBILITY,
                form(null, null, null, null, null, null, true, exactly), TODAY, MIN_STATEMENT));
    }

    @Test
    void leavingOneStepDoesNotAskForTheFieldsOfAnother() {
        ApplicationForm detailsOnly = form(LocalDate.of(1990, 1, 1), "12 Elm Street", "Topeka", "KS", "66601", "7855550100", false, null);
        assertEquals(List.of(), ApplicationFields.toLeave(ApplicationPart.DETAILS, detailsOnly, TODAY, MIN_STATEMENT));
        assertEquals(List.of(), ApplicationFields.toLeave(ApplicationPart.DOCUMENTS, detailsOnly, TODAY, MIN_STATEMENT));
    }
}
