package org.peercert.applications;

import java.time.LocalDate;

/** One line of the staff work queue. */
public record QueueRow(CertificationApplication application, String applicantEmail, LocalDate targetDate, boolean overdue) {
}
