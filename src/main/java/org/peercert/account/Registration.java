package org.peercert.account;

import java.time.LocalDate;

/** What an applicant types to register. */
public record Registration(String firstName, String lastName, String email, LocalDate dateOfBirth, String password) {
}
