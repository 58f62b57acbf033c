package org.peercert.background.exclusion;

import java.time.LocalDate;

/** A person screened against the list: an applicant or certificant, by the legal name and birth date of their application. */
public record ScreeningSubject(long applicationId, long applicantId, String firstName, String lastName, LocalDate dateOfBirth) {

    public String displayName() {
        return lastName + ", " + firstName;
    }
}
