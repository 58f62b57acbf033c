package org.peercert.platform;

import java.util.List;

/** Every field of a form the rules refuse, so the page can show all of them at once, each beside its field. */
public class InvalidFields extends UserProblem {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidFields(List<FieldProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    /** Throws when there is any problem; does nothing otherwise. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
