package org.peercert.supervision;

import java.time.LocalDate;

/** An assignment as its supervisor or the agency sees it: the person, the agency, and the last session logged. */
public record AssignmentRow(Assignment assignment, String certificateNumber, String personName, String agencyName, String supervisorName,
        LocalDate lastSession) {
}
