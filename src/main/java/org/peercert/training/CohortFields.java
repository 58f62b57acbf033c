package org.peercert.training;

import java.util.ArrayList;
import java.util.List;
import org.peercert.platform.FieldProblem;

/** What a new cohort needs, every field at once; the field names are the ids on the trainer's cohorts page. */
final class CohortFields {

    private CohortFields() {
    }

    static List<FieldProblem> problems(CohortForm form, int maxCapacity) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new FieldProblem("title", "training.field.title.required"));
        }
        if (form.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "training.field.startsOn.required"));
        }
        if (form.endsOn() == null) {
            problems.add(new FieldProblem("endsOn", "training.field.endsOn.required"));
        } else if (form.startsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add(new FieldProblem("endsOn", "training.endsBeforeStart"));
        }
        if (form.capacity() < 1 || form.capacity() > maxCapacity) {
            problems.add(new FieldProblem("capacity", "training.capacityRange", maxCapacity));
        }
        if (form.delivery() == null) {
            problems.add(new FieldProblem("delivery", "training.field.delivery.required"));
        } else if (form.delivery() == Delivery.IN_PERSON && (form.location() == null || form.location().isBlank())) {
            problems.add(new FieldProblem("location", "training.addressRequired"));
        }
        return problems;
    }
}
