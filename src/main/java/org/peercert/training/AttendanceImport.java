package org.peercert.training;

import java.util.List;

/** What an attendance CSV did: how many cells it changed, and each line it left out with the reason. */
public record AttendanceImport(int changed, List<Rejected> rejected) {

    /** A line of the file that was not applied. */
    public record Rejected(long line, String reason) {
    }
}
