package org.peercert.supervision;

/**
 * Fired (as a CDI event, inside the changing transaction) when a rostered person's supervision stops being in
 * place: an assignment declined or ended, or a clinical supervisor's license lapsed. Agencies' rosters follow it.
 */
public record SupervisionChanged(long agencyId, long certificateId, SupervisionRole role, String what) {
}
