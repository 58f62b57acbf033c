package org.peercert.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;

/** #28: what a track's names accept, every field at once; the abbreviation goes into certificate numbers, so it is strict. */
public final class TrackFields {

    static final int TITLE_MAX = 120;
    static final int ABBREVIATION_MAX = 8;
    static final int LIVED_EXPERIENCE_MAX = 600;

    private TrackFields() {
    }

    /**
     * The names in their stored form (trimmed, the abbreviation upper case), or InvalidFields naming each field at fault.
     *
     * @param otherAbbreviation the other track's abbreviation, which this one may not take
     */
    public static TrackName checked(TrackName typed, String otherAbbreviation) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = typed.title() == null ? "" : typed.title().strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            problems.add(new FieldProblem("title", "track.title", TITLE_MAX));
        }
        String abbreviation = typed.abbreviation() == null ? "" : typed.abbreviation().strip().toUpperCase(Locale.ROOT);
        if (!abbreviation.matches("[A-Z][A-Z0-9]{1," + (ABBREVIATION_MAX - 1) + "}")) {
            problems.add(new FieldProblem("abbreviation", "track.abbreviation", ABBREVIATION_MAX));
        } else if (abbreviation.equals(otherAbbreviation)) {
            problems.add(new FieldProblem("abbreviation", "track.abbreviationTaken", abbreviation));
        }
        String lived = typed.livedExperience() == null ? "" : typed.livedExperience().strip();
        if (lived.length() < 20 || lived.length() > LIVED_EXPERIENCE_MAX) {
            problems.add(new FieldProblem("livedExperience", "track.livedExperience", LIVED_EXPERIENCE_MAX));
        }
        InvalidFields.throwIfAny(problems);
        return new TrackName(title, abbreviation, lived);
    }
}
