package org.peercert.applications;

/** The orders staff can sort the work queue in; each is backed by an index. */
public enum QueueSort {
    OLDEST_FIRST("Oldest submission first", "a.submittedAt asc, a.id asc"),
    NEWEST_FIRST("Newest submission first", "a.submittedAt desc, a.id desc"),
    NAME("Applicant name", "a.legalLastName asc, a.legalFirstName asc, a.id asc");

    private final String label;
    private final String orderBy;

    QueueSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    String orderBy() {
        return orderBy;
    }
}
