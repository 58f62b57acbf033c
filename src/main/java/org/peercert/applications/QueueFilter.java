package org.peercert.applications;

/** What staff narrow the work queue to; any part may be empty. */
public record QueueFilter(ApplicationStatus status, Track track, String assignee, String search) {
}
