package org.peercert.ceu;

import java.time.LocalDate;

/**
 * R-CEU-2: a holder was just reminded, for the first time, that their certificate expires in {@code daysBefore} days
 * (0: today). Fired in the reminding transaction, so features that follow rosters tell agencies in the same breath.
 */
public record ExpiryReminded(long certificateId, LocalDate expiresOn, int daysBefore) {
}
