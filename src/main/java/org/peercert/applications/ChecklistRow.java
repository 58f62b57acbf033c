package org.peercert.applications;

/** One requirement on the way to a certificate, as the progress page and the review screen show it. */
public record ChecklistRow(String ruleId, String requirement, State state, String explanation) {

    public enum State { MET, NOT_MET, WAITING_FOR_STAFF, NOT_STARTED }
}
