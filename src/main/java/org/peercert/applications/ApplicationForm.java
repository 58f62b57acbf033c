package org.peercert.applications;

import java.time.LocalDate;

/** What the applicant types in the application's steps; saved as a draft at every step. */
public record ApplicationForm(Track track, String legalFirstName, String legalLastName, String otherNames,
                              LocalDate dateOfBirth, String addressLine, String city, String stateCode,
                              String postalCode, String phone, boolean livedExperience, String recoveryStatement) {
}
