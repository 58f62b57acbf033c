package org.peercert.agency;

import java.util.List;
import org.peercert.platform.csv.RejectedLine;

/** What a roster upload did: people added, people already on the roster, and each line that did not match, with why. */
public record RosterUpload(int added, int alreadyOnRoster, List<RejectedLine> rejected) {

    public RosterUpload {
        rejected = List.copyOf(rejected);
    }
}
