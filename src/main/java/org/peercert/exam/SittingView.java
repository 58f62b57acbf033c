package org.peercert.exam;

import java.time.Instant;
import java.util.List;

/**
 * A sitting as the person taking it sees it: questions and options in their order, the answers given.
 * It carries no correct answers, so none can reach the browser.
 */
public record SittingView(long sittingId, int attemptNo, Instant deadline, List<Question> questions) {

    /** A question on the screen: {@code chosenPlace} is the place (0 to 3) of the option chosen, or -1. */
    public record Question(int position, String domain, String stem, List<String> options, int chosenPlace) {
    }

    public long answered() {
        return questions.stream().filter(q -> q.chosenPlace() >= 0).count();
    }
}
