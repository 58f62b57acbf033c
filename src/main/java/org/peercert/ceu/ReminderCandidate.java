package org.peercert.ceu;

import java.time.LocalDate;

/** A certificate whose expiry is near enough for a reminder, with what the reminder says. */
public record ReminderCandidate(long certificateId, long holderId, String email, String firstName, String lastName, String number,
                                LocalDate expiresOn) {
}
