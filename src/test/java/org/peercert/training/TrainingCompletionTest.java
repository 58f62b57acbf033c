package org.peercert.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R-TRN-1: completion is computed from attendance, never typed. */
class TrainingCompletionTest {

    private static final List<TrainingCompletion.Module> CURRICULUM = List.of(
            new TrainingCompletion.Module("Peer Specialist Ethics", 120),
            new TrainingCompletion.Module("Cultural Competency", 120),
            new TrainingCompletion.Module("Introduction to Data Collection and Documentation", 60));

    private static TrainingCompletion.Attended attended(String title, int minutes) {
        return new TrainingCompletion.Attended(title, minutes);
    }

    @Test
    void everyModuleAttendedInFullCompletesTraining() {
        TrainingCompletion completion = TrainingCompletion.of(CURRICULUM, List.of(attended("Peer Specialist Ethics", 120),
                attended("Cultural Competency", 120), attended("Introduction to Data Collection and Documentation", 60)));
        assertTrue(completion.isComplete());
        assertEquals(300, completion.minutesAttended());
        assertEquals(300, completion.minutesRequired());
    }

    @Test
    void aPartialSessionIsMadeUpInALaterCohortAndTitlesIgnoreCase() {
        TrainingCompletion partial = TrainingCompletion.of(CURRICULUM, List.of(attended("Peer Specialist Ethics", 120),
                attended("Cultural Competency", 60), attended("Introduction to Data Collection and Documentation", 60)));
        assertFalse(partial.isComplete());
        assertEquals(List.of("Cultural Competency"), partial.missingModules());
        TrainingCompletion madeUp = TrainingCompletion.of(CURRICULUM, List.of(attended("Peer Specialist Ethics", 120),
                attended("Cultural Competency", 60), attended("cultural competency ", 60), attended("Introduction to Data Collection and Documentation", 60)));
        assertTrue(madeUp.isComplete());
    }

    @Test
    void extraMinutesInOneModuleNeverCoverAnother() {
        TrainingCompletion completion = TrainingCompletion.of(CURRICULUM, List.of(attended("Peer Specialist Ethics", 120),
                attended("Peer Specialist Ethics", 120), attended("Cultural Competency", 120)));
        assertFalse(completion.isComplete());
        assertEquals(240, completion.minutesAttended(), "a module counts up to its own length");
        assertEquals(List.of("Introduction to Data Collection and Documentation"), completion.missingModules());
    }

    @Test
    void nothingToAttendIsNotCompletion() {
        TrainingCompletion none = TrainingCompletion.of(List.of(), List.of());
        assertFalse(none.isComplete());
        assertFalse(none.isStarted());
    }
}
