package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value every page asks for is read once, again after a change here, and again once it is too old. */
class RememberedTest {

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aFreshValueIsReadOnceAndAgainAfterItIsForgotten() {
        Remembered<Integer> value = new Remembered<>(Duration.ofMinutes(1), reads::incrementAndGet);
        assertEquals(1, value.get());
        assertEquals(1, value.get(), "still fresh: not read again");
        value.forget();
        assertEquals(2, value.get(), "changed on this node: read at once");
    }

    @Test
    void aValueOlderThanItsTimeIsReadAgain() {
        Remembered<Integer> value = new Remembered<>(Duration.ofNanos(-1), reads::incrementAndGet);
        assertEquals(1, value.get());
        assertEquals(2, value.get(), "every read is already too old");
    }
}
