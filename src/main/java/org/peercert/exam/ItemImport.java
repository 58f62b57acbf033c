package org.peercert.exam;

import java.util.List;
import org.peercert.platform.csv.RejectedLine;

/** What an item file did: how many items it added to the bank, and each line it left out with the reason. */
public record ItemImport(int added, List<RejectedLine> rejected) {
}
