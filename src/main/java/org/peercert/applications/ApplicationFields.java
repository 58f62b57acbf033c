package org.peercert.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.format.UsPhone;
import org.peercert.platform.format.UsStates;
import org.peercert.platform.format.UsZip;

/**
 * What the application's steps accept. A draft may be incomplete, never invalid: a ZIP code, phone number, state or
 * birth date that is filled in must be a real one whenever the draft is saved. A step is left (Save and continue)
 * only complete. Field names are the ids of the fields on the application page.
 */
public final class ApplicationFields {

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private ApplicationFields() {
    }

    /** The form with state, ZIP code and phone in their one stored form; what cannot be normalized is left as typed. */
    public static ApplicationForm normalized(ApplicationForm f) {
        return new ApplicationForm(f.track(), f.legalFirstName(), f.legalLastName(), f.otherNames(), f.dateOfBirth(), f.addressLine(),
                f.city(), UsStates.code(f.stateCode()).orElse(f.stateCode()), UsZip.normalize(f.postalCode()).orElse(f.postalCode()),
                UsPhone.normalize(f.phone()).orElse(f.phone()), f.livedExperience(), f.recoveryStatement());
    }

    /** Fields filled in with something that cannot be right, whatever the step. */
    public static List<FieldProblem> invalid(ApplicationForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate born = form.dateOfBirth();
        if (born != null && (!born.isBefore(today) || born.isBefore(EARLIEST_BIRTH_DATE))) {
            problems.add(new FieldProblem("dateOfBirth", "application.field.dateOfBirth.implausible"));
        }
        if (filled(form.stateCode()) && UsStates.code(form.stateCode()).isEmpty()) {
            problems.add(new FieldProblem("state", "application.field.state.invalid"));
        }
        if (filled(form.postalCode()) && UsZip.normalize(form.postalCode()).isEmpty()) {
            problems.add(new FieldProblem("postalCode", "application.field.postalCode.invalid"));
        }
        if (filled(form.phone()) && UsPhone.normalize(form.phone()).isEmpty()) {
            problems.add(new FieldProblem("phone", "application.field.phone.invalid"));
        }
        return problems;
    }

    /** What the step of {@code part} still needs before the applicant may leave it, besides anything invalid. */
    public static List<FieldProblem> toLeave(ApplicationPart part, ApplicationForm form, LocalDate today, int statementMinLength) {
        List<FieldProblem> problems = new ArrayList<>(invalid(form, today));
        switch (part) {
            case DETAILS -> {
                required(problems, "firstName", form.legalFirstName());
                required(problems, "lastName", form.legalLastName());
                if (form.dateOfBirth() == null) {
                    problems.add(new FieldProblem("dateOfBirth", "application.field.dateOfBirth.required"));
                }
                required(problems, "address", form.addressLine());
                required(problems, "city", form.city());
                required(problems, "state", form.stateCode());
                required(problems, "postalCode", form.postalCode());
                required(problems, "phone", form.phone());
            }
            case ELIGIBILITY -> {
                if (!form.livedExperience()) {
                    problems.add(new FieldProblem("lived", "application.field.lived.required"));
                }
                String statement = form.recoveryStatement() == null ? "" : form.recoveryStatement().strip();
                if (statement.length() < statementMinLength) {
                    problems.add(new FieldProblem("statement", "application.field.statement.tooShort", statementMinLength, statement.length()));
                }
            }
            case DOCUMENTS -> {
                // documents are checked as they are uploaded, and their presence on the review step
            }
        }
        problems.sort((a, b) -> Integer.compare(order(a.field()), order(b.field())));
        return problems;
    }

    private static final List<String> FIELD_ORDER = List.of("firstName", "lastName", "dateOfBirth", "address", "city", "state",
            "postalCode", "phone", "lived", "statement");

    private static int order(String field) {
        return FIELD_ORDER.indexOf(field);
    }

    private static void required(List<FieldProblem> problems, String field, String value) {
        if (!filled(value) && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, "application.field." + field + ".required"));
        }
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
