package org.peercert.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

    @Test
    void waitsDoubleAfterEachFailure() {
        assertEquals(Optional.of(NOW.plusSeconds(30)), schedule.nextAttempt(NOW, 1));
        assertEquals(Optional.of(NOW.plusSeconds(60)), schedule.nextAttempt(NOW, 2));
        assertEquals(Optional.of(NOW.plusSeconds(120)), schedule.nextAttempt(NOW, 3));
    }

    @Test
    void waitsNoLongerThanTheMaximum() {
        RetrySchedule longRunning = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10), 100);
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(10))), longRunning.nextAttempt(NOW, 60));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertTrue(schedule.nextAttempt(NOW, 4).isPresent());
        assertTrue(schedule.nextAttempt(NOW, 5).isEmpty());
    }

    @Test
    void failedMessageStaysPendingUntilAttemptsRunOut() {
        OutboxMessage message = new OutboxMessage("a@example.org", "s", "b", null, NOW);
        message.failed("connection refused", NOW, schedule);
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(NOW.plusSeconds(30), message.getNextAttemptAt());
        for (int i = 0; i < 4; i++) {
            message.failed("connection refused", NOW, schedule);
        }
        assertEquals(OutboxStatus.FAILED, message.getStatus());
        assertEquals(5, message.getAttempts());
    }

    @Test
    void deliveredMessageIsNoLongerDue() {
        OutboxMessage message = new OutboxMessage("a@example.org", "s", "b", null, NOW);
        assertTrue(message.isDue(NOW));
        message.delivered(OutboxStatus.SENT, NOW);
        assertTrue(!message.isDue(NOW.plusSeconds(3600)));
    }

    @Test
    void refusesNonsenseSchedules() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
    }

    @Test
    void sentMailLosesItsSingleUseLinksButCapturedMailKeepsThem() {
        String body = "Open https://portal.example/account/set-password.xhtml?token=AbC_12-x9 within 2 hours.";
        OutboxMessage sent = new OutboxMessage("a@example.org", "s", body, null, NOW);
        sent.delivered(OutboxStatus.SENT, NOW);
        assertEquals("Open https://portal.example/account/set-password.xhtml?token=[removed] within 2 hours.", sent.getBody());
        OutboxMessage captured = new OutboxMessage("a@example.org", "s", body, null, NOW);
        captured.delivered(OutboxStatus.CAPTURED, NOW);
        assertEquals(body, captured.getBody());
    }
}
