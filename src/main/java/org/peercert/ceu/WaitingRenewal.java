package org.peercert.ceu;

import java.time.Instant;
import java.time.LocalDate;

/** A submitted renewal as the staff queue lists it: whose certificate, which cycle, whether drawn for a CE audit. */
public record WaitingRenewal(long id, String certificateNumber, String holderName, LocalDate cycleExpiresOn, boolean audited,
                             Instant submittedAt) {
}
