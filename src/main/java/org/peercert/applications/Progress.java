package org.peercert.applications;

import java.time.LocalDate;
import java.util.List;
import org.peercert.platform.Text;

/** Where an applicant stands: every requirement, the next action, who waits on whom, the target decision date. */
public record Progress(List<ChecklistRow> rows, Text nextAction, Text waitingOn, LocalDate targetDecisionDate) {
}
