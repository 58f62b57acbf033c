package org.peercert.platform.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every field of a line before refusing it, so the uploader reads all of the line's problems at once rather
 * than one per upload. Each check returns the field's value, or throws {@link LineRejected} with what is wrong.
 */
public final class LineChecks {

    private final List<String> problems = new ArrayList<>();

    /** The checked value, or null when it is refused (the reason is kept for {@link #refuseIfAny()}). */
    public <T> T field(Supplier<T> check) {
        try {
            return check.get();
        } catch (LineRejected problem) {
            problems.add(problem.getMessage());
            return null;
        }
    }

    /** A required text field of at most {@code max} characters, stripped; else null, with {@code problem} kept. */
    public String text(String field, int max, String problem) {
        return field(() -> {
            String text = field.strip();
            if (text.isEmpty() || text.length() > max) {
                throw new LineRejected(problem);
            }
            return text;
        });
    }

    /** @throws LineRejected with every problem found, in the order of the fields */
    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new LineRejected(String.join("; ", problems));
        }
    }
}
