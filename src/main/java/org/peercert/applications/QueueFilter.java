package org.peercert.applications;

/** What staff narrow the work queue to; any part may be empty. */
public record QueueFilter(ApplicationStatus status, Track track, String assignee, String search, Integer olderThanDays, QueueSort sort,
                          boolean pastTargetDate) {

    public QueueFilter(ApplicationStatus status, Track track, String assignee, String search, Integer olderThanDays, QueueSort sort) {
        this(status, track, assignee, search, olderThanDays, sort, false);
    }

    public static QueueFilter search(String text) {
        return new QueueFilter(null, null, null, text, null, QueueSort.OLDEST_FIRST);
    }
}
