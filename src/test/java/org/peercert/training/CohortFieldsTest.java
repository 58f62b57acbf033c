package org.peercert.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.platform.FieldProblem;

/** A new cohort's form names every field at fault at once, beside the field the trainer must change. */
class CohortFieldsTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void anEmptyFormNamesEachMissingFieldInThePagesOrder() {
        List<FieldProblem> problems = CohortFields.problems(new CohortForm(" ", null, null, null, null, 0), 200);
        assertEquals(List.of("title", "startsOn", "endsOn", "capacity", "delivery"), problems.stream().map(FieldProblem::field).toList());
    }

    @Test
    void theLastDayBeforeTheFirstAndAnInPersonCohortWithoutAnAddressAreRefusedAtTheirFields() {
        List<FieldProblem> problems = CohortFields.problems(new CohortForm("Spring", MONDAY, MONDAY.minusDays(1), Delivery.IN_PERSON, "", 201), 200);
        assertEquals(List.of("endsOn: training.endsBeforeStart", "capacity: training.capacityRange", "location: training.addressRequired"),
                problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList());
        assertEquals(200, problems.get(1).arguments()[0]);
    }

    @Test
    void aVirtualCohortNeedsNoAddressAndOneDayIsEnough() {
        assertTrue(CohortFields.problems(new CohortForm("Spring", MONDAY, MONDAY, Delivery.VIRTUAL, null, 1), 200).isEmpty());
    }
}
