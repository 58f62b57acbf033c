package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A crowd signing in at once hashes a few at a time, so the pages others open keep a processor. */
class HashingGateTest {

    @Test
    void noMoreHashesRunAtOnceThanTheGateAllows() throws Exception {
        HashingGate gate = new HashingGate(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService crowd = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> hashes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                hashes.add(crowd.submit(() -> gate.through(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    pause(50);
                    running.decrementAndGet();
                    return "hash";
                })));
            }
            for (Future<String> hash : hashes) {
                assertEquals("hash", hash.get(10, TimeUnit.SECONDS), "every sign-in gets its turn");
            }
        } finally {
            crowd.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    @Test
    void aHashThatCannotStartInTimeIsRefusedWithAMessageToTryAgain() throws Exception {
        HashingGate gate = new HashingGate(1, Duration.ofMillis(100));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> gate.through(() -> {
            started.countDown();
            await(release);
            return "hash";
        }));
        slow.start();
        started.await(5, TimeUnit.SECONDS);
        AccountProblem busy = assertThrows(AccountProblem.class, () -> gate.through(() -> "hash"));
        assertEquals("signin.busy", busy.messageKey());
        release.countDown();
        slow.join(5000);
        assertEquals("hash", gate.through(() -> "hash"), "the turn is given back after each hash");
    }

    @Test
    void aGateWithoutTurnsIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new HashingGate(0, Duration.ofSeconds(1)));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
