package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.applications.Track;
import org.peercert.platform.BusinessCalendar;
import org.peercert.report.Pipeline.Journey;
import org.peercert.report.Pipeline.Span;
import org.peercert.report.Pipeline.Stage;

/** Report 2's arithmetic: who reached each stage, the days each stage took, and decisions after the target date. */
class PipelineTest {

    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private static Journey certified() {
        return new Journey(Track.CPS, JAN_5, JAN_5.plusDays(3), JAN_5.plusDays(3), JAN_5.plusDays(10), true, JAN_5.plusDays(40),
                JAN_5.plusDays(50), JAN_5.plusDays(50), JAN_5.plusDays(55));
    }

    private static Journey startedOnly() {
        return new Journey(Track.PPS, JAN_5, null, null, null, false, null, null, null, null);
    }

    private static Journey denied() {
        return new Journey(Track.CPS, JAN_5, JAN_5.plusDays(1), JAN_5.plusDays(20), JAN_5.plusDays(40), false, JAN_5.plusDays(30), null, null, null);
    }

    @Test
    void eachStageCountsTheApplicationsThatReachedIt() {
        List<Journey> journeys = List.of(certified(), startedOnly(), denied());
        assertEquals(3, Pipeline.reached(journeys, Stage.STARTED));
        assertEquals(2, Pipeline.reached(journeys, Stage.SUBMITTED));
        assertEquals(1, Pipeline.reached(journeys, Stage.ELIGIBLE));
        assertEquals(1, Pipeline.reached(journeys, Stage.TRAINED), "training done by someone found not eligible does not count");
        assertEquals(1, Pipeline.reached(journeys, Stage.CERTIFIED));
    }

    @Test
    void eachStageTakesTheDaysBetweenItsEndsAndTrainingBeforeTheDecisionTakesNone() {
        List<Journey> journeys = List.of(certified(), startedOnly(), denied());
        assertEquals(List.of(3L, 1L), Pipeline.days(journeys, Span.FILLING_IN));
        assertEquals(List.of(7L, 39L), Pipeline.days(journeys, Span.REVIEW));
        assertEquals(List.of(30L), Pipeline.days(journeys, Span.TRAINING));
        assertEquals(List.of(10L), Pipeline.days(journeys, Span.TEST));
        assertEquals(List.of(5L), Pipeline.days(journeys, Span.ISSUE));
        assertEquals(List.of(55L), Pipeline.days(journeys, Span.WHOLE));
        Journey trainedFirst = new Journey(Track.CPS, JAN_5, JAN_5, JAN_5, JAN_5.plusDays(10), true, JAN_5.plusDays(2), null, null, null);
        assertEquals(List.of(0L), Pipeline.days(List.of(trainedFirst), Span.TRAINING));
    }

    @Test
    void aDecisionIsLateAfterTheServiceLevelInBusinessDaysFromTheLastSubmission() {
        BusinessCalendar calendar = new BusinessCalendar(Set.of(), false);
        // Submitted Thursday Jan 8; 10 business days later is Thursday Jan 22.
        LocalDate submitted = LocalDate.of(2026, 1, 8);
        Journey onTime = new Journey(Track.CPS, JAN_5, submitted, submitted, LocalDate.of(2026, 1, 22), true, null, null, null, null);
        Journey late = new Journey(Track.CPS, JAN_5, submitted, submitted, LocalDate.of(2026, 1, 23), false, null, null, null, null);
        Journey resubmitted = new Journey(Track.CPS, JAN_5, submitted, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 30), true, null, null, null, null);
        assertArrayEquals(new long[] {3, 1}, Pipeline.lateDecisions(List.of(onTime, late, resubmitted, startedOnly()), calendar, 10));
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(7.0, Medians.of(List.of(39, 7, 3)));
        assertEquals(5.0, Medians.of(List.of(3, 7)));
        assertEquals(null, Medians.of(List.of()));
    }
}
