package org.peercert.training;

import java.util.List;

/** A session with the numbers of the modules it covers, in curriculum order, as pages list it. */
public record SessionRow(CohortSession session, List<Integer> moduleNumbers) {

    public String modules() {
        return String.join(", ", moduleNumbers.stream().map(String::valueOf).toList());
    }
}
