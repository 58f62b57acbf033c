package org.peercert.account.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peercert.account.SecondStep;

/**
 * A sign-in whose password was right and whose second step is still to come (issue #22): who, which step, since when.
 * It lasts ten minutes; only the second step's pages read it, and it is gone once the person is signed in.
 */
@SessionScoped
public class PendingSignIn implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration LIFETIME = Duration.ofMinutes(10);

    /** Who is between the two steps. */
    public record Person(String email, SecondStep step) implements Serializable {
    }

    @Inject
    Clock clock;

    private Person person;
    private Instant startedAt;

    void start(String email, SecondStep step) {
        person = new Person(email, step);
        startedAt = clock.instant();
    }

    Optional<Person> current() {
        if (person == null || clock.instant().isAfter(startedAt.plus(LIFETIME))) {
            return Optional.empty();
        }
        return Optional.of(person);
    }

    void clear() {
        person = null;
        startedAt = null;
    }
}
