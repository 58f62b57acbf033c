package org.peercert.training;

import java.util.List;
import org.peercert.platform.csv.RejectedLine;

/** What an attendance CSV did: how many cells it changed, and each line it left out with the reason. */
public record AttendanceImport(int changed, List<RejectedLine> rejected) {
}
