package org.peercert.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryFailuresTest {

    @Test
    void malformedOrRefusedAddressIsPermanent() throws AddressException {
        assertTrue(DeliveryFailures.isPermanent(new AddressException("Illegal address")));
        Address[] refused = {new InternetAddress("nobody@example.org")};
        assertTrue(DeliveryFailures.isPermanent(new SendFailedException("550 5.1.1 User unknown", null, new Address[0], new Address[0], refused)));
    }

    @Test
    void unreachableServerOrTemporaryRefusalIsRetried() throws AddressException {
        assertFalse(DeliveryFailures.isPermanent(new MessagingException("Couldn't connect", new ConnectException("refused"))));
        Address[] later = {new InternetAddress("busy@example.org")};
        assertFalse(DeliveryFailures.isPermanent(new SendFailedException("451 try later", null, new Address[0], later, new Address[0])));
    }

    @Test
    void permanentFailureGivesUpAtOnce() {
        OutboxMessage message = new OutboxMessage("x@example.org", "s", "b", null, Instant.parse("2026-11-23T10:00:00Z"));
        message.failedForGood("550 User unknown");
        assertEquals(OutboxStatus.FAILED, message.getStatus());
        assertEquals(1, message.getAttempts());
    }
}
