package org.peercert.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most a set number of password hashes at once; the rest wait their turn, first come first served. A hash that
 * cannot start within the patience given is refused with a message to try again, rather than holding its request
 * thread for ever.
 */
final class HashingGate {

    private final Semaphore turns;
    private final Duration patience;

    HashingGate(int atOnce, Duration patience) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("At least one hash at a time");
        }
        this.turns = new Semaphore(atOnce, true);
        this.patience = patience;
    }

    <T> T through(Supplier<T> hashing) {
        if (!awaitTurn()) {
            throw new AccountProblem(null, "signin.busy");
        }
        try {
            return hashing.get();
        } finally {
            turns.release();
        }
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
