package org.peercert.audit;

import java.time.LocalDate;

/** What the administrator narrows the trail to; any part may be empty. */
public record AuditFilter(String actor, AuditAction action, String subject, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
