package org.peercert.report;

import java.util.List;
import org.peercert.platform.csv.RejectedLine;

/**
 * What an upload of the postal code list did: codes added or moved, codes taken off (only when the file was read
 * without a refused line, since the file is then the whole list), and the lines left out with their reasons.
 */
public record PostalAreaImport(int applied, int removed, List<RejectedLine> rejected) {

    public PostalAreaImport {
        rejected = List.copyOf(rejected);
    }
}
