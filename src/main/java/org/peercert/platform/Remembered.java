package org.peercert.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value read from the database that every page asks for (the office's seal, the tracks' names): kept in memory and read
 * again once it is older than the given time (another node may have changed it) or at once after {@link #forget()} (this
 * node changed it). Reads may race; each is whole, so a page sees an old value or the new one, never a mix.
 */
public final class Remembered<T> {

    private final Duration readAgainAfter;
    private final Supplier<T> read;
    private final AtomicReference<Kept<T>> kept = new AtomicReference<>();

    private record Kept<T>(T value, Instant readAt) {
    }

    public Remembered(Duration readAgainAfter, Supplier<T> read) {
        this.readAgainAfter = readAgainAfter;
        this.read = read;
    }

    public T get() {
        Instant now = Instant.now();
        Kept<T> current = kept.get();
        if (current == null || current.readAt().isBefore(now.minus(readAgainAfter))) {
            current = new Kept<>(read.get(), now);
            kept.set(current);
        }
        return current.value();
    }

    /** The next {@link #get()} reads the value again. */
    public void forget() {
        kept.set(null);
    }
}
