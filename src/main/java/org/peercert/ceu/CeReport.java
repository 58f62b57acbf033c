package org.peercert.ceu;

import java.io.Serializable;
import java.util.List;
import org.peercert.platform.csv.RejectedLine;

/** What a provider's report did: activities added (already verified), lines that were already reported, lines refused. */
public record CeReport(int added, int alreadyReported, List<RejectedLine> rejected) implements Serializable {
}
