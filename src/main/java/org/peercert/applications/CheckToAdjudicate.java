package org.peercert.applications;

import java.time.Instant;
import java.time.LocalDate;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckResult;
import org.peercert.platform.RecordNumbers;

/** A background check whose result waits for a second staff member's decision (R-BG-2), with its application. */
public record CheckToAdjudicate(long checkId, long applicationId, String applicantName, CheckKind kind, CheckResult result,
                                LocalDate performedOn, String recordedBy, Instant recordedAt) {

    public String applicationNumber() {
        return RecordNumbers.application(applicationId);
    }
}
