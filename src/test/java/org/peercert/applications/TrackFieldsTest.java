package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;

/** #28: what a track's names accept; the abbreviation goes into certificate numbers. */
class TrackFieldsTest {

    private static final String LIVED = "I have lived experience raising a child with a serious emotional disturbance.";

    @Test
    void namesAreStoredTrimmedWithTheAbbreviationInCapitals() {
        assertEquals(new TrackName("Family Peer Specialist", "FPS2", LIVED),
                TrackFields.checked(new TrackName("  Family Peer Specialist ", " fps2 ", LIVED + "  "), "CPS"));
    }

    @Test
    void anAbbreviationMustStartWithALetterAndFitANumber() {
        for (String wrong : new String[] {"F", "2FPS", "F-PS", "FAMILYPEER", ""}) {
            InvalidFields refused = assertThrows(InvalidFields.class, () -> TrackFields.checked(new TrackName("Family", wrong, LIVED), "CPS"));
            assertEquals(List.of("track.abbreviation"), keys(refused), wrong);
        }
    }

    @Test
    void theOtherTracksAbbreviationIsRefusedWhateverItsCase() {
        InvalidFields refused = assertThrows(InvalidFields.class, () -> TrackFields.checked(new TrackName("Family", "cps", LIVED), "CPS"));
        assertEquals(List.of("track.abbreviationTaken"), keys(refused));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        InvalidFields refused = assertThrows(InvalidFields.class, () -> TrackFields.checked(new TrackName("", "1", "too short"), "CPS"));
        assertEquals(List.of("title", "abbreviation", "livedExperience"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    private static List<String> keys(InvalidFields refused) {
        return refused.problems().stream().map(FieldProblem::messageKey).toList();
    }
}
