package org.peercert.applications;

import org.peercert.platform.Text;

/** One requirement on the way to a certificate, as the progress page and the review screen show it, not yet in words. */
public record ChecklistRow(String ruleId, Text requirement, State state, Text explanation) {

    public enum State { MET, NOT_MET, WAITING_FOR_STAFF, NOT_STARTED }
}
