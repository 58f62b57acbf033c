package org.peercert.applications;

import java.time.LocalDate;
import java.util.List;

/** Where an applicant stands: every requirement, the next action, who waits on whom, the target decision date. */
public record Progress(List<ChecklistRow> rows, String nextAction, String waitingOn, LocalDate targetDecisionDate) {
}
